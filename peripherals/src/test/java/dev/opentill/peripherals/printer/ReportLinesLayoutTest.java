package dev.opentill.peripherals.printer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.opentill.peripherals.printer.escpos.TextWidth;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Reports printed as lines are wrapped to the paper and end like a receipt on that printer. */
class ReportLinesLayoutTest {
    private static final List<String> Z = List.of("Z REPORT No. 3",
            "Cash expected in drawer: ¥1000.00 (opening float included)");

    @Test
    void on58mmPaperLongLinesWrapBetweenWordsAndThereIsNoCut() {
        List<ReceiptBlock> blocks = new ReceiptLayout(PrinterProfile.GENERIC_58MM, ReceiptCode.QR).lines(Z);

        List<String> texts = blocks.stream().filter(b -> b instanceof ReceiptBlock.Text)
                .map(b -> ((ReceiptBlock.Text) b).text()).toList();
        assertThat(texts).hasSizeGreaterThan(2).allMatch(t -> TextWidth.of(t) <= 32);
        assertThat(String.join(" ", texts.subList(1, texts.size()))).isEqualTo(Z.get(1));
        assertThat(blocks).noneMatch(b -> b instanceof ReceiptBlock.Cut);
    }

    @Test
    void aPrinterWithACutterCutsAfterTheReport() {
        List<ReceiptBlock> blocks = new ReceiptLayout(PrinterProfile.EPSON_80MM, ReceiptCode.QR).lines(Z);

        assertThat(blocks.get(blocks.size() - 1)).isInstanceOf(ReceiptBlock.Cut.class);
    }
}
