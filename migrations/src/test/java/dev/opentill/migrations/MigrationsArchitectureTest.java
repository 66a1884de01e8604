package dev.opentill.migrations;

import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The module's packages depend on each other in one direction only. */
class MigrationsArchitectureTest {
    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.opentill.migrations");

    @Test
    void packagesAreFreeOfCycles() {
        slices().matching("dev.opentill.(**)").should().beFreeOfCycles().check(CLASSES);
    }
}
