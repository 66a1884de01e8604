package dev.opentill.peripherals.printer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.opentill.core.receipt.Receipt;
import dev.opentill.peripherals.printer.escpos.StrictEscPosDecoder;
import dev.opentill.peripherals.printer.escpos.StrictEscPosDecoder.Decoded;
import dev.opentill.peripherals.printer.escpos.TextWidth;
import dev.opentill.peripherals.testing.SampleReceipts;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReceiptRenderingTest {
    private final PrinterProfile profile = PrinterProfile.EPSON_80MM;

    private Decoded print(Receipt r, PrinterProfile p, ReceiptCode code) {
        return StrictEscPosDecoder.decode(ReceiptRenderers.escPos(new ReceiptLayout(p, code).layout(r), p));
    }

    @Test
    void chineseReceiptRoundTripsThroughEscPosWithChineseLabels() {
        Decoded d = print(SampleReceipts.chineseSale(), profile, ReceiptCode.QR);
        String all = String.join("\n", d.lines());
        assertThat(all).contains("好邻居便利店", "农夫山泉 550ml", "散装苹果", "Oreo 奥利奥饼干", "谢谢惠顾，欢迎再来！");
        assertThat(d.lines()).anyMatch(l -> l.startsWith("合计") && l.endsWith("21.81"));
        assertThat(d.lines()).anyMatch(l -> l.startsWith("找零") && l.endsWith("0.20"));
        assertThat(d.lines()).anyMatch(l -> l.startsWith("现金") && l.endsWith("12.00"));
        assertThat(d.lines()).anyMatch(l -> l.startsWith("移动支付 ****8899") && l.endsWith("10.00"));
        assertThat(d.lines()).anyMatch(l -> l.startsWith("  折扣") && l.endsWith("-1.50"));
        assertThat(d.lines()).anyMatch(l -> l.startsWith("税 13% (不含税 19.30)") && l.endsWith("2.51"));
        assertThat(d.lines()).anyMatch(l -> l.startsWith("  0.532kg x 12.80/千克") && l.endsWith("6.81"));
        assertThat(d.lines()).anyMatch(l -> l.startsWith("会员") && l.endsWith("****5678"));
        assertThat(d.qrCodes()).containsExactly("S0001-T01-00000042");
        assertThat(d.rasters()).hasSize(1);
        assertThat(d.cuts()).containsExactly("partial");
    }

    @Test
    void normalLinesFillExactlyTheProfileColumnsSoPricesLineUp() {
        Decoded d = print(SampleReceipts.chineseSale(), profile, ReceiptCode.QR);
        List<String> itemRows = d.lines().stream().filter(l -> l.endsWith("4.00") || l.endsWith("3.00")
                || l.endsWith("8.00")).toList();
        assertThat(itemRows).hasSizeGreaterThanOrEqualTo(3).allMatch(l -> TextWidth.of(l) == 48);
    }

    @Test
    void previewIsTheSameLayoutAsThePaper() {
        Receipt r = SampleReceipts.chineseSale();
        PrinterProfile p = PrinterProfile.GENERIC_58MM;
        Decoded d = print(r, p, ReceiptCode.CODE128);
        String preview = new ReceiptLayoutPreview(p).of(r);
        // Double-size rows spread over the full width in the preview, so compare with spaces squeezed.
        List<String> printedText = d.lines().stream().map(ReceiptRenderingTest::squeeze).filter(l -> !l.isEmpty())
                .toList();
        List<String> previewText = Arrays.stream(preview.split("\n")).map(ReceiptRenderingTest::squeeze)
                .filter(l -> !l.isEmpty() && !l.startsWith("[")).toList();
        assertThat(previewText).isEqualTo(printedText);
        assertThat(d.barcodes()).as("CODE128 wider than 58 mm at module 2").isEmpty();
        assertThat(d.rasters()).as("the logo and the replacing QR, as raster on this printer").hasSize(2);
        assertThat(preview).contains("[QR S0001-T01-00000042]");
        assertThat(d.cuts()).as("58 mm profile has no cutter").isEmpty();
    }

    @Test
    void englishReprintUsesEnglishLabelsAndTheCodePageForAccents() {
        Decoded d = print(SampleReceipts.englishSale(), PrinterProfile.GENERIC_80MM_42, ReceiptCode.QR);
        assertThat(d.lines()).contains("*** REPRINT ***");
        assertThat(d.lines()).anyMatch(l -> l.startsWith("Café crème") && l.endsWith("3.50") && l.length() == 42);
        assertThat(d.lines()).anyMatch(l -> l.startsWith("Card ****1111"));
        assertThat(d.lines()).noneMatch(l -> l.startsWith("Change"));
    }

    @Test
    void returnReceiptShowsNegativeAmountsAndTheOriginalReceipt() {
        Receipt sale = SampleReceipts.englishSale();
        Receipt refund = new Receipt(Receipt.Kind.RETURN, false, sale.locale(), sale.store(), sale.terminalCode(),
                "S0001-T01-00000050", sale.time(), sale.cashierName(),
                List.of(new Receipt.Line("Café crème", "1", -1000, false, SampleReceipts.cny(350),
                        SampleReceipts.cny(0),
                        SampleReceipts.cny(-350), false)),
                SampleReceipts.cny(-350), SampleReceipts.cny(0), SampleReceipts.cny(-350), List.of(),
                List.of(new Receipt.Payment("CASH", SampleReceipts.cny(-350), "")), SampleReceipts.cny(0),
                SampleReceipts.cny(0), null, List.of(), "S0001-T01-00000050", "S0001-T01-00000043");
        Decoded d = print(refund, profile, ReceiptCode.QR);
        assertThat(d.lines()).contains("RETURN");
        assertThat(d.lines()).anyMatch(l -> l.startsWith("Original") && l.endsWith("S0001-T01-00000043"));
        assertThat(d.lines()).anyMatch(l -> l.startsWith("  -1 x 3.50") && l.endsWith("-3.50"));
        assertThat(d.lines()).anyMatch(l -> l.startsWith("TOTAL") && l.endsWith("-3.50"));
    }

    private static String squeeze(String line) {
        return line.strip().replaceAll(" +", " ");
    }

    @Test
    void previewSpreadsTheTotalOverTheFullWidthAndLongStoreNamesWrapInsteadOfBeingCut() {
        PrinterProfile p = PrinterProfile.GENERIC_58MM;
        String preview = ReceiptRenderers.plainText(new ReceiptLayout(p, ReceiptCode.QR).layout(
                SampleReceipts.chineseSale()), p);
        assertThat(preview.lines()).anyMatch(l -> l.startsWith("合计") && l.endsWith("21.81") && TextWidth.of(l) == 32);
        Decoded d = print(SampleReceipts.chineseSale(), p, ReceiptCode.QR);
        assertThat(d.lines()).anyMatch(l -> l.startsWith("合计") && l.endsWith("21.81") && TextWidth.of(l) == 16);
        Receipt longName = withStoreName(SampleReceipts.englishSale(), "The Very Long Corner Shop Name");
        String text = ReceiptRenderers.plainText(new ReceiptLayout(p, ReceiptCode.QR).layout(longName), p);
        assertThat(text).contains("The Very Long Corner Shop Name");
    }

    private static Receipt withStoreName(Receipt r, String name) {
        Receipt.StoreHeader s = r.store();
        return new Receipt(r.kind(), r.reprint(), r.locale(), new Receipt.StoreHeader(name, s.address(), s.phone(),
                s.taxId(), s.logoPng()), r.terminalCode(), r.receiptNumber(), r.time(), r.cashierName(), r.lines(),
                r.subtotal(), r.discounts(), r.total(), r.taxes(), r.payments(), r.cashRounding(), r.change(),
                r.memberCard(), r.footer(), r.code(), r.originalReceiptNumber());
    }

    /** Small helper so the test reads as the till would call it. */
    private record ReceiptLayoutPreview(PrinterProfile profile) {
        String of(Receipt r) {
            return ReceiptRenderers.plainText(new ReceiptLayout(profile, ReceiptCode.CODE128).layout(r), profile);
        }
    }

    @Test
    void aPricePromotionWithoutALineDiscountPrintsItsName() {
        Receipt sale = SampleReceipts.englishSale();
        Receipt promo = new Receipt(sale.kind(), false, sale.locale(), sale.store(), sale.terminalCode(),
                sale.receiptNumber(), sale.time(), sale.cashierName(),
                List.of(new Receipt.Line("Café crème", "1", 1000, false, SampleReceipts.cny(300), SampleReceipts.cny(0),
                        SampleReceipts.cny(300), false, "Happy hour")),
                SampleReceipts.cny(300), SampleReceipts.cny(0), SampleReceipts.cny(300), List.of(), sale.payments(),
                SampleReceipts.cny(0), SampleReceipts.cny(0), null, List.of(), sale.code(), null);

        Decoded d = print(promo, PrinterProfile.GENERIC_58MM, ReceiptCode.QR);

        assertThat(d.lines()).anyMatch(l -> l.contains("Happy hour"));
    }

    @Test
    void eachPromotionTakenPrintsItsNameAndSavingAndTheTotalSaved() {
        Receipt r = SampleReceipts.englishSale();
        Receipt promo = new Receipt(r.kind(), false, r.locale(), r.store(), r.terminalCode(), r.receiptNumber(),
                r.time(), r.cashierName(), r.lines(), r.subtotal(), r.discounts(), r.total(), r.taxes(), r.payments(),
                r.cashRounding(), r.change(), r.memberCard(), r.footer(), r.code(), null, List.of(
                        new Receipt.Saving("Second cup half price", SampleReceipts.cny(1400)),
                        new Receipt.Saving("Spend 100 save 20", SampleReceipts.cny(2000))));

        Decoded d = print(promo, PrinterProfile.EPSON_80MM, ReceiptCode.QR);

        assertThat(d.lines()).anyMatch(l -> l.equals("Promotions"));
        assertThat(d.lines()).anyMatch(l -> l.startsWith("  Second cup half price") && l.endsWith("-14.00"));
        assertThat(d.lines()).anyMatch(l -> l.startsWith("  Spend 100 save 20") && l.endsWith("-20.00"));
        assertThat(d.lines()).anyMatch(l -> l.startsWith("You saved") && l.endsWith("34.00"));
    }

    @Test
    void aSaleWithoutPromotionsPrintsNoSavingsBlock() {
        Decoded d = print(SampleReceipts.englishSale(), PrinterProfile.EPSON_80MM, ReceiptCode.QR);

        assertThat(d.lines()).noneMatch(l -> l.startsWith("You saved") || l.equals("Promotions"));
    }

    @Test
    void aTestPageWithoutACutterFeedsPastTheTearBar() {
        byte[] page = EscPosPrinter.testPage(PrinterProfile.GENERIC_58MM, "sim");

        assertThat(Arrays.copyOfRange(page, page.length - 3, page.length)).containsExactly(0x1B, 'd', 6);
        assertThat(StrictEscPosDecoder.decode(page).cuts()).isEmpty();
    }
}
