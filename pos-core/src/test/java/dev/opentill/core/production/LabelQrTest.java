package dev.opentill.core.production;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class LabelQrTest {
    @Test
    void aLabelsTextReadsBackAsTheSameOrder() {
        LabelQr qr = new LabelQr("S001", "T2", "T2-000123");

        assertThat(qr.text()).isEqualTo("OTL1:S001:T2:T2-000123");
        assertThat(LabelQr.parse(qr.text())).contains(qr);
    }

    @Test
    void textThatIsNoLabelIsNotReadAsOne() {
        assertThat(LabelQr.parse("6901234567892")).isEmpty();
        assertThat(LabelQr.parse("OTL1:S001:T2")).isEmpty();
        assertThat(LabelQr.parse("OTL1:S001:T2:R1:extra")).isEmpty();
        assertThat(LabelQr.parse("OTL1::T2:R1")).isEmpty();
        assertThat(LabelQr.parse("OTL1:S:T:" + "9".repeat(300))).isEmpty();
        assertThat(LabelQr.parse(null)).isEmpty();
    }

    @Test
    void aPartHoldingAColonIsRefused() {
        assertThatThrownBy(() -> new LabelQr("S:1", "T2", "R1")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void ordersMoveForwardOnlyAndStopUntilCollected() {
        assertThat(ProductionStatus.MAKING.mayBecome(ProductionStatus.READY)).isTrue();
        assertThat(ProductionStatus.READY.mayBecome(ProductionStatus.COLLECTED)).isTrue();
        assertThat(ProductionStatus.MAKING.mayBecome(ProductionStatus.CANCELLED)).isTrue();
        assertThat(ProductionStatus.READY.mayBecome(ProductionStatus.MAKING)).isFalse();
        assertThat(ProductionStatus.MAKING.mayBecome(ProductionStatus.COLLECTED)).isFalse();
        assertThat(ProductionStatus.COLLECTED.mayBecome(ProductionStatus.CANCELLED)).isFalse();
    }
}
