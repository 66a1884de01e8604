package dev.opentill.central;

import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The centre's shape (JabRef's MainArchitectureTest): packages free of cycles, and layers from
 * HTTP through the services to storage. Only the HTTP layer knows status codes; services throw
 * {@code error.CentralException}. Plain Jupiter tests, not {@code @ArchTest} fields, which Surefire
 * 3.5.3 silently skips (TNG/ArchUnit#1442).
 */
class CentralArchitectureTest {
    private static final String ROOT = "dev.opentill.central";
    /** The centre's classes and the jOOQ classes generated for it (they live in the migrations jar). */
    private static final JavaClasses CENTRAL = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages(ROOT);

    /** One slice per top package (generated jOOQ code is one); the root package is kept out of cycles by the layers. */
    @Test
    void packagesAreFreeOfCycles() {
        slices().matching(ROOT + ".(*)..").should().beFreeOfCycles().check(CENTRAL);
    }

    @Test
    void httpCallsServicesWhichCallStorage() {
        layeredArchitecture().consideringOnlyDependenciesInLayers()
                .layer("Composition").definedBy(ROOT)
                .layer("Http").definedBy(ROOT + ".http..")
                .layer("Services").definedBy(ROOT + ".admin..", ROOT + ".ingest..", ROOT + ".feed..", ROOT + ".auth..",
                        ROOT + ".receipt..", ROOT + ".wallet..")
                .layer("Storage").definedBy(ROOT + ".db..", ROOT + ".jooq..")
                .layer("Errors").definedBy(ROOT + ".error..")
                .whereLayer("Composition").mayNotBeAccessedByAnyLayer()
                .whereLayer("Http").mayOnlyBeAccessedByLayers("Composition")
                .whereLayer("Services").mayOnlyBeAccessedByLayers("Composition", "Http")
                .whereLayer("Storage").mayOnlyBeAccessedByLayers("Composition", "Services")
                .whereLayer("Errors").mayOnlyBeAccessedByLayers("Composition", "Http", "Services")
                .check(CENTRAL);
    }

}
