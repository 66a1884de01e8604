package dev.opentill.peripherals.printer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.zxing.BarcodeFormat;
import dev.opentill.peripherals.printer.LogoException.Reason;
import dev.opentill.peripherals.testing.Scans;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Locale;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/** The till hands over the uploaded image's bytes; what comes back fits the model and is cached as bytes. */
class RasterLogoTest {
    private static final PrinterProfile FIFTY_EIGHT = PrinterModels.byId("xprinter-58");

    private static byte[] png(int width, int height) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(width, height, BufferedImage.TYPE_BYTE_BINARY), "png", out);
        return out.toByteArray();
    }

    @Test
    void aWideLogoIsScaledToThePaperAndStillScans() throws Exception {
        RasterLogo logo = RasterLogo.fromImage(Scans.qrImage("S0001", 900, "png"), FIFTY_EIGHT);

        assertThat(logo.image().width()).isLessThanOrEqualTo(384);
        assertThat(logo.image().height()).isLessThanOrEqualTo(RasterLogo.MAX_HEIGHT_DOTS);
        assertThat(Scans.decode(logo.image(), BarcodeFormat.QR_CODE)).isEqualTo("S0001");
    }

    @Test
    void aTallLogoIsScaledToTheHeightLimit() throws Exception {
        RasterLogo logo = RasterLogo.fromImage(png(100, 1000), FIFTY_EIGHT);

        assertThat(logo.image().height()).isEqualTo(RasterLogo.MAX_HEIGHT_DOTS);
        assertThat(logo.image().width()).isEqualTo(24);
    }

    @Test
    void aJpegLogoIsTakenToo() throws Exception {
        RasterLogo logo = RasterLogo.fromImage(Scans.qrImage("jpeg", 200, "jpg"), FIFTY_EIGHT);

        assertThat(Scans.decode(logo.image(), BarcodeFormat.QR_CODE)).isEqualTo("jpeg");
    }

    @Test
    void aFileOverOneMebibyteIsRefusedUnread() {
        assertThatThrownBy(() -> RasterLogo.fromImage(new byte[RasterLogo.MAX_IMAGE_BYTES + 1], FIFTY_EIGHT))
                .isInstanceOfSatisfying(LogoException.class,
                        e -> assertThat(e.reason()).isEqualTo(Reason.FILE_TOO_LARGE));
    }

    @Test
    void anImageOfTooManyPixelsIsRefusedBeforeItIsDecoded() throws Exception {
        byte[] huge = png(5000, 5000); // a few kilobytes that would decode to 25 M pixels

        assertThat(huge.length).isLessThan(RasterLogo.MAX_IMAGE_BYTES);
        assertThatThrownBy(() -> RasterLogo.fromImage(huge, FIFTY_EIGHT))
                .isInstanceOfSatisfying(LogoException.class,
                        e -> assertThat(e.reason()).isEqualTo(Reason.TOO_MANY_PIXELS));
    }

    @Test
    void bytesThatAreNoImageAreRefused() {
        assertThatThrownBy(() -> RasterLogo.fromImage("not an image".getBytes(), FIFTY_EIGHT))
                .isInstanceOfSatisfying(LogoException.class,
                        e -> assertThat(e.reason()).isEqualTo(Reason.NOT_AN_IMAGE));
    }

    @Test
    void theCachedBytesGiveBackTheSameRasterAndAReceiptTakesThem() throws Exception {
        RasterLogo logo = RasterLogo.fromImage(Scans.qrImage("cached", 200, "png"), FIFTY_EIGHT);
        byte[] cached = logo.toBytes();

        RasterLogo again = RasterLogo.forReceipt(cached, FIFTY_EIGHT);
        assertThat(again.image().width()).isEqualTo(logo.image().width());
        assertThat(again.image().bits()).isEqualTo(logo.image().bits());
    }

    @Test
    void aRefusedLogoSaysWhatToDoInEnglishAndInChinese() {
        LogoException e = new LogoException(Reason.TOO_MANY_PIXELS, "detail");

        assertThat(e.advice(Locale.ENGLISH)).contains("384 x 240");
        assertThat(e.advice(Locale.SIMPLIFIED_CHINESE)).contains("像素");
    }
}
