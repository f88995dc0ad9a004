package io.github.zmqspring.boot.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The Boot module's packages depend one way (no package cycles), and the programming model
 * in the core module never reaches back into them.
 */
class PackageStructureTests {

	private static final JavaClasses CLASSES = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_JARS)
		.importPackages("io.github.zmqspring");

	@Test
	void packagesHaveNoCycles() {
		slices().matching("io.github.zmqspring.boot.(**)").should().beFreeOfCycles().check(CLASSES);
	}

	@Test
	void autoConfigurationIsNotUsedByActuatorOrDiscoverySupport() {
		noClasses().that()
			.resideInAnyPackage("io.github.zmqspring.boot.actuate..", "io.github.zmqspring.boot.discovery..")
			.should()
			.dependOnClassesThat()
			.resideInAPackage("io.github.zmqspring.boot.autoconfigure..")
			.check(CLASSES);
	}

}
