package dev.opentill.app.ui.e2e;

import static dev.opentill.store.jooq.Tables.SALE;
import static org.assertj.core.api.Assertions.assertThat;

import dev.opentill.app.TillOptions;
import dev.opentill.app.testing.TestStores;
import java.nio.file.Path;
import java.util.Locale;
import javafx.scene.control.TextArea;
import javafx.scene.image.ImageView;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Demo mode's printer: a sale's receipt, printed on the simulated printer, appears in its own
 * window drawn from the bytes the printer received, with the receipt's lines.
 */
class ReceiptPreviewIT {
    @TempDir
    Path dir;

    @Test
    void aPrintedReceiptIsShownInThePreviewWindowWithItsLines() throws Exception {
        TillOptions options = new TillOptions(dir.resolve("data"), Locale.ENGLISH).withReceiptPreview();
        try (TillHarness h = new TillHarness(options, null)) {
            h.signIn(TestStores.CASHIER_CODE, TestStores.CASHIER_PIN);
            h.enterText(TestStores.COLA);
            h.waitUntil(() -> h.listSize("#ticketLines") == 1);
            h.keys(KeyCode.F12);
            h.waitUntil(() -> h.robot.lookup("#tenderAmount").tryQuery().isPresent());
            h.keys(KeyCode.F1);
            h.waitUntil(() -> h.sales() == 1);
            String receiptNo = h.till.store.dsl().select(SALE.RECEIPT_NO).from(SALE).fetchSingle(SALE.RECEIPT_NO);

            h.waitUntil(() -> h.robot.lookup("#receiptPreviewText").tryQuery()
                    .map(n -> ((TextArea) n).getText().contains(receiptNo)).orElse(false));

            TextArea text = h.robot.lookup("#receiptPreviewText").queryAs(TextArea.class);
            assertThat(text.getScene().getWindow().isShowing()).isTrue();
            assertThat(text.getScene().getWindow()).isNotSameAs(h.robot.lookup(".till-root").query().getScene()
                    .getWindow());
            assertThat(text.getText()).contains("Coca-Cola 330ml").contains("3.50").contains("Receipt")
                    .contains(receiptNo);
            ImageView paper = h.robot.lookup("#receiptPreviewPaper").queryAs(ImageView.class);
            assertThat(paper.getImage()).isNotNull();
            assertThat(paper.getImage().getWidth()).isEqualTo(576); // the generic 80 mm model's dots
        }
    }
}
