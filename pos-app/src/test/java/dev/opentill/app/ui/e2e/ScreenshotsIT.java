package dev.opentill.app.ui.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.opentill.app.testing.TestStores;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import javafx.scene.Scene;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Saves screenshots of the sale screen, the tender screen, the journal with an X report and the Chinese UI, to target/screenshots
 * by default; {@code -Dscreenshots.dir=../docs/screenshots} refreshes the README's copies. Chinese
 * glyphs need a CJK font on the machine (Debian: fonts-noto-cjk).
 */
class ScreenshotsIT {
    private static final Path OUT = Path.of(System.getProperty("screenshots.dir", "target/screenshots"));

    @TempDir
    Path dir;

    @Test
    void saleAndTenderScreensInEnglish() throws Exception {
        try (TillHarness h = new TillHarness(dir, Locale.ENGLISH)) {
            h.signIn(TestStores.CASHIER_CODE, TestStores.CASHIER_PIN);
            sellSome(h);
            save(h, "sale-screen.png");
            h.keys(KeyCode.F12);
            h.waitUntil(() -> h.robot.lookup("#tenderAmount").tryQuery().isPresent());
            h.robot.clickOn("#tenderAmount");
            h.robot.write("50");
            WaitForAsyncUtils.waitForFxEvents();
            save(h, "tender-screen.png");
            h.keys(KeyCode.ENTER);
            h.waitUntil(() -> !h.text("#changeDue").isEmpty());
            save(h, "change-due.png");
            h.keys(KeyCode.ENTER);
            h.waitUntil(() -> h.robot.lookup("#scanField").tryQuery().isPresent());
            h.keys(KeyCode.F11);
            h.waitUntil(() -> h.robot.lookup("#xReport").tryQuery().isPresent());
            h.robot.clickOn("#xReport");
            h.waitUntil(() -> h.listSize("#shiftReport") > 10);
            save(h, "journal-x-report.png");
        }
    }

    @Test
    void loginAndSaleScreensInChinese() throws Exception {
        try (TillHarness h = new TillHarness(dir, Locale.SIMPLIFIED_CHINESE)) {
            save(h, "login-zh.png");
            h.signIn(TestStores.CASHIER_CODE, TestStores.CASHIER_PIN);
            sellSome(h);
            save(h, "sale-screen-zh.png");
        }
    }

    private static void sellSome(TillHarness h) throws Exception {
        h.devices.scan(TestStores.COLA);
        h.devices.scan(TestStores.TEA);
        h.devices.scan(TestStores.CHIPS);
        h.devices.scan(TestStores.COLA);
        h.waitUntil(() -> h.listSize("#ticketLines") == 4);
    }

    private static void save(TillHarness h, String name) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        Scene scene = h.robot.listTargetWindows().get(0).getScene();
        WritableImage img = WaitForAsyncUtils.asyncFx(() -> scene.snapshot(null)).get();
        int w = (int) img.getWidth();
        int hgt = (int) img.getHeight();
        BufferedImage out = new BufferedImage(w, hgt, BufferedImage.TYPE_INT_RGB);
        PixelReader px = img.getPixelReader();
        for (int y = 0; y < hgt; y++) {
            for (int x = 0; x < w; x++) {
                out.setRGB(x, y, px.getArgb(x, y));
            }
        }
        Files.createDirectories(OUT);
        Path file = OUT.resolve(name);
        ImageIO.write(out, "png", file.toFile());
        assertThat(Files.size(file)).isPositive();
    }
}
