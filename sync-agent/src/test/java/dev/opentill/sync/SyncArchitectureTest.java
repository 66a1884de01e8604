package dev.opentill.sync;

import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.tngtech.archunit.lang.syntax.ArchRuleDefinition;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * OkHttp's shape: the API at {@code dev.opentill.sync}, the machinery in {@code sync.internal}.
 * The API's entry points drive the internals, the internals use only the API's value types
 * (status, errors, config, JSON settings), and no public signature of the API shows an internal
 * type. Plain Jupiter tests rather than {@code @ArchTest} fields: Surefire 3.5.3 silently skips
 * those (TNG/ArchUnit#1442).
 */
class SyncArchitectureTest {
    private static final String API = "dev.opentill.sync";
    private static final String INTERNAL = "dev.opentill.sync.internal";
    /** What a till or an installer calls; everything else at the API's root is a value type. */
    private static final Set<String> ENTRY_POINTS = Set.of("SyncAgent", "Enrollment", "SyncDaemon", "LedgerView",
            "StoredValueCards");
    /** The module's own classes only: scanning the test classpath's jars for the package takes long. */
    private static final JavaClasses SYNC = new ClassFileImporter().importPath(Path.of("target/classes"));

    private static final DescribedPredicate<JavaClass> ENTRY = DescribedPredicate.describe("the API's entry points",
            c -> c.getPackageName().equals(API) && ENTRY_POINTS.contains(topLevel(c)));
    private static final DescribedPredicate<JavaClass> VALUES = DescribedPredicate.describe("the API's value types",
            c -> c.getPackageName().equals(API) && !ENTRY_POINTS.contains(topLevel(c)));

    @Test
    void entryPointsDriveTheInternalsWhichUseOnlyTheApisValueTypes() {
        layeredArchitecture().consideringOnlyDependenciesInLayers()
                .layer("Entry points").definedBy(ENTRY)
                .layer("Internal").definedBy(INTERNAL + "..")
                .layer("Values").definedBy(VALUES)
                .whereLayer("Entry points").mayNotBeAccessedByAnyLayer()
                .whereLayer("Internal").mayOnlyBeAccessedByLayers("Entry points")
                .whereLayer("Values").mayOnlyBeAccessedByLayers("Entry points", "Internal")
                .check(SYNC);
    }

    @Test
    void theSlicesOfTheModuleAreFreeOfCycles() {
        slices().assignedFrom(new SliceAssignment() {
            @Override
            public SliceIdentifier getIdentifierOf(JavaClass c) {
                if (ENTRY.test(c)) {
                    return SliceIdentifier.of("entry points");
                }
                if (VALUES.test(c)) {
                    return SliceIdentifier.of("values");
                }
                return SliceIdentifier.of(c.getPackageName()); // internal, and any package added under it
            }

            @Override
            public String getDescription() {
                return "entry points, value types and each internal package";
            }
        }).should().beFreeOfCycles().check(SYNC);
    }

    @Test
    void noPublicSignatureOfTheApiShowsAnInternalType() {
        ArchRuleDefinition.codeUnits().that().areDeclaredInClassesThat().resideInAPackage(API)
                .and().arePublic().should(new ArchCondition<JavaCodeUnit>("not use internal types in their signature") {
                    @Override
                    public void check(JavaCodeUnit unit, ConditionEvents events) {
                        List<JavaClass> types = new ArrayList<>(unit.getRawParameterTypes());
                        types.add(unit.getRawReturnType());
                        unit.getThrowsClause().getTypes().forEach(types::add);
                        for (JavaClass t : types) {
                            if (t.getPackageName().startsWith(INTERNAL)
                                    && unit.getOwner().getModifiers().contains(JavaModifier.PUBLIC)) {
                                events.add(SimpleConditionEvent.violated(unit,
                                        unit.getFullName() + " shows " + t.getName()));
                            }
                        }
                    }
                }).check(SYNC);
    }

    private static String topLevel(JavaClass c) {
        String simple = c.getName().substring(c.getPackageName().length() + 1);
        int nested = simple.indexOf('$');
        return nested < 0 ? simple : simple.substring(0, nested);
    }
}
