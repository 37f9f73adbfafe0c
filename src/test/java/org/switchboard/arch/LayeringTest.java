package org.switchboard.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.library.dependencies.SlicesRuleDefinition;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The arrows of ARCHITECTURE.md, checked on the compiled main classes. */
class LayeringTest {
    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        // Main classes only, wherever the build directory is (-Dsb.build.dir moves it out of target/).
        ImportOption mainOnly = location -> !location.contains("/test-classes/");
        classes = new ClassFileImporter().withImportOption(mainOnly).importPackages("org.switchboard");
    }

    @Test
    void domainIsPlainJava() {
        noClasses().that().resideInAPackage("org.switchboard.domain..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "java.sql..", "javax.sql..",
                        "okhttp3..", "com.fasterxml..", "org.h2..", "org.flywaydb..", "org.apache.lucene..",
                        "jakarta.mail..", "picocli..", "org.slf4j..")
                .check(classes);
    }

    @Test
    void domainDependsOnNothingOfOurs() {
        noClasses().that().resideInAPackage("org.switchboard.domain..")
                .should().dependOnClassesThat().resideInAnyPackage("org.switchboard.app..", "org.switchboard.ui..",
                        "org.switchboard.cli..", "org.switchboard.service..", "org.switchboard.store..",
                        "org.switchboard.search..", "org.switchboard.connect..")
                .check(classes);
    }

    @Test
    void onlyTheUiImportsJavaFx() {
        noClasses().that().resideOutsideOfPackage("org.switchboard.ui..")
                .should().dependOnClassesThat().resideInAPackage("javafx..")
                .check(classes);
    }

    @Test
    void nothingDependsOnAppUiOrCli() {
        noClasses().that().resideOutsideOfPackages("org.switchboard.app..")
                .should().dependOnClassesThat().resideInAPackage("org.switchboard.app..")
                .check(classes);
        noClasses().that().resideOutsideOfPackages("org.switchboard.app..", "org.switchboard.ui..")
                .should().dependOnClassesThat().resideInAPackage("org.switchboard.ui..")
                .check(classes);
        noClasses().that().resideOutsideOfPackages("org.switchboard.app..", "org.switchboard.cli..")
                .should().dependOnClassesThat().resideInAPackage("org.switchboard.cli..")
                .check(classes);
    }

    @Test
    void uiAndCliReachStorageOnlyThroughServices() {
        noClasses().that().resideInAnyPackage("org.switchboard.ui..", "org.switchboard.cli..")
                .should().dependOnClassesThat().resideInAnyPackage("org.switchboard.store..",
                        "org.switchboard.search..", "org.switchboard.connect..", "java.sql..", "org.h2..")
                .check(classes);
    }

    @Test
    void storeSearchAndConnectDoNotReachUp() {
        noClasses().that().resideInAnyPackage("org.switchboard.store..", "org.switchboard.search..",
                        "org.switchboard.connect..")
                .should().dependOnClassesThat().resideInAnyPackage("org.switchboard.service..",
                        "org.switchboard.ui..", "org.switchboard.cli..", "org.switchboard.app..")
                .check(classes);
    }

    @Test
    void viewModelsDoNotTouchScenesOrStages() {
        noClasses().that().haveSimpleNameEndingWith("ViewModel")
                .should().dependOnClassesThat().resideInAnyPackage("javafx.scene..", "javafx.stage..")
                .check(classes);
    }

    @Test
    void layersHaveNoCycles() {
        SlicesRuleDefinition.slices().matching("org.switchboard.(*)..").should().beFreeOfCycles()
                .allowEmptyShould(true).check(classes);
    }
}
