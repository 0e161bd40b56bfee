package dev.exashell;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import dev.exashell.sandbox.SandboxMain;

/**
 * The layering, checked on every build (docs/architecture.md, The layers and their rule): {@code api}, {@code sandbox} →
 * {@code watch} → {@code cli} → the features → {@code interactive} → {@code boot}; lower layers
 * never use higher ones and no two packages depend on each other.
 */
@AnalyzeClasses(packages = "dev.exashell", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTests {

	private static final String[] FEATURES = { "dev.exashell.config..", "dev.exashell.session..",
			"dev.exashell.script..", "dev.exashell.doctor..", "dev.exashell.completion..", "dev.exashell.render..",
			"dev.exashell.imports.." };

	@ArchTest
	static final ArchRule noPackageCycles = slices().matching("dev.exashell.(*)..").should().beFreeOfCycles();

	@ArchTest
	static final ArchRule lowerLayersNeverUseHigherOnes = layeredArchitecture().consideringOnlyDependenciesInLayers()
		.layer("api").definedBy("dev.exashell.api..")
		.layer("sandbox").definedBy("dev.exashell.sandbox..")
		.layer("watch").definedBy("dev.exashell.watch..")
		.layer("cli").definedBy("dev.exashell.cli..")
		.layer("features").definedBy(FEATURES)
		.layer("interactive").definedBy("dev.exashell.interactive..")
		.layer("boot").definedBy("dev.exashell.boot..")
		.whereLayer("boot").mayNotBeAccessedByAnyLayer()
		.whereLayer("interactive").mayOnlyBeAccessedByLayers("boot")
		.whereLayer("features").mayOnlyBeAccessedByLayers("features", "interactive", "boot")
		.whereLayer("cli").mayOnlyBeAccessedByLayers("features", "interactive", "boot")
		.whereLayer("watch").mayOnlyBeAccessedByLayers("cli", "features", "interactive", "boot")
		.whereLayer("api").mayOnlyBeAccessedByLayers("watch", "cli", "features", "interactive", "boot")
		.whereLayer("sandbox").mayOnlyBeAccessedByLayers("watch", "cli", "features", "interactive", "boot");

	@ArchTest
	static final ArchRule theBaseKnowsNothingOfTheShell = noClasses().that()
		.resideInAnyPackage("dev.exashell.api..", "dev.exashell.sandbox..", "dev.exashell.watch..")
		.should().dependOnClassesThat()
		.resideInAnyPackage("dev.exashell.cli..", "dev.exashell.render..", "dev.exashell.session..",
				"org.springframework..", "org.jline..");

	@ArchTest
	static final ArchRule onlyStartUpWritesToTheProcessStreams = noClasses().that()
		.resideOutsideOfPackage("dev.exashell.boot..")
		.and().doNotHaveFullyQualifiedName(SandboxMain.class.getName())
		.should().accessField(System.class, "out")
		.orShould().accessField(System.class, "err");
}
