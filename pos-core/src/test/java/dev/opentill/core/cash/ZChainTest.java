package dev.opentill.core.cash;

import static org.assertj.core.api.Assertions.assertThat;

import dev.opentill.core.cash.ZReport.Cash;
import dev.opentill.core.cash.ZReport.Chain;
import dev.opentill.core.cash.ZReport.Header;
import dev.opentill.core.cash.ZReport.RateTotal;
import dev.opentill.core.cash.ZReport.Sales;
import dev.opentill.core.money.Money;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.TreeMap;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ZChainTest {
    private static final byte[] KEY = "a till's own secret key, 32 byte".getBytes(StandardCharsets.UTF_8);

    static Money yuan(String s) {
        return Money.parse(s, Money.CNY);
    }

    static ZReport z(long n, String previous, String net, String reason) {
        Header h = new Header(n, "S0001", "S0001-T01", UUID.randomUUID(), LocalDate.of(2026, 12, 7),
                Instant.parse("2026-12-07T01:00:00Z"), "Li Na", Instant.parse("2026-12-07T13:00:00Z"), "Li Na",
                "Zhao Min");
        Sales s = new Sales("S0001-T01-00000001", "S0001-T01-00000042", 41, 1, yuan("1210.00"),
                new TreeMap<>(Map.of("PROMOTION", yuan("20.00"), "COUPON", yuan("5.00"))), yuan("12.00"), 2, 1,
                yuan(net), List.of(new RateTotal(1300, yuan("1000.00"), yuan("130.00"), yuan("1130.00"))),
                yuan("0.00"));
        Cash c = new Cash(yuan("200.00"), yuan("1000.00"), yuan("0.00"), yuan("50.00"), yuan("30.00"),
                List.of(TenderCount.of("CASH", yuan("400.00"), yuan("390.00"), yuan("5.00")),
                        TenderCount.of("CARD", yuan("300.00"), yuan("300.00"), yuan("5.00"))),
                reason);
        return new ZReport(h, s, c, new Chain(yuan("99999.00"), 3, 1, UUID.randomUUID(), "ab".repeat(32), previous,
                null));
    }

    private static List<ZReport> chainOf(int n) {
        List<ZReport> all = new ArrayList<>();
        String prev = ZChain.GENESIS;
        for (int i = 1; i <= n; i++) {
            ZReport z = ZChain.seal(KEY, z(i, prev, "1173.00", i == 2 ? "counted twice,\nbag\\2 short" : null));
            all.add(z);
            prev = z.chain().hash();
        }
        return all;
    }

    @Test
    void theCanonicalTextReadsBackAsTheSameReport() {
        ZReport z = chainOf(2).get(1);
        ZReport back = ZText.read(ZText.write(z), z.chain().hash());
        assertThat(back).isEqualTo(z);
        assertThat(back.cash().varianceReason()).isEqualTo("counted twice,\nbag\\2 short");
        assertThat(back.tender("CASH").variance()).isEqualTo(yuan("-10.00"));
        assertThat(back.tender("CASH").beyondLimit()).isTrue();
        assertThat(back.totalDiscounts()).isEqualTo(yuan("25.00"));
    }

    @Test
    void anUntouchedChainVerifies() {
        assertThat(ZChain.verify(KEY, 1, chainOf(4))).isEmpty();
    }

    @Test
    void aChangedFieldIsDetectedAtItsZ() {
        List<ZReport> all = chainOf(4);
        ZReport third = all.get(2);
        String text = ZText.write(third).replace("net=117300", "net=107300");
        all.set(2, ZText.read(text, third.chain().hash()));
        assertThat(ZChain.verify(KEY, 1, all)).isEqualTo(OptionalLong.of(3));
    }

    @Test
    void aRemovedOrRehashedZIsDetected() {
        List<ZReport> removed = chainOf(4);
        removed.remove(1);
        assertThat(ZChain.verify(KEY, 1, removed)).isEqualTo(OptionalLong.of(2));

        List<ZReport> rehashed = chainOf(3);
        ZReport forged = ZChain.seal("another key entirely, 32 bytes..".getBytes(StandardCharsets.UTF_8),
                z(3, rehashed.get(1).chain().hash(), "1.00", null));
        rehashed.set(2, forged);
        assertThat(ZChain.verify(KEY, 1, rehashed)).isEqualTo(OptionalLong.of(3));
    }

    @Test
    void theHashCoversThePreviousZAndTheLastSale() {
        ZReport a = z(1, ZChain.GENESIS, "1.00", null);
        ZReport otherSale = new ZReport(a.header(), a.sales(), a.cash(), new Chain(a.chain().grandTotal(),
                a.chain().notAtCentre(), a.chain().rejected(), a.chain().lastSaleId(), "cd".repeat(32),
                a.chain().previousHash(), null));
        assertThat(ZChain.hash(KEY, a)).isNotEqualTo(ZChain.hash(KEY, otherSale));
    }
}
