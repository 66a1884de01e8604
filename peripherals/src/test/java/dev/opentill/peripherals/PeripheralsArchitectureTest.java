package dev.opentill.peripherals;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
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
 * The peripherals module's shape: feature packages free of cycles, the byte-level ESC/POS code below
 * every device, simulators used by no device, and no inline fully-qualified type names in main code.
 * Plain Jupiter tests rather than {@code @ArchTest} fields: Surefire 3.5.3 silently skips those.
 */
class PeripheralsArchitectureTest {
    private static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.opentill.peripherals");
    private static final Pattern INLINE_QUALIFIED =
            Pattern.compile("\\b(java|javax|jssc|com\\.google|dev\\.opentill)(\\.[a-z][a-z0-9_]*)*\\.[A-Z]\\w*");

    @Test
    void featurePackagesAreFreeOfCycles() {
        slices().matching("dev.opentill.peripherals.(**)").should().beFreeOfCycles().check(MAIN);
    }

    @Test
    void theEscPosEncoderKnowsNoDeviceSimulatorOrTransport() {
        noClasses().that().resideInAPackage("dev.opentill.peripherals.printer.escpos..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.opentill.peripherals.printer",
                        "dev.opentill.peripherals.sim..", "dev.opentill.peripherals.transport..", "jssc..")
                .check(MAIN);
    }

    @Test
    void devicesDoNotDependOnTheSimulators() {
        noClasses().that().resideInAnyPackage("dev.opentill.peripherals.printer..", "dev.opentill.peripherals.drawer..",
                        "dev.opentill.peripherals.scanner..", "dev.opentill.peripherals.scale..",
                        "dev.opentill.peripherals.display..", "dev.opentill.peripherals.transport..")
                .should().dependOnClassesThat().resideInAPackage("dev.opentill.peripherals.sim..")
                .check(MAIN);
    }

    @Test
    void mainCodeNamesTypesThroughImportsNotInlineQualifiedNames() throws IOException {
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                List<String> lines = Files.readAllLines(f);
                for (int i = 0; i < lines.size(); i++) {
                    String code = withoutStrings(lines.get(i)).strip();
                    if (code.startsWith("import ") || code.startsWith("package ")) {
                        continue;
                    }
                    if (INLINE_QUALIFIED.matcher(code).find()) {
                        found.add(f.getFileName() + ":" + (i + 1) + " " + code);
                    }
                }
            }
        }
        assertThat(found).isEmpty();
    }

    private static String withoutStrings(String line) {
        return line.replaceAll("\"([^\"\\\\]|\\\\.)*\"", "\"\"");
    }
}
