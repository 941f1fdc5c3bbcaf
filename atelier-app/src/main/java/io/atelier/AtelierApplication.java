package io.atelier;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.modulith.Modulithic;

/**
 * Atelier: production-order management and finite-capacity scheduling for make-to-order manufacturers.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
@Modulithic(systemName = "Atelier", sharedModules = "shared")
public class AtelierApplication {

	public static void main(String[] args) {
		SpringApplication.run(AtelierApplication.class, args);
	}
}
