package io.atelier.architecture;

import org.junit.jupiter.api.Test;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * Keeps the domain model free of delivery and persistence plumbing: aggregates and value objects may carry JPA mapping
 * annotations (the architecture maps aggregates with JPA), but do not reach for Spring web, the servlet API, Spring Data
 * or an EntityManager; and controllers stay in the {@code web} sub-package of their module.
 */
class ArchitectureTests {

	private static final JavaClasses CLASSES = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("io.atelier");

	@Test
	void theDomainModelDoesNotDependOnSpringWebOrPersistenceServices() {
		ArchRule rule = noClasses().that()
			.areAnnotatedWith(jakarta.persistence.Entity.class)
			.or()
			.areAnnotatedWith(jakarta.persistence.Embeddable.class)
			.or()
			.areAnnotatedWith(jakarta.persistence.MappedSuperclass.class)
			.or()
			.resideInAPackage("io.atelier.shared.domain..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("org.springframework.web..", "org.springframework.http..", "jakarta.servlet..",
					"org.springframework.data..", "org.springframework.jdbc..", "org.hibernate..")
			.orShould()
			.dependOnClassesThat()
			.haveFullyQualifiedName("jakarta.persistence.EntityManager");
		rule.check(CLASSES);
	}

	@Test
	void controllersLiveInTheWebPackageOfTheirModule() {
		classes().that()
			.areAnnotatedWith(org.springframework.web.bind.annotation.RestController.class)
			.should()
			.resideInAPackage("io.atelier.*.web..")
			.check(CLASSES);
	}

	@Test
	void everyEndpointIsDocumentedForIntegrators() {
		com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods()
			.that()
			.areAnnotatedWith(org.springframework.web.bind.annotation.GetMapping.class)
			.or()
			.areAnnotatedWith(org.springframework.web.bind.annotation.PostMapping.class)
			.or()
			.areAnnotatedWith(org.springframework.web.bind.annotation.PutMapping.class)
			.or()
			.areAnnotatedWith(org.springframework.web.bind.annotation.DeleteMapping.class)
			.should()
			.beAnnotatedWith(io.swagger.v3.oas.annotations.Operation.class)
			.check(CLASSES);
	}
}
