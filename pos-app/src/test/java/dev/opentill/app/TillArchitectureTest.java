package dev.opentill.app;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The till's layers: screens (ui) call feature services through small interfaces, feature services
 * keep the rules and reach the database only through the store package, and only the composition
 * root picks implementations. Plain tests rather than {@code @ArchTest} fields, which Surefire 3.5.3 skips.
 */
class TillArchitectureTest {
    private static final JavaClasses APP = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.opentill.app");

    private static final String[] FEATURES = {"dev.opentill.app.sale..", "dev.opentill.app.tender..",
            "dev.opentill.app.ticket..", "dev.opentill.app.park..", "dev.opentill.app.returns..",
            "dev.opentill.app.member..",
            "dev.opentill.app.journal..", "dev.opentill.app.shift..", "dev.opentill.app.login..",
            "dev.opentill.app.security..",
            "dev.opentill.app.coupon..", "dev.opentill.app.order..", "dev.opentill.app.setup..",
            "dev.opentill.app.soldout..", "dev.opentill.app.production..", "dev.opentill.app.delivery..",
            "dev.opentill.app.reports.."};

    @Test
    void featurePackagesAreFreeOfCycles() {
        slices().matching("dev.opentill.app.(*)..").should().beFreeOfCycles().check(APP);
    }

    @Test
    void screenPackagesAreFreeOfCycles() {
        slices().matching("dev.opentill.app.ui.(*)..").should().beFreeOfCycles().check(APP);
    }

    @Test
    void screensCallFeaturesWhichCallTheStore() {
        layeredArchitecture().consideringOnlyDependenciesInLayers()
                .layer("Root").definedBy("dev.opentill.app")
                .layer("Ui").definedBy("dev.opentill.app.ui..")
                .layer("Devices").definedBy("dev.opentill.app.devices..")
                .layer("Features").definedBy(FEATURES)
                .layer("Store").definedBy("dev.opentill.app.store..")
                .whereLayer("Ui").mayOnlyBeAccessedByLayers("Root", "Devices")
                .whereLayer("Devices").mayOnlyBeAccessedByLayers("Root")
                .whereLayer("Features").mayOnlyBeAccessedByLayers("Root", "Ui", "Features")
                .whereLayer("Store").mayOnlyBeAccessedByLayers("Root", "Features")
                .check(APP);
    }

    @Test
    void onlyTheStorePackageTouchesTheDatabase() {
        noClasses().that().resideOutsideOfPackages("dev.opentill.app.store..", "dev.opentill.demo..")
                .should().dependOnClassesThat().resideInAnyPackage("org.jooq..", "java.sql..", "javax.sql..",
                        "dev.opentill.store.jooq..")
                .check(APP);
    }

    @Test
    void theUiNeverTouchesStorageDevicesOrSerialPortsDirectly() {
        noClasses().that().resideInAPackage("dev.opentill.app.ui..")
                .should().dependOnClassesThat()
                .resideInAnyPackage("dev.opentill.app.store..", "dev.opentill.migrations..",
                        "dev.opentill.peripherals..", "jssc..")
                .check(APP);
    }

    @Test
    void viewModelsDoNotBuildTheSceneGraph() {
        noClasses().that().resideInAPackage("dev.opentill.app.ui..").and().haveSimpleNameEndingWith("ViewModel")
                .should().dependOnClassesThat().resideInAnyPackage("javafx.scene..", "javafx.stage..")
                .check(APP);
    }
}
