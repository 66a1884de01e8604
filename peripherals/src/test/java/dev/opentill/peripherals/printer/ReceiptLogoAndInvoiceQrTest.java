package dev.opentill.peripherals.printer;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.NotFoundException;
import dev.opentill.core.receipt.Receipt;
import dev.opentill.peripherals.Connection;
import dev.opentill.peripherals.Peripherals;
import dev.opentill.peripherals.printer.escpos.RasterImage;
import dev.opentill.peripherals.sim.PaperRow;
import dev.opentill.peripherals.sim.SimulatedPrinter;
import dev.opentill.peripherals.testing.SampleReceipts;
import dev.opentill.peripherals.testing.Scans;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The logo the till dithered once prints at the top of the receipt dot for dot, and the invoice
 * QR scans back to the exact signed link, on every model of the table.
 */
class ReceiptLogoAndInvoiceQrTest {
    private static final String URL = "https://fapiao.example.cn/apply?no=S0001-T01-00000042&amt=21.81&s=S0001"
            + "&t=S0001-T01&sig=Qm9ndXNTaWduYXR1cmUx";

    static List<PrinterProfile> models() {
        return PrinterModels.all();
    }

    private static List<PaperRow> print(PrinterProfile model, Receipt receipt) throws Exception {
        SimulatedPrinter paper = new SimulatedPrinter(model);
        try (ReceiptPrinter printer = Peripherals.simulatedPrinter(
                PrinterConfig.of("printer", new Connection.Simulated(), model), paper)) {
            printer.print(receipt).get(20, TimeUnit.SECONDS);
        }
        return paper.rows();
    }

    private static Receipt withLogoAndInvoice(Receipt r, byte[] logo, String url) {
        Receipt.StoreHeader h = r.store();
        return new Receipt(r.kind(), r.reprint(), r.locale(), new Receipt.StoreHeader(h.name(), h.address(), h.phone(),
                h.taxId(), logo), r.terminalCode(), r.receiptNumber(), r.time(), r.cashierName(), r.lines(),
                r.subtotal(), r.discounts(), r.total(), r.taxes(), r.payments(), r.cashRounding(), r.change(),
                r.memberCard(), r.footer(), r.code(), r.originalReceiptNumber(), r.savings(), url);
    }

    @ParameterizedTest
    @MethodSource("models")
    void theCachedLogoPrintsFirstDotForDot(PrinterProfile model) throws Exception {
        RasterLogo logo = RasterLogo.fromImage(Scans.qrImage("LOGO", 700, "png"), model);
        Receipt receipt = withLogoAndInvoice(SampleReceipts.chineseSale(), logo.toBytes(), null);

        List<PaperRow> rows = print(model, receipt);

        assertThat(rows.get(0)).isInstanceOf(PaperRow.ImageRow.class);
        RasterImage printed = ((PaperRow.ImageRow) rows.get(0)).image();
        RasterImage dithered = logo.image();
        assertThat(printed.height()).isEqualTo(dithered.height());
        assertThat(printed.width()).isBetween(dithered.width(), model.dotsPerLine());
        for (int y = 0; y < printed.height(); y++) {
            for (int x = 0; x < printed.width(); x++) {
                boolean expected = x < dithered.width() && dithered.black(x, y);
                assertThat(printed.black(x, y)).as("dot %d,%d", x, y).isEqualTo(expected);
            }
        }
    }

    @ParameterizedTest
    @MethodSource("models")
    void theInvoiceQrScansBackToTheExactLinkAndFitsThePaper(PrinterProfile model) throws Exception {
        List<PaperRow> rows = print(model, withLogoAndInvoice(SampleReceipts.chineseSale(), null, URL));

        // Native (GS ( k) or raster, whichever the model takes: what counts is what the dots scan as.
        RasterImage qr = null;
        for (PaperRow r : rows) {
            if (r instanceof PaperRow.ImageRow i && URL.equals(scan(i.image()))) {
                qr = i.image();
            }
        }
        assertThat(qr).as("a printed QR scanning as the link").isNotNull();
        assertThat(qr.width()).isLessThanOrEqualTo(model.dotsPerLine());
        assertThat(rows).anyMatch(r -> r instanceof PaperRow.TextRow t && t.text().contains("扫码开具电子发票"));
    }

    private static String scan(RasterImage image) {
        try {
            return Scans.decode(image, BarcodeFormat.QR_CODE);
        } catch (NotFoundException e) {
            return null;
        }
    }

    @ParameterizedTest
    @MethodSource("models")
    void aReceiptWithoutTheLinkHasNoInvoiceQr(PrinterProfile model) throws Exception {
        List<PaperRow> rows = print(model, SampleReceipts.chineseSale());

        assertThat(rows).noneMatch(r -> r instanceof PaperRow.TextRow t && t.text().contains("电子发票"));
        assertThat(rows).noneMatch(r -> r instanceof PaperRow.ImageRow i && URL.equals(scan(i.image())));
    }
}
