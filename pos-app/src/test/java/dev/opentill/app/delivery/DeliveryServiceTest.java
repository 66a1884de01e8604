package dev.opentill.app.delivery;

import static dev.opentill.store.jooq.Tables.AUDIT_LOG;
import static dev.opentill.store.jooq.Tables.DELIVERY_ORDER;
import static dev.opentill.store.jooq.Tables.OUTBOX;
import static dev.opentill.store.jooq.Tables.STORE_SETTING;
import static org.assertj.core.api.Assertions.assertThat;

import dev.opentill.app.TillServices;
import dev.opentill.app.store.AuditAction;
import dev.opentill.app.store.DeliveryRepository;
import dev.opentill.app.testing.SaleErrors;
import dev.opentill.app.testing.TillFixture;
import dev.opentill.core.delivery.DeliveryOrder;
import dev.opentill.core.delivery.DeliveryStatus;
import dev.opentill.core.production.ProductionOrder;
import dev.opentill.core.production.ProductionStatus;
import dev.opentill.core.sale.SaleError;
import dev.opentill.core.sync.DeliveryStatusEvent;
import dev.opentill.migrations.TillStore;
import dev.opentill.sync.SyncJson;
import java.nio.file.Path;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Delivery orders the feed brought, decided at the real till: queued, labelled, audited, told to the centre once. */
class DeliveryServiceTest {
    @TempDir
    Path dir;
    TillStore store;
    TillServices till;

    @BeforeEach
    void open() {
        store = TillFixture.newStore(dir);
        till = TillFixture.open(store);
    }

    @AfterEach
    void close() {
        store.close();
    }

    /** What the feed applier stores for a new order. */
    private UUID arrived(String serial) throws Exception {
        UUID id = UUID.randomUUID();
        DeliveryOrder o = new DeliveryOrder(id, till.config().storeCode(), "meituan", "MT-10042" + serial, serial,
                List.of(new DeliveryOrder.Item("TEA", 2, 1200, List.of(new DeliveryOrder.Choice("SUGAR", "HALF")))),
                "less ice", null, 2800, 100, 300, DeliveryStatus.NEW, null, Instant.now());
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        store.dsl().insertInto(DELIVERY_ORDER).set(DELIVERY_ORDER.ID, id).set(DELIVERY_ORDER.SOURCE, "meituan")
                .set(DELIVERY_ORDER.PLATFORM_ORDER_ID, o.platformOrderId()).set(DELIVERY_ORDER.PLATFORM_SERIAL, serial)
                .set(DELIVERY_ORDER.ORDER_JSON, SyncJson.mapper().writeValueAsString(o))
                .set(DELIVERY_ORDER.STATUS, "NEW").set(DELIVERY_ORDER.RECEIVED_AT, now)
                .set(DELIVERY_ORDER.UPDATED_AT, now).execute();
        return id;
    }

    private List<DeliveryStatusEvent> sent() {
        List<DeliveryStatusEvent> out = new ArrayList<>();
        for (String p : store.dsl().select(OUTBOX.PAYLOAD).from(OUTBOX)
                .where(OUTBOX.EVENT_TYPE.eq(DeliveryStatusEvent.TYPE)).orderBy(OUTBOX.SEQ).fetch(OUTBOX.PAYLOAD)) {
            try {
                out.add(SyncJson.mapper().readValue(p, DeliveryStatusEvent.class));
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
        return out;
    }

    @Test
    void acceptingQueuesTheOrderWithThePlatformSerialPrintsItsLabelsAndTellsTheCentreOnce() throws Exception {
        UUID id = arrived("17");
        List<UUID> labelled = new ArrayList<>();
        till.delivery().labels((order, queued) -> labelled.add(queued.id()));
        assertThat(till.delivery().waiting()).extracting(DeliveryOrder::id).containsExactly(id);

        DeliveryOrder accepted = till.delivery().accept(id);

        assertThat(accepted.status()).isEqualTo(DeliveryStatus.ACCEPTED);
        assertThat(till.delivery().waiting()).isEmpty();
        assertThat(till.production().open()).singleElement().satisfies(o -> {
            assertThat(o.platformSerial()).isEqualTo("17");
            assertThat(o.channel()).isEqualTo(ProductionOrder.Channel.DELIVERY);
            assertThat(o.cups()).isEqualTo(2);
        });
        assertThat(labelled).containsExactly(id);
        assertThat(sent()).extracting(DeliveryStatusEvent::status).containsExactly(DeliveryStatus.ACCEPTED);
        assertThat(store.dsl().fetchCount(AUDIT_LOG, AUDIT_LOG.ACTION.eq(AuditAction.DELIVERY_ACCEPTED.name())))
                .isEqualTo(1);
        assertThat(SaleErrors.errorOf(() -> till.delivery().accept(id))).as("accepted once")
                .isEqualTo(SaleError.ORDER_STATE);
        assertThat(sent()).hasSize(1);
    }

    @Test
    void readyAndCollectedAtTheBarAreToldToThePlatformAsReadyAndHandedOver() throws Exception {
        UUID id = arrived("18");
        till.delivery().accept(id);

        till.production().ready(id);
        till.production().collected(id);

        assertThat(sent()).extracting(DeliveryStatusEvent::status).containsExactly(DeliveryStatus.ACCEPTED,
                DeliveryStatus.READY, DeliveryStatus.HANDED_OVER);
        assertThat(till.production().open()).isEmpty();
    }

    @Test
    void aRejectionNeedsAReasonAndWithoutOneNothingChanges() throws Exception {
        UUID id = arrived("19");

        assertThat(SaleErrors.errorOf(() -> till.delivery().reject(id, "  "))).isEqualTo(SaleError.REASON_REQUIRED);
        assertThat(sent()).isEmpty();

        till.delivery().reject(id, "out of mango");

        assertThat(sent()).singleElement().satisfies(e -> {
            assertThat(e.status()).isEqualTo(DeliveryStatus.REJECTED);
            assertThat(e.reason()).isEqualTo("out of mango");
        });
        assertThat(till.production().open()).isEmpty();
    }

    @Test
    void withAutoAcceptTheStoreTakesWaitingOrdersWithoutACashier() throws Exception {
        arrived("20");
        arrived("21");
        assertThat(till.delivery().acceptWaitingIfAutomatic()).as("off by default").isZero();
        store.dsl().insertInto(STORE_SETTING).set(STORE_SETTING.SETTING_KEY, DeliveryRepository.AUTO_ACCEPT)
                .set(STORE_SETTING.SETTING_VALUE, "true").execute();

        assertThat(till.delivery().acceptWaitingIfAutomatic()).isEqualTo(2);

        assertThat(till.production().open()).extracting(ProductionOrder::platformSerial)
                .containsExactlyInAnyOrder("20", "21");
        assertThat(till.production().open()).allMatch(o -> o.status() == ProductionStatus.MAKING);
    }
}
