package dev.opentill.core.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class PinHasherTest {
    private final PinHasher hasher = new PinHasher(1000);

    @Test
    void verifiesTheRightPin() {
        assertThat(PinHasher.verify("4711", hasher.hash("4711"))).isTrue();
    }

    @Test
    void refusesAWrongPin() {
        String stored = hasher.hash("4711");
        assertThat(PinHasher.verify("4712", stored)).isFalse();
        assertThat(PinHasher.verify("47110", stored)).isFalse();
        assertThat(PinHasher.verify(null, stored)).isFalse();
    }

    @Test
    void twoHashesOfOnePinDiffer() {
        String first = hasher.hash("4711");
        String second = hasher.hash("4711");
        assertThat(first).isNotEqualTo(second);
        assertThat(PinHasher.verify("4711", first)).isTrue();
        assertThat(PinHasher.verify("4711", second)).isTrue();
    }

    @Test
    void storesTheAlgorithmAndCostWithTheHash() {
        assertThat(hasher.hash("4711")).startsWith("pbkdf2-sha256$1000$").doesNotContain("4711$");
    }

    @Test
    void verifiesHashesMadeAtAnotherCost() {
        String older = new PinHasher(1000).hash("2580");
        String newer = new PinHasher(2000).hash("2580");
        assertThat(PinHasher.verify("2580", older)).isTrue();
        assertThat(PinHasher.verify("2580", newer)).isTrue();
    }

    @Test
    void aTamperedHashNoLongerVerifies() {
        String stored = hasher.hash("4711");
        String[] parts = stored.split("\\$");
        char first = parts[3].charAt(0);
        parts[3] = (first == 'A' ? 'B' : 'A') + parts[3].substring(1);
        assertThat(PinHasher.verify("4711", String.join("$", parts))).isFalse();
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {
            "4711",
            "pbkdf2-sha256$1000$c2FsdHNhbHRzYWx0c2FsdA",
            "pbkdf2-sha1$1000$c2FsdHNhbHRzYWx0c2FsdA$aGFzaA",
            "pbkdf2-sha256$many$c2FsdHNhbHRzYWx0c2FsdA$aGFzaA",
            "pbkdf2-sha256$0$c2FsdHNhbHRzYWx0c2FsdA$aGFzaA",
            "pbkdf2-sha256$-5$c2FsdHNhbHRzYWx0c2FsdA$aGFzaA",
            "pbkdf2-sha256$1000$$aGFzaA",
            "pbkdf2-sha256$1000$!!not base64!!$aGFzaA",
            "pbkdf2-sha256$1000$c2FsdHNhbHRzYWx0c2FsdA$%%%",
            "pbkdf2-sha256$1000$c2FsdHNhbHRzYWx0c2FsdA$aGFzaA$extra",
    })
    void malformedStoredValuesDoNotVerify(String stored) {
        assertThat(PinHasher.verify("4711", stored)).isFalse();
    }

    @Test
    void refusesTooFewIterations() {
        assertThatThrownBy(() -> new PinHasher(999)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aHashFromAPeerIsWellFormedOnlyWithSaneCostSaltAndLength() {
        assertThat(PinHasher.wellFormed(hasher.hash("4711"))).isTrue();
        assertThat(PinHasher.wellFormed("4711")).isFalse();
        assertThat(PinHasher.wellFormed(hasher.hash("4711").replace("$1000$", "$2000000000$"))).isFalse();
        assertThat(PinHasher.wellFormed("pbkdf2-sha256$1000$AAAA$AAAA")).isFalse();
        assertThat(PinHasher.wellFormed(null)).isFalse();
    }
}
