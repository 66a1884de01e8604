package dev.opentill.app.ui.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.opentill.app.TillOptions;
import dev.opentill.app.devices.SimulatedDevices;
import dev.opentill.app.testing.TestMenus;
import dev.opentill.app.testing.TestStores;
import dev.opentill.app.ui.ordering.OptionPickerDialog;
import dev.opentill.core.receipt.Receipt;
import dev.opentill.peripherals.printer.PrinterProfile;
import dev.opentill.peripherals.printer.ReceiptCode;
import dev.opentill.peripherals.printer.ReceiptLayout;
import dev.opentill.peripherals.printer.ReceiptRenderers;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import javafx.scene.control.Labeled;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A cashier sells a made-to-order drink: scanning it opens the option picker with the defaults
 * chosen, two taps and Enter put a large tea with two pearls on the ticket with its options shown,
 * and the paid receipt prints the options under the drink and the order number, large.
 */
class MadeToOrderIT {
    @TempDir
    Path dir;
    private TillHarness h;

    @AfterEach
    void stop() throws Exception {
        if (h != null) {
            h.close();
        }
    }

    @Test
    void aScannedDrinkOpensThePickerAndItsOptionsReachTheReceipt() throws Exception {
        h = new TillHarness(new TillOptions(dir, Locale.ENGLISH), new SimulatedDevices(), store -> {
            TestStores.fill(store);
            TestMenus.teaMenu(store);
        });
        h.signIn(TestStores.CASHIER_CODE, TestStores.CASHIER_PIN);

        h.devices.scan(TestStores.TEA);
        h.waitUntil(() -> h.visible("#" + OptionPickerDialog.PRICE_ID));
        assertThat(h.text("#" + OptionPickerDialog.PRICE_ID)).isEqualTo("¥12.00");
        h.robot.clickOn("#" + OptionPickerDialog.keyId("SIZE", "L"));
        h.robot.clickOn("#" + OptionPickerDialog.keyId("TOP", "PEARL"));
        h.robot.clickOn("#" + OptionPickerDialog.keyId("TOP", "PEARL"));
        h.waitUntil(() -> "¥19.00".equals(h.text("#" + OptionPickerDialog.PRICE_ID)));
        h.keys(KeyCode.ENTER);
        h.waitUntil(() -> h.listSize("#ticketLines") == 1);
        h.devices.scan(TestStores.COLA);
        h.waitUntil(() -> h.listSize("#ticketLines") == 2);

        assertThat(lineNames()).contains("Tieguanyin Tea 100g (Large / Pearls x2)");
        assertThat(h.text("#ticketTotal")).isEqualTo("¥22.50");
        h.keys(KeyCode.F12);
        h.waitUntil(() -> h.robot.lookup("#tenderAmount").tryQuery().isPresent());
        h.robot.clickOn("#tenderAmount");
        h.enterText("50");
        h.waitUntil(() -> h.devices.printed().size() == 1);

        Receipt r = h.devices.printed().get(0);
        String text = ReceiptRenderers.plainText(new ReceiptLayout(PrinterProfile.EPSON_80MM, ReceiptCode.QR)
                .layout(r), PrinterProfile.EPSON_80MM);
        List<String> lines = List.of(text.split("\n"));
        int tea = 0;
        while (!lines.get(tea).startsWith("Tieguanyin Tea 100g")) {
            tea++;
        }
        assertThat(lines.get(tea)).endsWith("19.00");
        assertThat(lines.get(tea + 1).trim()).isEqualTo("Large / Pearls x2");
        assertThat(text).contains("Order No. 001");
        assertThat(r.orderNumber()).isEqualTo(1);
    }

    private List<String> lineNames() {
        return h.robot.lookup("#ticketLines .line-name").queryAllAs(Labeled.class).stream().map(Labeled::getText)
                .toList();
    }
}
