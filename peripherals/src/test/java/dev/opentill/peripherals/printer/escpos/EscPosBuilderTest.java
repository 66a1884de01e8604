package dev.opentill.peripherals.printer.escpos;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.LuminanceSource;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import dev.opentill.peripherals.printer.escpos.EscPosBuilder.Align;
import java.nio.charset.Charset;
import org.junit.jupiter.api.Test;

class EscPosBuilderTest {

    private static EscPosBuilder doc() {
        return new EscPosBuilder(CodePage.PC858, true, true, 576);
    }

    private static byte[] bytes(int... values) {
        byte[] b = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            b[i] = (byte) values[i];
        }
        return b;
    }

    @Test
    void initResetsThePrinterLeavesKanjiModeAndSelectsTheCodePage() {
        assertThat(doc().init().toBytes()).containsExactly(bytes(0x1B, 0x40, 0x1C, 0x2E, 0x1B, 0x74, 19));
    }

    @Test
    void stylesAlignmentFeedAndCutsAreTheDocumentedBytes() {
        byte[] b = doc().bold(true).bold(false).underline(true).size(2, 2).size(1, 1).align(Align.CENTER)
                .align(Align.RIGHT).feed(3).cut(true).cut(false).toBytes();
        assertThat(b).containsExactly(bytes(
                0x1B, 0x45, 1, 0x1B, 0x45, 0,
                0x1B, 0x2D, 1,
                0x1D, 0x21, 0x11, 0x1D, 0x21, 0x00,
                0x1B, 0x61, 1, 0x1B, 0x61, 2,
                0x1B, 0x64, 3,
                0x1D, 0x56, 1, 0x1D, 0x56, 0));
    }

    @Test
    void chineseGoesThroughGb18030InsideKanjiModeAndWesternThroughTheCodePage() {
        byte[] b = doc().line("苹果 Café").toBytes();
        byte[] apple = "苹果".getBytes(Charset.forName("GB18030"));
        assertThat(b)
                .containsExactly(bytes(0x1C, 0x26, apple[0] & 0xFF, apple[1] & 0xFF, apple[2] & 0xFF, apple[3] & 0xFF,
                        ' ', 'C', 'a', 'f', 0x1C, 0x2E, 0x82, 0x0A));
    }

    @Test
    void punctuationInChineseTextStaysInKanjiModeAsItsGb18030Bytes() {
        byte[] b = doc().text("6×35g “好”").toBytes();

        assertThat(b).containsExactly(bytes('6', 0x1C, 0x26, 0xA1, 0xC1, '3', '5', 'g', ' ', 0xA1, 0xB0, 0xBA, 0xC3,
                0xA1, 0xB1));
    }

    @Test
    void hangulThePrinterFontLacksGoesOutAsTheWideSubstituteInKanjiMode() {
        byte[] b = doc().text("김").toBytes();

        assertThat(b).containsExactly(bytes(0x1C, 0x26, 0xA1, 0xF5)); // □
    }

    @Test
    void code128TakesTheWidestModuleUpToThreeThatFitsThePaper() {
        Capabilities eighty = new Capabilities(CodePage.PC437, ChineseFont.GB18030, true, true, 576, 2, 6);
        Capabilities fiftyEight = new Capabilities(CodePage.PC437, ChineseFont.GB18030, true, true, 384, 2, 6);

        assertThat(new EscPosBuilder(eighty).code128("12345678").toBytes())
                .startsWith(bytes(0x1D, 0x68, 80, 0x1D, 0x77, 3));
        assertThat(new EscPosBuilder(fiftyEight).code128("12345678").toBytes())
                .startsWith(bytes(0x1D, 0x68, 80, 0x1D, 0x77, 2));
    }

    @Test
    void code128WiderThanThePaperAtTheNarrowestModuleIsRefused() {
        Capabilities fiftyEight = new Capabilities(CodePage.PC437, ChineseFont.GB18030, true, true, 384, 2, 6);

        assertThatThrownBy(() -> new EscPosBuilder(fiftyEight).code128("S0001-T01-00000042"))
                .hasMessageContaining("does not fit 384 dots at module width 2");
    }

    @Test
    void printerWithoutChineseFontGetsQuestionMarksForChinese() {
        byte[] b = new EscPosBuilder(CodePage.PC437, false, true, 384).text("茶").toBytes();
        assertThat(b).containsExactly(bytes('?'));
    }

    @Test
    void ean13IsFunctionBWithItsLength() {
        byte[] b = doc().ean13("6901234567892").toBytes();
        assertThat(b).containsExactly(bytes(0x1D, 0x68, 80, 0x1D, 0x77, 2, 0x1D, 0x48, 2,
                0x1D, 0x6B, 67, 13, '6', '9', '0', '1', '2', '3', '4', '5', '6', '7', '8', '9', '2'));
    }

    @Test
    void ean13WithAWrongCheckDigitIsRefused() {
        assertThatThrownBy(() -> doc().ean13("6901234567891")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("EAN-13");
    }

    @Test
    void code128UsesCodeSetBAndEscapesBraces() {
        byte[] b = doc().code128("A{1").toBytes();
        assertThat(b).endsWith(bytes(0x1D, 0x6B, 73, 6, '{', 'B', 'A', '{', '{', '1'));
    }

    @Test
    void nativeQrStoresAndPrintsWithGsParenK() {
        byte[] b = doc().qr("AB", 6).toBytes();
        assertThat(b).containsExactly(bytes(
                0x1D, 0x28, 0x6B, 4, 0, 49, 65, 50, 0,
                0x1D, 0x28, 0x6B, 3, 0, 49, 67, 6,
                0x1D, 0x28, 0x6B, 3, 0, 49, 69, 49,
                0x1D, 0x28, 0x6B, 5, 0, 49, 80, 48, 'A', 'B',
                0x1D, 0x28, 0x6B, 3, 0, 49, 81, 48));
    }

    @Test
    void rasterIsGsV0WithWidthInBytesAndHeightInDots() {
        RasterImage img = RasterImage.of(10, 2, (x, y) -> x == 0);
        byte[] b = doc().raster(img).toBytes();
        assertThat(b).containsExactly(bytes(0x1D, 0x76, 0x30, 0, 2, 0, 2, 0, 0x80, 0x00, 0x80, 0x00));
    }

    @Test
    void drawerKickNamesThePinAndPulseInTwoMillisecondUnits() {
        assertThat(doc().kickDrawer(2, 100, 200).toBytes()).containsExactly(bytes(0x1B, 0x70, 0, 50, 100));
        assertThat(doc().kickDrawer(5, 50, 50).toBytes()).containsExactly(bytes(0x1B, 0x70, 1, 25, 25));
        assertThatThrownBy(() -> doc().kickDrawer(3, 50, 50)).hasMessageContaining("pin");
    }

    @Test
    void printerWithoutNativeQrGetsARasterThatZxingReadsBack() throws Exception {
        byte[] b = new EscPosBuilder(CodePage.PC437, true, false, 384).qr("S0001-T01-00000042", 4).toBytes();
        assertThat(b[0]).isEqualTo((byte) 0x1D);
        assertThat(b[1]).isEqualTo((byte) 0x76);
        int xBytes = (b[4] & 0xFF) | (b[5] & 0xFF) << 8;
        int height = (b[6] & 0xFF) | (b[7] & 0xFF) << 8;
        int width = xBytes * 8;
        int[] pixels = new int[width * height];
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                boolean black = (b[8 + y * xBytes + x / 8] & (0x80 >> (x % 8))) != 0;
                pixels[y * width + x] = black ? 0xFF000000 : 0xFFFFFFFF;
            }
        }
        LuminanceSource source = new RGBLuminanceSource(width, height, pixels);
        String text = new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(source))).getText();
        assertThat(text).isEqualTo("S0001-T01-00000042");
    }

    @Test
    void rasterQrShrinksItsModulesToFitNarrowPaper() {
        String url = "https://opentill.dev/r/S0001-T01-00000042?check=0123456789abcdef0123456789abcdef";
        byte[] b = new EscPosBuilder(CodePage.PC437, true, false, 384).qr(url, 12).toBytes();
        int xBytes = (b[4] & 0xFF) | (b[5] & 0xFF) << 8;
        assertThat(xBytes * 8).isLessThanOrEqualTo(384);
        assertThat(EscPosBuilder.qrRaster(url, 12).width()).as("the unshrunk symbol would not fit").isGreaterThan(384);
    }
}
