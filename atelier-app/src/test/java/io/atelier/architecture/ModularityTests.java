package io.atelier.architecture;

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

	private final ApplicationModules modules = ApplicationModules.of(AtelierApplication.class);

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
