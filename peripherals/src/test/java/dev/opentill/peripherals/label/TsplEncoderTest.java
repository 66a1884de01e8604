package dev.opentill.peripherals.label;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.NotFoundException;
import com.google.zxing.ChecksumException;
import com.google.zxing.FormatException;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import dev.opentill.peripherals.label.LabelConfig.ChineseText;
import dev.opentill.peripherals.sim.LabelImage;
import dev.opentill.peripherals.sim.TsplInterpreter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class TsplEncoderTest {
    private static final LabelConfig CONFIG = LabelConfig.defaults("labels");
    static final CupLabel CHINESE = new CupLabel("042", 2, 3, "珍珠奶茶", "大杯 / 半糖 / 少冰 / 珍珠 x2",
            "请多加冰块", "14:05", "美团外卖", "T01-042-2");
    static final CupLabel ENGLISH = new CupLabel("007", 1, 1, "Milk tea", "Large / Half sugar / Less ice", "",
            "09:30", "Counter", null);

    private static LabelImage render(byte[] tspl) {
        TsplInterpreter i = new TsplInterpreter(() -> 0);
        i.feed(tspl);
        assertThat(i.errors()).isEmpty();
        assertThat(i.printed()).hasSize(1);
        return i.printed().get(0);
    }

    private static String decodeQr(LabelImage label) throws NotFoundException, ChecksumException, FormatException {
        BinaryBitmap bitmap = new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(label.image())));
        return new QRCodeReader().decode(bitmap).getText();
    }

    @Test
    void aLabelStartsWithItsSizeAndGapClearsAndEndsWithOnePrint() {
        String tspl = new String(TsplEncoder.encode(ENGLISH, CONFIG), StandardCharsets.US_ASCII);
        assertThat(tspl).startsWith("SIZE 40 mm,30 mm\r\nGAP 2 mm,0 mm\r\nDIRECTION 1\r\nCLS\r\n");
        assertThat(tspl).endsWith("PRINT 1,1\r\n");
        assertThat(tspl).contains("TEXT 16,16,\"TSS24.BF2\",0,2,2,\"007\"\r\n");
        assertThat(tspl).contains("TEXT 268,16,\"TSS24.BF2\",0,1,1,\"1/1\"\r\n");
    }

    @Test
    void everyPartOfTheCupLabelReadsBackInPlace() throws Exception {
        LabelImage label = render(TsplEncoder.encode(CHINESE, CONFIG));
        assertThat(label.width()).isEqualTo(320);
        assertThat(label.height()).isEqualTo(240);
        assertThat(label.lines()).containsExactly("042", "2/3", "珍珠奶茶", "大杯 / 半糖 /", "少冰 / 珍珠 x2",
                "请多加冰块", "14:05 美团外卖");
        LabelImage.Text number = label.texts().stream().filter(t -> t.text().equals("042")).findFirst()
                .orElseThrow();
        assertThat(number.scale()).isEqualTo(2);
        assertThat(label.texts()).allMatch(t -> t.font().equals("TSS24.BF2"));
        assertThat(decodeQr(label)).isEqualTo("T01-042-2");
    }

    @Test
    void chineseTextTravelsAsGb18030ForThePrintersFont() {
        byte[] bytes = TsplEncoder.encode(CHINESE, CONFIG);
        byte[] drink = "珍珠奶茶".getBytes(Charset.forName("GB18030"));
        assertThat(indexOf(bytes, drink)).isPositive();
        assertThat(indexOf(bytes, "珍珠奶茶".getBytes(StandardCharsets.UTF_8))).isNegative();
    }

    @Test
    void withoutTheChineseFontChineseLinesBecomeBitmapsAndAsciiStaysText() {
        LabelImage label = render(TsplEncoder.encode(CHINESE, CONFIG.withChinese(ChineseText.BITMAP)));
        assertThat(label.texts()).extracting(LabelImage.Text::text).containsExactly("2/3", "042");
        assertThat(label.texts()).allMatch(t -> t.font().equals("3"));
        assertThat(label.bitmaps()).hasSize(5);
        LabelImage.Bitmap drink = label.bitmaps().get(0);
        assertThat(drink.y()).isEqualTo(68);
        TextBitmap expected = TextBitmap.of("珍珠奶茶", 288);
        assertThat(drink.data()).isEqualTo(expected.data());
        assertThat(darkDots(expected)).isGreaterThan(100);
        assertThat(new String(TsplEncoder.encode(CHINESE, CONFIG.withChinese(ChineseText.BITMAP)),
                StandardCharsets.ISO_8859_1)).doesNotContain("TSS24.BF2");
    }

    @Test
    void theLabelSizeIsConfigurable() throws Exception {
        LabelImage label = render(TsplEncoder.encode(CHINESE, CONFIG.withSize(50, 40)));
        assertThat(label.width()).isEqualTo(400);
        assertThat(label.height()).isEqualTo(320);
        assertThat(label.lines()).contains("2/3", "珍珠奶茶");
        assertThat(decodeQr(label)).isEqualTo("T01-042-2");
    }

    @Test
    void noQrWhenTheStoreTurnsItOffOrTheLabelHasNone() {
        assertThat(render(TsplEncoder.encode(CHINESE, CONFIG.withQr(false))).qrCodes()).isEmpty();
        assertThat(render(TsplEncoder.encode(ENGLISH, CONFIG)).qrCodes()).isEmpty();
    }

    @Test
    void longTextIsWrappedOrCutNeverPrintedPastTheEdge() {
        CupLabel longOne = new CupLabel("999", 12, 12, "Extra large brown sugar boba fresh milk with cheese foam",
                "Large / Half sugar / Less ice / Pearls x2 / Pudding / Coconut jelly / Oat milk",
                "Customer says: \"no straw\" please and bring it to table 12 by the window", "23:59",
                "Mini-program", "X");
        LabelImage label = render(TsplEncoder.encode(longOne, CONFIG));
        assertThat(label.lines()).anyMatch(l -> l.endsWith("…"));
        assertThat(label.texts()).allMatch(t -> t.x() + Tspl.cells(t.text()) * Tspl.CELL * t.scale() <= 320);
    }

    @Test
    void quotesInTextAreEscapedAndReadBack() {
        CupLabel quoted = new CupLabel("1", 1, 1, "Tea", "", "say \"hi\"", "", "", null);
        LabelImage label = render(TsplEncoder.encode(quoted, CONFIG));
        assertThat(label.lines()).contains("say \"hi\"");
    }

    private static int darkDots(TextBitmap b) {
        int n = 0;
        for (int y = 0; y < b.height(); y++) {
            for (int x = 0; x < b.widthBytes() * 8; x++) {
                n += b.black(x, y) ? 1 : 0;
            }
        }
        return n;
    }

    static int indexOf(byte[] hay, byte[] needle) {
        outer : for (int i = 0; i + needle.length <= hay.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (hay[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    static List<String> cups(List<LabelImage> labels) {
        return labels.stream().map(l -> l.texts().stream().filter(t -> t.text().contains("/") && t.y() == 16)
                .findFirst().orElseThrow().text()).toList();
    }
}
