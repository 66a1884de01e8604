package dev.opentill.app.ui;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The till UI reaches the store, the sync agent and the devices only through interfaces: views and
 * view-models never touch jOOQ, JDBC, the generated tables, the store repositories or jssc, and
 * view-models stay free of the FX scene graph so they are tested without the toolkit. Plain tests
 * rather than {@code @ArchTest} fields, which Surefire 3.5.3 skips.
 */
class UiArchitectureTest {
    private static final JavaClasses APP = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.opentill.app");

    @Test
    void theUiNeverTouchesStorageOrSerialPortsDirectly() {
        noClasses().that().resideInAPackage("dev.opentill.app.ui..")
                .should().dependOnClassesThat().resideInAnyPackage("org.jooq..", "java.sql..", "javax.sql..",
                        "dev.opentill.store.jooq..", "dev.opentill.app.store..", "dev.opentill.migrations..", "jssc..")
                .check(APP);
    }

    @Test
    void viewModelsDoNotBuildTheSceneGraph() {
        noClasses().that().resideInAPackage("dev.opentill.app.ui..").and().haveSimpleNameEndingWith("ViewModel")
                .should().dependOnClassesThat().resideInAnyPackage("javafx.scene..", "javafx.stage..")
                .check(APP);
    }
}
