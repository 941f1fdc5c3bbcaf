package io.atelier.scheduling;

import org.junit.jupiter.api.Test;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * The scheduling engine is plain Java: runnable and benchmarkable on its own, without Spring, JPA or a database. (The
 * Maven module has no such dependency either; this keeps it so if one is ever added.)
 */
class EngineIndependenceTests {

	@Test
	void theEngineDependsOnNoSpringJpaOrJdbc() {
		JavaClasses engine = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
			.importPackages("io.atelier.scheduling");
		noClasses().should()
			.dependOnClassesThat()
			.resideInAnyPackage("org.springframework..", "jakarta.persistence..", "org.hibernate..", "java.sql..",
					"javax.sql..", "jakarta.servlet..")
			.allowEmptyShould(true)
			.check(engine);
	}
}
