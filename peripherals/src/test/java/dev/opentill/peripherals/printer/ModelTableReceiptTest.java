package dev.opentill.peripherals.printer;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.zxing.BarcodeFormat;
import dev.opentill.core.receipt.Receipt;
import dev.opentill.peripherals.sim.EscPosInterpreter;
import dev.opentill.peripherals.sim.PaperRow;
import dev.opentill.peripherals.testing.SampleReceipts;
import dev.opentill.peripherals.testing.Scans;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * For every model in the table, a long bilingual receipt printed through the model's profile and
 * read back by the simulator's ESC/POS interpreter: no line wider than the model's dots, the same
 * text as the till's preview, codes within the model's module range or replaced, logo and QR scannable.
 */
class ModelTableReceiptTest {
    private static final String LOGO_TEXT = "https://opentill.dev/store/S0001";
    private static final byte[] LOGO = Scans.qrImage(LOGO_TEXT, 300, "png");

    static Stream<PrinterProfile> models() {
        return PrinterModels.all().stream();
    }

    private static Printed print(PrinterProfile p, ReceiptCode code) {
        Receipt r = SampleReceipts.longBilingualSale(LOGO);
        List<ReceiptBlock> blocks = new ReceiptLayout(p, code).layout(r);
        EscPosInterpreter paper = new EscPosInterpreter(new EscPosInterpreter.Events() {
            @Override
            public void statusRequested(int n) {
            }

            @Override
            public void drawerKicked(int pin, int onMs) {
            }
        });
        paper.feed(ReceiptRenderers.escPos(blocks, p));
        return new Printed(paper, ReceiptRenderers.plainText(blocks, p));
    }

    private record Printed(EscPosInterpreter paper, String preview) {
        List<PaperRow.TextRow> textRows() {
            return paper.rows().stream().filter(r -> r instanceof PaperRow.TextRow).map(r -> (PaperRow.TextRow) r)
                    .toList();
        }

        List<PaperRow.ImageRow> images() {
            return paper.rows().stream().filter(r -> r instanceof PaperRow.ImageRow).map(r -> (PaperRow.ImageRow) r)
                    .toList();
        }

        /** Printed text rows without the human-readable line a printer puts under a barcode. */
        List<String> printedText() {
            List<String> out = new ArrayList<>();
            boolean afterBarcode = false;
            for (PaperRow row : paper.rows()) {
                if (row instanceof PaperRow.TextRow t && !afterBarcode) {
                    out.add(t.text());
                }
                afterBarcode = row instanceof PaperRow.ImageRow i && i.kind().equals("code128");
            }
            return squeezed(out.stream());
        }

        List<String> previewText() {
            return squeezed(Arrays.stream(preview.split("\n"))
                    .filter(l -> !l.strip().startsWith("[") && !l.matches("~+"))); // code, logo and cut markers
        }

        private static List<String> squeezed(Stream<String> lines) {
            return lines.map(l -> l.strip().replaceAll(" +", " ")).filter(l -> !l.isEmpty()).toList();
        }
    }

    @ParameterizedTest
    @MethodSource("models")
    void everyPrintedLineFitsTheModelsDots(PrinterProfile p) {
        Printed printed = print(p, ReceiptCode.CODE128);

        assertThat(printed.paper().textRowDots()).isNotEmpty().allMatch(d -> d <= p.dotsPerLine());
        assertThat(printed.images()).allMatch(i -> i.image().width() <= p.dotsPerLine());
    }

    @ParameterizedTest
    @MethodSource("models")
    void theInterpreterReadsBackExactlyThePreviewText(PrinterProfile p) {
        Printed printed = print(p, ReceiptCode.CODE128);

        assertThat(printed.printedText()).isEqualTo(printed.previewText());
    }

    @ParameterizedTest
    @MethodSource("models")
    void chinesePunctuationPrintsAsItselfAndGlyphlessCharactersAsTheDocumentedSubstitute(PrinterProfile p) {
        String text = String.join("\n", print(p, ReceiptCode.QR).printedText());

        assertThat(text).contains("6×35g", "“精选”咖啡豆…特浓", "—", "℃", "№3", SampleReceipts.PUNCTUATION);
        assertThat(text).doesNotContain("?", "한", "𠀀").contains("□□ □□ Korean kimchi □");
    }

    @ParameterizedTest
    @MethodSource("models")
    void theHeaderKeepsTheWholeTerminalCode(PrinterProfile p) {
        assertThat(print(p, ReceiptCode.QR).printedText()).anyMatch(l -> l.contains("收银台 S0001-T01"));
    }

    @ParameterizedTest
    @MethodSource("models")
    void latinNamesBreakOnlyBetweenWords(PrinterProfile p) {
        String rice = "Organic Jasmine Rice from the Huangpu Valley Farms 5kg";
        List<String> lines = print(p, ReceiptCode.QR).printedText();
        int first = lines.indexOf(lines.stream().filter(l -> l.startsWith("Organic")).findFirst().orElseThrow());
        int last = first;
        while (!lines.get(last).endsWith("5kg")) {
            last++;
        }

        List<String> riceLines = lines.subList(first, last + 1);
        assertThat(riceLines).hasSizeGreaterThan(1);
        assertThat(String.join(" ", riceLines).replace(" 59.90", "")).isEqualTo(rice);
    }

    @ParameterizedTest
    @MethodSource("models")
    void theReturnCodeIsACode128WithinTheModulesRangeOrAQrAndScansBack(PrinterProfile p) throws Exception {
        Printed printed = print(p, ReceiptCode.CODE128);

        List<PaperRow.ImageRow> images = printed.images();
        PaperRow.ImageRow code = images.get(images.size() - 1);
        if (printed.preview().contains("[barcode ")) {
            String scanned = Scans.decode(code.image(), BarcodeFormat.CODE_128);
            assertThat(scanned).isEqualTo("S0001-T01-00000042");
            assertThat(printed.paper().barcodeModules()).allMatch(m -> m >= p.minModule() && m <= p.maxModule());
        } else {
            assertThat(printed.preview()).contains("[QR S0001-T01-00000042]");
            assertThat(Scans.decode(code.image(), BarcodeFormat.QR_CODE)).isEqualTo("S0001-T01-00000042");
        }
    }

    @ParameterizedTest
    @MethodSource("models")
    void theLogoIsTheFirstImageAndScansBackAsTheImageItWasMadeFrom(PrinterProfile p) throws Exception {
        PaperRow.ImageRow logo = print(p, ReceiptCode.QR).images().get(0);

        assertThat(logo.image().width()).isLessThanOrEqualTo(Math.min(RasterLogo.MAX_WIDTH_DOTS, p.dotsPerLine()));
        assertThat(Scans.decode(logo.image(), BarcodeFormat.QR_CODE)).isEqualTo(LOGO_TEXT);
    }
}
