package dev.opentill.core;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The domain stays free of UI, storage, network, serial and JSON libraries, so every module can use it.
 * A plain Jupiter test rather than an {@code @ArchTest} field: Surefire 3.5.3 silently skips those
 * (TNG/ArchUnit#1442).
 */
class CoreArchitectureTest {
    private static final JavaClasses CORE = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.opentill.core");

    @Test
    void coreDependsOnNoUiStorageNetworkSerialOrJsonLibrary() {
        noClasses().that().resideInAPackage("dev.opentill.core..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "javafx..", "org.jooq..", "java.sql..", "javax.sql..", "okhttp3..", "jssc..", "com.fasterxml..")
                .check(CORE);
    }

    @Test
    void domainPackagesAreFreeOfCycles() {
        slices().matching("dev.opentill.core.(*)..").should().beFreeOfCycles().check(CORE);
    }
}
