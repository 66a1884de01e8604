package dev.opentill.peripherals.printer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.opentill.peripherals.DeviceConfigException;
import dev.opentill.peripherals.printer.escpos.ChineseFont;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The model table says what the manuals say, and the till can look a stored id up. */
class PrinterModelsTest {

    @Test
    void everyTmT88PrintsFortyTwoColumnsOfFontAOn512DotsAt180Dpi() {
        for (String id : List.of("epson-tm-t88ii", "epson-tm-t88iv", "epson-tm-t88v")) {
            PrinterProfile p = PrinterModels.byId(id);
            assertThat(List.of(p.columns(), p.dotsPerLine(), p.dpi())).as(id).containsExactly(42, 512, 180);
        }
    }

    @Test
    void theOldEpson80ProfileNoLongerClaimsToBeATmT88() {
        PrinterProfile p = PrinterModels.byId("epson-80");

        assertThat(p.description()).doesNotContain("T88").contains("TM-T20");
        assertThat(List.of(p.columns(), p.dotsPerLine())).containsExactly(48, 576);
    }

    @Test
    void onlyTheTmT88IiAndIiiLackNativeQrAmongTheEpsons() {
        assertThat(PrinterModels.all()).filteredOn(p -> p.name().startsWith("epson")).filteredOn(p -> !p.nativeQr())
                .extracting(PrinterProfile::name).containsExactly("epson-tm-t88ii");
        assertThat(PrinterModels.byId("epson-tm-t88ii").chinese()).isEqualTo(ChineseFont.GB2312);
    }

    @Test
    void fiftyEightMillimetreModelsHaveNoCutterAndAtMost384Dots() {
        assertThat(PrinterModels.all()).filteredOn(p -> p.paperMm() == 58)
                .isNotEmpty()
                .allMatch(p -> p.dotsPerLine() <= 384 && p.cutter() == PrinterProfile.Cutter.NONE);
    }

    @Test
    void everyModelAcceptsBarcodeModulesWithinTheEscPosRangeAndNamesItsDrawerPins() {
        assertThat(PrinterModels.all()).allMatch(p -> p.minModule() >= 1 && p.maxModule() <= 6
                && p.minModule() <= p.maxModule() && List.of(2, 5).containsAll(p.drawerPins()));
    }

    @Test
    void aStoredIdIsFoundWhateverItsCaseAndSurroundingSpaces() {
        assertThat(PrinterModels.byId("  XPrinter-58 ")).isSameAs(PrinterModels.byId("xprinter-58"));
    }

    @Test
    void anUnknownIdIsRefusedNamingTheKnownOnesAndTheGenericFallback() {
        assertThatThrownBy(() -> PrinterModels.byId("tm-u220")).isInstanceOf(DeviceConfigException.class)
                .hasMessageContaining("Unknown printer model 'tm-u220'").hasMessageContaining("epson-tm-t88v")
                .hasMessageContaining("use generic");
    }

    @Test
    void theGenericModelFitsAnyPrinterAndNeedsNoNativeCodes() {
        PrinterProfile p = PrinterModels.byId("generic");

        assertThat(p.dotsPerLine()).isEqualTo(384);
        assertThat(p.nativeQr() || p.nativeCode128()).isFalse();
    }

    @Test
    void everyModelIsDescribedInEnglishAndInChinese() {
        for (PrinterProfile p : PrinterModels.all()) {
            assertThat(PrinterModels.description(p, Locale.ENGLISH)).as(p.name()).isEqualTo(p.description());
            assertThat(PrinterModels.description(p, Locale.SIMPLIFIED_CHINESE)).as(p.name())
                    .isNotEqualTo(p.description()).matches(".*[\\u4e00-\\u9fff].*");
        }
    }
}
