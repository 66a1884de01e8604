package dev.opentill.peripherals.testing;

import dev.opentill.core.money.Money;
import dev.opentill.core.receipt.Receipt;
import dev.opentill.core.tax.TaxLine;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Locale;
import javax.imageio.ImageIO;

/** Receipts for tests: a Chinese sale with a logo, discounts and two tenders, and an English one. */
public final class SampleReceipts {
    private SampleReceipts() {
    }

    public static Money cny(long fen) {
        return Money.ofMinor(fen, Money.CNY);
    }

    public static Receipt chineseSale() {
        return new Receipt(Receipt.Kind.SALE, false, Locale.SIMPLIFIED_CHINESE,
                new Receipt.StoreHeader("好邻居便利店", "北京市朝阳区建国路88号", "010-12345678", "91110000MA01", logoPng()),
                "S0001-T01", "S0001-T01-00000042",
                ZonedDateTime.of(2026, 11, 21, 10, 15, 0, 0, ZoneId.of("Asia/Shanghai")),
                "王芳",
                List.of(new Receipt.Line("农夫山泉 550ml", "6921168509256", 2000, false, cny(200), cny(0), cny(400), false),
                        new Receipt.Line("散装苹果", "2000001", 532, true, cny(1280), cny(0), cny(681), false),
                        new Receipt.Line("Oreo 奥利奥饼干", "6901668005748", 1000, false, cny(950), cny(150), cny(800),
                                false),
                        new Receipt.Line("Coca-Cola 330ml", "6901939621257", 1000, false, cny(300), cny(0), cny(300),
                                false)),
                cny(2331), cny(150), cny(2181),
                List.of(new TaxLine(1300, cny(1930), cny(251), cny(2181))),
                List.of(new Receipt.Payment("MOBILE", cny(1000), "****8899"),
                        new Receipt.Payment("CASH", cny(1200), "")),
                cny(-1), cny(20), "****5678", List.of("谢谢惠顾，欢迎再来！", "Thank you"), "S0001-T01-00000042", null);
    }

    public static Receipt englishSale() {
        return new Receipt(Receipt.Kind.SALE, true, Locale.ENGLISH,
                new Receipt.StoreHeader("Corner Shop", "1 High Street", "", "", null),
                "S0001-T01", "S0001-T01-00000043",
                ZonedDateTime.of(2026, 11, 21, 10, 20, 0, 0, ZoneId.of("Asia/Shanghai")),
                "Amy",
                List.of(new Receipt.Line("Café crème", "1", 1000, false, cny(350), cny(0), cny(350), false)),
                cny(350), cny(0), cny(350), List.of(), List.of(new Receipt.Payment("CARD", cny(350), "****1111")),
                cny(0), cny(0), null, List.of(), "S0001-T01-00000043", null);
    }

    /** Every punctuation mark the Kanji-mode rule is about, in one place. */
    public static final String PUNCTUATION = "× “ ” … — ℃ №";

    /**
     * A long bilingual sale: promotions by line discount and by price, weighed goods, long Latin and
     * Chinese names, Hangul and a four-byte GB18030 ideograph (both without a printer glyph), every
     * punctuation mark of {@link #PUNCTUATION}, coupons in the footer, a member, two tenders and change.
     */
    public static Receipt longBilingualSale(byte[] logo) {
        return new Receipt(Receipt.Kind.SALE, false, Locale.SIMPLIFIED_CHINESE,
                new Receipt.StoreHeader("好邻居便利店（黄浦江畔旗舰店）", "上海市黄浦区中山东一路18号 Bund No.18, Huangpu",
                        "021-63210000", "91310000MA1FL0001X", logo),
                "S0001-T01", "S0001-T01-00000042",
                ZonedDateTime.of(2026, 11, 21, 10, 15, 0, 0, ZoneId.of("Asia/Shanghai")),
                "欧阳春花 Ouyang Chunhua",
                List.of(new Receipt.Line("农夫山泉 550ml", "6921168509256", 2000, false, cny(200), cny(100), cny(300),
                        false,
                        "第二件半价 2nd at half price"),
                        new Receipt.Line("散装苹果 Fuji apples", "2000001", 532, true, cny(1280), cny(0), cny(681), false),
                        new Receipt.Line("Oreo 奥利奥饼干 6×35g", "6901668005748", 1000, false, cny(950), cny(0), cny(950),
                                false, "会员价 Member price"),
                        new Receipt.Line("“精选”咖啡豆…特浓 — 250g", "6900000000011", 1000, false, cny(6800), cny(0),
                                cny(6800), false),
                        new Receipt.Line("Organic Jasmine Rice from the Huangpu Valley Farms 5kg", "6900000000028",
                                1000,
                                false, cny(5990), cny(0), cny(5990), false),
                        new Receipt.Line("한국 김치 Korean kimchi 𠀀", "8800000000013", 1000, false, cny(1500), cny(0),
                                cny(1500), false),
                        new Receipt.Line("电子温度计 -10℃~50℃ №3", "6900000000035", 1000, false, cny(2500), cny(0),
                                cny(2500), true),
                        new Receipt.Line("Café crème", "1", 1000, false, cny(350), cny(0), cny(350), false)),
                cny(19171), cny(100), cny(19071),
                List.of(new TaxLine(1300, cny(15000), cny(1950), cny(16950)), new TaxLine(900, cny(1946), cny(175),
                        cny(2121))),
                List.of(new Receipt.Payment("MOBILE", cny(10000), "****8899"),
                        new Receipt.Payment("CASH", cny(9100), "")),
                cny(-1), cny(30), "****5678",
                List.of("优惠券 C-2026-0042：-5.00", "谢谢惠顾，欢迎再来！ Thank you — see you soon…", PUNCTUATION),
                "S0001-T01-00000042", null);
    }

    /** A small two-tone logo: a dark square on white. */
    public static byte[] logoPng() {
        BufferedImage img = new BufferedImage(120, 40, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, 120, 40);
        g.setColor(Color.DARK_GRAY);
        g.fillRect(40, 5, 40, 30);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(img, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
