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
 * Boot's package-tangle check), {@code core} at the bottom, {@code annotation} holding
 * only annotations, and nothing from Spring Boot.
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
