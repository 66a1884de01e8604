package dev.opentill.peripherals.printer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.opentill.core.receipt.Receipt;
import dev.opentill.peripherals.printer.escpos.EscPosBuilder.Align;
import dev.opentill.peripherals.testing.SampleReceipts;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** A made-to-order sale's receipt: each drink's options under it, and the order number called out, large. */
class MadeToOrderReceiptTest {
    private static Receipt teaSale(Locale locale, String options, Integer orderNumber) {
        Receipt s = SampleReceipts.chineseSale();
        return new Receipt(s.kind(), false, locale, s.store(), s.terminalCode(), s.receiptNumber(), s.time(),
                s.cashierName(), List.of(new Receipt.Line("Milk tea", "TEA", 1000, false, SampleReceipts.cny(1900),
                        SampleReceipts.cny(0), SampleReceipts.cny(1900), false, null, options),
                        new Receipt.Line("Cola", "COLA", 1000, false, SampleReceipts.cny(300), SampleReceipts.cny(0),
                                SampleReceipts.cny(300), false)),
                SampleReceipts.cny(2200), SampleReceipts.cny(0), SampleReceipts.cny(2200), s.taxes(), s.payments(),
                s.cashRounding(), s.change(), null, List.of(), s.code(), null, List.of(), null, orderNumber);
    }

    private static List<ReceiptBlock> layout(Receipt r) {
        return new ReceiptLayout(PrinterProfile.EPSON_80MM, ReceiptCode.QR).layout(r);
    }

    @Test
    void theOptionsPrintUnderTheirDrinkAndNotUnderPlainGoods() {
        String text = ReceiptRenderers.plainText(layout(teaSale(Locale.ENGLISH, "Large / Pearls x2", 7)),
                PrinterProfile.EPSON_80MM);

        List<String> lines = List.of(text.split("\n"));
        int tea = indexOf(lines, "Milk tea");
        assertThat(lines.get(tea + 1).trim()).isEqualTo("Large / Pearls x2");
        assertThat(lines.get(tea + 2)).startsWith("Cola");
    }

    @Test
    void theOrderNumberIsPrintedDoubleSizeInTheHeaderInTheReceiptsLanguage() {
        List<ReceiptBlock> zh = layout(teaSale(Locale.SIMPLIFIED_CHINESE, "大杯", 42));
        List<ReceiptBlock> none = layout(teaSale(Locale.ENGLISH, null, null));

        assertThat(zh).anySatisfy(b -> assertThat(b).isEqualTo(new ReceiptBlock.Text("取餐号 042",
                Align.CENTER, true, true)));
        assertThat(ReceiptRenderers.plainText(none, PrinterProfile.EPSON_80MM)).doesNotContain("Order No.");
    }

    private static int indexOf(List<String> lines, String start) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith(start)) {
                return i;
            }
        }
        throw new AssertionError(start + " not on the receipt");
    }
}
