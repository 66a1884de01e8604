package dev.opentill.peripherals;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The peripherals module's shape: feature packages free of cycles, the byte-level ESC/POS code below
 * every device, and simulators used by no device (inline fully-qualified names: Checkstyle, build/checkstyle.xml).
 * Plain Jupiter tests rather than {@code @ArchTest} fields: Surefire 3.5.3 silently skips those.
 */
class PeripheralsArchitectureTest {
    private static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.opentill.peripherals");

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
                "dev.opentill.peripherals.display..", "dev.opentill.peripherals.transport..",
                "dev.opentill.peripherals.label..")
                .should().dependOnClassesThat().resideInAPackage("dev.opentill.peripherals.sim..")
                .check(MAIN);
    }

    private static String withoutStrings(String line) {
        return line.replaceAll("\"([^\"\\\\]|\\\\.)*\"", "\"\"");
    }
}
