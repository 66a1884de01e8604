package dev.opentill.app.store;

import static dev.opentill.store.jooq.Tables.DEVICE_CONFIG;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.opentill.core.device.DeviceSetting;
import dev.opentill.core.device.DeviceSetting.Kind;
import dev.opentill.migrations.TillStore;
import java.nio.file.Path;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DeviceConfigRepositoryTest {
    @TempDir
    Path dir;

    private final DeviceSetting printer = new DeviceSetting(Kind.RECEIPT_PRINTER,
            "serial:/dev/ttyUSB0?baud=38400&mode=8N1&flow=rtscts", "epson-tm-t88v", "PC858", null);
    private final DeviceSetting drawer = new DeviceSetting(Kind.DRAWER, DeviceSetting.VIA_PRINTER, null, null, 5);
    private final DeviceSetting scanner = DeviceSetting.of(Kind.SCANNER, DeviceSetting.KEYBOARD, null);

    @Test
    void devicesSavedAreReadBackAfterTheStoreIsReopened() {
        try (TillStore store = TillStore.open(dir.resolve("till"))) {
            new DeviceConfigRepository(store, Clock.systemUTC()).save(List.of(scanner, printer, drawer));
        }
        try (TillStore store = TillStore.open(dir.resolve("till"))) {
            assertThat(new DeviceConfigRepository(store, Clock.systemUTC()).all())
                    .containsExactly(printer, drawer, scanner);
        }
    }

    @Test
    void savingAKindAgainReplacesItAndRemoveTakesItAway() {
        try (TillStore store = TillStore.open(dir.resolve("till"))) {
            DeviceConfigRepository repo = new DeviceConfigRepository(store, Clock.systemUTC());
            repo.save(List.of(printer, scanner));
            DeviceSetting tcp = DeviceSetting.of(Kind.RECEIPT_PRINTER, "tcp:192.168.1.50:9100", "xprinter-80");
            repo.save(List.of(tcp));

            assertThat(repo.find(Kind.RECEIPT_PRINTER)).contains(tcp);
            assertThat(repo.remove(Kind.SCANNER)).isTrue();
            assertThat(repo.remove(Kind.SCANNER)).isFalse();
            assertThat(repo.all()).containsExactly(tcp);
        }
    }

    @Test
    void aRowOfAKindThisVersionDoesNotKnowIsSkippedNotFatal() {
        try (TillStore store = TillStore.open(dir.resolve("till"))) {
            store.dsl().insertInto(DEVICE_CONFIG).set(DEVICE_CONFIG.KIND, "hologram")
                    .set(DEVICE_CONFIG.CONNECTION, "sim").set(DEVICE_CONFIG.UPDATED_AT, OffsetDateTime.now())
                    .execute();
            DeviceConfigRepository repo = new DeviceConfigRepository(store, Clock.systemUTC());
            repo.save(List.of(printer));

            assertThat(repo.all()).containsExactly(printer);
        }
    }

    @Test
    void aLabelPrinterSlotIsStoredForLater() {
        try (TillStore store = TillStore.open(dir.resolve("till"))) {
            DeviceConfigRepository repo = new DeviceConfigRepository(store, Clock.systemUTC());
            DeviceSetting label = DeviceSetting.of(Kind.LABEL_PRINTER, "tcp:10.0.0.9:9100", "tspl-40x30");
            repo.save(List.of(label));

            assertThat(repo.find(Kind.LABEL_PRINTER)).contains(label);
        }
    }

    @Test
    void aSettingWithoutAConnectionCannotBeMade() {
        assertThatThrownBy(() -> DeviceSetting.of(Kind.SCALE, " ", "NCI"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("scale needs a connection");
    }
}
