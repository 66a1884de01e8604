package dev.opentill.app.ui.e2e;

import static dev.opentill.store.jooq.Tables.SALE;
import static dev.opentill.store.jooq.Tables.SALE_TENDER;
import static org.assertj.core.api.Assertions.assertThat;

import dev.opentill.app.TillOptions;
import dev.opentill.app.devices.SimulatedDevices;
import dev.opentill.app.testing.TestStores;
import java.nio.file.Path;
import java.util.Locale;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A till stopped after a part payment comes back with the same ticket, saying what is already
 * paid and what is still due, and completes it for exactly the rest.
 */
class RestartMidTenderIT {
    @TempDir
    Path dir;
    private TillHarness h;

    @AfterEach
    void stop() throws Exception {
        if (h != null) {
            h.close();
        }
    }

    private TillHarness open(Locale locale) throws Exception {
        return new TillHarness(new TillOptions(dir, locale), new SimulatedDevices().drawerClosesAfter(null));
    }

    @Test
    void aPartPaymentSurvivesARestartAndTheScreenShowsPaidAndDue() throws Exception {
        h = open(Locale.ENGLISH);
        h.signIn(TestStores.CASHIER_CODE, TestStores.CASHIER_PIN);
        h.devices.scan(TestStores.COLA);
        h.devices.scan(TestStores.CHIPS);
        h.devices.scan(TestStores.COLA);
        h.waitUntil(() -> h.listSize("#ticketLines") == 3);
        h.keys(KeyCode.F12);
        h.waitUntil(() -> h.robot.lookup("#tenderAmount").tryQuery().isPresent());
        h.robot.clickOn("#tenderAmount");
        h.enterText("10");
        h.waitUntil(() -> h.text("#amountDue").equals("¥3.80"));
        h.close();

        h = open(Locale.SIMPLIFIED_CHINESE);
        h.signIn(TestStores.CASHIER_CODE, TestStores.CASHIER_PIN);
        h.waitUntil(() -> h.listSize("#ticketLines") == 3);

        assertThat(h.text("#ticketTotal")).isEqualTo("¥13.80");
        assertThat(h.text("#ticketPaid")).isEqualTo("¥10.00");
        assertThat(h.text("#ticketDue")).isEqualTo("¥3.80");
        assertThat(h.visible("#paymentBanner")).isTrue();
        h.keys(KeyCode.F12);
        h.waitUntil(() -> h.robot.lookup("#tenderAmount").tryQuery().isPresent());
        assertThat(h.text("#amountDue")).isEqualTo("¥3.80");
        h.keys(KeyCode.F1);
        h.waitUntil(() -> h.sales() == 1);

        var dsl = h.till.store.dsl();
        assertThat(dsl.fetchOne(SALE).getTotalMinor()).isEqualTo(1380);
        assertThat(dsl.select(SALE_TENDER.AMOUNT_MINOR).from(SALE_TENDER).fetch(SALE_TENDER.AMOUNT_MINOR))
                .containsExactlyInAnyOrder(1000L, 380L);
    }
}
