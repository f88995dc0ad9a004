/*
 * Copyright 2026-present the original author or authors.
 *
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 *      https://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 */

package io.github.zmqspring.boot.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The Boot module's packages depend one way (no package cycles), and the programming
 * model in the core module never reaches back into them.
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
