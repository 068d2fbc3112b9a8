package org.hybridplanner.app;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * Keeps the module arrows honest: topology-model &lt;- recommendation-engine &lt;- report-export &lt;- planner-ui, and
 * topology-model &lt;- factory-import &lt;- planner-ui; the model, engine, exports and import stay a plain-Java library
 * with no Spring, JPA or Vaadin.
 */
class ArchitectureTest {
    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.hybridplanner");

    @Test
    void theModelDependsOnNothingOfOurs() {
        noClasses().that().resideInAPackage("org.hybridplanner.model..")
                .should().dependOnClassesThat().resideInAnyPackage("org.hybridplanner.engine..",
                        "org.hybridplanner.export..", "org.hybridplanner.app..")
                .check(CLASSES);
    }

    @Test
    void theEngineDependsOnlyOnTheModel() {
        noClasses().that().resideInAPackage("org.hybridplanner.engine..")
                .should().dependOnClassesThat().resideInAnyPackage("org.hybridplanner.export..",
                        "org.hybridplanner.app..")
                .check(CLASSES);
    }

    @Test
    void theFactoryImportDependsOnlyOnTheModel() {
        noClasses().that().resideInAPackage("org.hybridplanner.factoryimport..")
                .should().dependOnClassesThat().resideInAnyPackage("org.hybridplanner.engine..",
                        "org.hybridplanner.export..", "org.hybridplanner.app..")
                .check(CLASSES);
        noClasses().that().resideInAnyPackage("org.hybridplanner.model..", "org.hybridplanner.engine..",
                        "org.hybridplanner.export..")
                .should().dependOnClassesThat().resideInAPackage("org.hybridplanner.factoryimport..")
                .check(CLASSES);
    }

    @Test
    void exportsDoNotReachIntoTheApplication() {
        noClasses().that().resideInAPackage("org.hybridplanner.export..")
                .should().dependOnClassesThat().resideInAPackage("org.hybridplanner.app..")
                .check(CLASSES);
    }

    @Test
    void modelEngineAndExportsAreAFrameworkFreeLibrary() {
        noClasses().that().resideInAnyPackage("org.hybridplanner.model..", "org.hybridplanner.engine..",
                        "org.hybridplanner.export..", "org.hybridplanner.factoryimport..")
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "jakarta.persistence..",
                        "com.vaadin..")
                .check(CLASSES);
    }

    @Test
    void theCommandLineNeverTouchesSpringOrVaadin() {
        // It runs before Spring starts, so that a command answers in well under two seconds.
        noClasses().that().resideInAPackage("org.hybridplanner.app.cli..")
                .and().doNotHaveSimpleName("TokenCommand")
                .should().dependOnClassesThat().resideInAnyPackage("com.vaadin..", "jakarta.persistence..")
                .check(CLASSES);
    }

    @Test
    void viewsUseServicesNeverRepositories() {
        noClasses().that().resideInAPackage("org.hybridplanner.app..ui..")
                .should().dependOnClassesThat().haveSimpleNameEndingWith("Repository")
                .check(CLASSES);
    }
}
