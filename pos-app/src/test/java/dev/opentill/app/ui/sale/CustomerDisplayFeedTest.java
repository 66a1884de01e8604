package dev.opentill.app.ui.sale;

import dev.opentill.app.devices.SimulatedDevices;

import static org.assertj.core.api.Assertions.assertThat;

import dev.opentill.app.testing.TestStores;
import dev.opentill.app.testing.TillFixture;
import dev.opentill.app.ui.common.Messages;
import dev.opentill.app.ui.sale.CurrentTicket;
import dev.opentill.migrations.TillStore;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CustomerDisplayFeedTest {
    @TempDir
    Path dir;

    @Test
    void theDisplayShowsTheLastItemAndTheRunningTotalInTheCashiersLanguage() {
        try (TillStore store = TillFixture.newStore(dir)) {
            var till = TillFixture.open(store);
            var ticket = new CurrentTicket(till.ticket());
            var devices = new SimulatedDevices();
            Messages zh = new Messages(Locale.SIMPLIFIED_CHINESE);
            new CustomerDisplayFeed(ticket, devices, Locale.SIMPLIFIED_CHINESE, zh::text);

            ticket.show(ticket.capture(till.selling().scan(TestStores.COLA)));
            assertThat(devices.displayText()).isEqualTo("可口可乐 330ml ¥3.50 | 合计 ¥3.50");

            ticket.show(ticket.capture(till.selling().scan(TestStores.TEA)));
            assertThat(devices.displayText()).isEqualTo("铁观音 100g ¥12.00 | 合计 ¥15.50");
        }
    }
}
