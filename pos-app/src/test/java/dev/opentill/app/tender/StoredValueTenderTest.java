package dev.opentill.app.tender;

import static dev.opentill.app.testing.TestStores.COLA;
import static dev.opentill.store.jooq.Tables.SALE_TENDER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.opentill.app.TillServices;
import dev.opentill.app.testing.TillFixture;
import dev.opentill.core.money.Money;
import dev.opentill.core.sale.SaleError;
import dev.opentill.core.sale.SaleException;
import dev.opentill.core.tender.Tender;
import dev.opentill.core.tender.TenderType;
import dev.opentill.migrations.TillStore;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Stored-value tenders at the till: held under the tender's id, captured after the sale is stored, released when taken off. */
class StoredValueTenderTest {
    @TempDir
    Path dir;
    TillStore store;
    TillServices till;
    final Recording gate = new Recording();

    /** The centre as the tender service sees it, recording each call; refuses when told to. */
    static final class Recording implements StoredValueGate {
        final List<String> calls = new ArrayList<>();
        String refuse;

        @Override
        public void authorise(UUID tenderId, String cardNo, Money amount) {
            if (refuse != null) {
                throw new SaleException(SaleError.STORED_VALUE_REFUSED, "refused", refuse, "50.00");
            }
            calls.add("hold " + tenderId + " " + cardNo + " " + amount.minor());
        }

        @Override
        public void capture(UUID tenderId) {
            calls.add("capture " + tenderId);
        }

        @Override
        public void release(UUID tenderId) {
            calls.add("release " + tenderId);
        }
    }

    @BeforeEach
    void open() {
        store = TillFixture.newStore(dir);
        till = TillFixture.open(store);
        till.tender().setStoredValue(gate);
    }

    @AfterEach
    void close() {
        store.close();
    }

    private static Money yuan(String s) {
        return Money.parse(s, Money.CNY);
    }

    @Test
    void aCardPaysPartOfASaleHeldUnderItsTenderIdAndIsCapturedOnceTheSaleIsStored() {
        till.selling().scan(COLA);
        Tender card = till.tender().addTender(TenderType.STORED_VALUE, yuan("2.00"), "SV-1001").tenders().get(0);
        till.tender().addTender(TenderType.CASH, yuan("1.50"), null);

        UUID sale = till.tender().complete().saleId();

        assertThat(gate.calls).containsExactly("hold " + card.id() + " SV-1001 200", "capture " + card.id());
        assertThat(store.dsl().selectFrom(SALE_TENDER).where(SALE_TENDER.SALE_ID.eq(sale))
                .orderBy(SALE_TENDER.TENDER_NO).fetch(r -> r.getTenderType() + " " + r.getAmountMinor() + " "
                        + r.getReference()))
                .containsExactly("STORED_VALUE 200 SV-1001", "CASH 150 null");
    }

    @Test
    void aRefusedCardLeavesTheTicketAsItWas() {
        till.selling().scan(COLA);
        gate.refuse = "OFFLINE_OVER_ALLOWANCE";

        assertThatThrownBy(() -> till.tender().addTender(TenderType.STORED_VALUE, yuan("3.50"), "SV-1001"))
                .isInstanceOfSatisfying(SaleException.class, e -> {
                    assertThat(e.error()).isEqualTo(SaleError.STORED_VALUE_REFUSED);
                    assertThat(e.args()).containsExactly("OFFLINE_OVER_ALLOWANCE", "50.00");
                });
        assertThat(till.ticket().current().tenders()).isEmpty();
    }

    @Test
    void aCardTenderTheTicketRefusesIsReleasedAtOnce() {
        till.selling().scan(COLA);

        assertThatThrownBy(() -> till.tender().addTender(TenderType.STORED_VALUE, yuan("9.00"), "SV-1001"))
                .isInstanceOfSatisfying(SaleException.class,
                        e -> assertThat(e.error()).isEqualTo(SaleError.TENDER_EXCEEDS_DUE));
        assertThat(gate.calls).hasSize(2);
        String held = gate.calls.get(0).split(" ")[1];
        assertThat(gate.calls.get(1)).isEqualTo("release " + held);
        assertThat(till.ticket().current().tenders()).isEmpty();
    }

    @Test
    void takingTheTendersOffReleasesTheCardsHold() {
        till.selling().scan(COLA);
        Tender card = till.tender().addTender(TenderType.STORED_VALUE, yuan("2.00"), "SV-1001").tenders().get(0);

        till.tender().removeTenders();

        assertThat(gate.calls).containsExactly("hold " + card.id() + " SV-1001 200", "release " + card.id());
        assertThat(till.ticket().current().tenders()).isEmpty();
    }

    @Test
    void withoutACentreACardIsRefusedNamingWhy() {
        till.tender().setStoredValue(StoredValueGate.NONE);
        till.selling().scan(COLA);

        assertThatThrownBy(() -> till.tender().addTender(TenderType.STORED_VALUE, yuan("2.00"), "SV-1001"))
                .isInstanceOfSatisfying(SaleException.class,
                        e -> assertThat(e.args()).first().isEqualTo("NOT_ENROLLED"));
        assertThat(till.ticket().current().tenders()).isEmpty();
    }
}
