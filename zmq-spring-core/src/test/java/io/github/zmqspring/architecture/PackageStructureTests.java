package io.github.zmqspring.architecture;

import java.lang.annotation.Annotation;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The core module's packages depend one way: no package cycles (in the spirit of Spring
 * Boot's package-tangle check), {@code core} at the bottom, {@code annotation} holding only
 * annotations, and nothing from Spring Boot.
 */
class PackageStructureTests {

	private static final JavaClasses CORE = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("io.github.zmqspring");

	@Test
	void packagesHaveNoCycles() {
		slices().matching("io.github.zmqspring.(*)..").should().beFreeOfCycles().check(CORE);
	}

	@Test
	void corePackageDependsOnNoOtherPackageOfTheStarter() {
		noClasses().that()
			.resideInAPackage("io.github.zmqspring.core..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("io.github.zmqspring.annotation..", "io.github.zmqspring.aot..",
					"io.github.zmqspring.broker..", "io.github.zmqspring.client..", "io.github.zmqspring.config..",
					"io.github.zmqspring.convert..", "io.github.zmqspring.listener..",
					"io.github.zmqspring.observation..", "io.github.zmqspring.protocol..",
					"io.github.zmqspring.security..")
			.check(CORE);
	}

	@Test
	void annotationPackageHoldsOnlyAnnotations() {
		classes().that()
			.resideInAPackage("io.github.zmqspring.annotation")
			.and()
			.doNotHaveSimpleName("package-info")
			.should()
			.beAssignableTo(Annotation.class)
			.check(CORE);
	}

	@Test
	void observationDoesNotKnowWhoIsObserved() {
		noClasses().that()
			.resideInAPackage("io.github.zmqspring.observation..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("io.github.zmqspring.client..", "io.github.zmqspring.listener..")
			.check(CORE);
	}

	@Test
	void coreModuleDoesNotDependOnSpringBoot() {
		noClasses().should().dependOnClassesThat().resideInAPackage("org.springframework.boot..").check(CORE);
	}

}
