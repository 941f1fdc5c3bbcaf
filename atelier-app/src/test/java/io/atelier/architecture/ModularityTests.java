package io.atelier.architecture;

import com.tngtech.archunit.core.domain.JavaClass;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

import io.atelier.AtelierApplication;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The business modules only use each other's public API (their top-level package), have no cycles, and are documented
 * (module canvases and a component diagram under {@code target/spring-modulith-docs}).
 */
class ModularityTests {

	/**
	 * The scheduling engine ({@code atelier-scheduling}, package {@code io.atelier.scheduling}) is a plain-Java library
	 * the planning module uses, not a business module of the application, so its packages are not modules.
	 */
	private final ApplicationModules modules = ApplicationModules.of(AtelierApplication.class,
			JavaClass.Predicates.resideInAPackage("io.atelier.scheduling.."));

	@Test
	void modulesRespectEachOthersBoundaries() {
		modules.verify();
	}

	@Test
	void theBusinessModulesAreThereByTheirGlossaryNames() {
		assertThat(modules.stream().map(module -> module.getIdentifier().toString()))
			.contains("identity", "audit", "factory", "customers", "shared", "platform");
	}

	@Test
	void writesModuleDocumentation() {
		new Documenter(modules).writeDocumentation().writeIndividualModulesAsPlantUml();
	}
}
