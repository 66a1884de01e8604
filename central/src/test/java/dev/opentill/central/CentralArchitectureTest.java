package dev.opentill.central;

import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
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
                .layer("Services").definedBy(ROOT + ".admin..", ROOT + ".ingest..", ROOT + ".feed..", ROOT + ".auth..")
                .layer("Storage").definedBy(ROOT + ".db..", ROOT + ".jooq..")
                .layer("Errors").definedBy(ROOT + ".error..")
                .whereLayer("Composition").mayNotBeAccessedByAnyLayer()
                .whereLayer("Http").mayOnlyBeAccessedByLayers("Composition")
                .whereLayer("Services").mayOnlyBeAccessedByLayers("Composition", "Http")
                .whereLayer("Storage").mayOnlyBeAccessedByLayers("Composition", "Services")
                .whereLayer("Errors").mayOnlyBeAccessedByLayers("Composition", "Http", "Services")
                .check(CENTRAL);
    }

    /** {@code new java.util.ArrayList<>()} and the like hide a dependency from the imports. */
    private static final Pattern INLINE_QUALIFIED = Pattern.compile(
            "(?<![\\w.\"])(?:java|javax|org|com|dev|io)\\.(?:[a-z0-9_]+\\.)+[A-Z]\\w*");

    @Test
    void mainCodeNamesNoTypeByItsFullyQualifiedName() throws IOException {
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                List<String> lines = Files.readAllLines(f);
                for (int i = 0; i < lines.size(); i++) {
                    String line = lines.get(i).strip();
                    if (!line.startsWith("import ") && !line.startsWith("package ") && !line.startsWith("*")
                            && !line.startsWith("/**") && INLINE_QUALIFIED.matcher(line).find()) {
                        found.add(f.getFileName() + ":" + (i + 1) + " " + line);
                    }
                }
            }
        }
        assertThat(found).isEmpty();
    }
}
