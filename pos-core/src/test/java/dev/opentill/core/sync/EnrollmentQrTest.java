package dev.opentill.core.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class EnrollmentQrTest {
    @Test
    void thePayloadCarriesTheUrlAndCodeAndReadsBack() {
        EnrollmentQr qr = new EnrollmentQr("https://central.example.com:8443/chain?a=1&b=2", "ABCD-EFGH-JKLM");

        assertThat(qr.payload()).startsWith("opentill:enroll?url=https%3A%2F%2F");
        assertThat(EnrollmentQr.parse(qr.payload())).isEqualTo(qr);
    }

    @Test
    void otherBarcodesAndTamperedPayloadsAreRefused() {
        assertThatThrownBy(() -> EnrollmentQr.parse("6901234567892")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> EnrollmentQr.parse("opentill:enroll?url=ftp%3A%2F%2Fx&code=A"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> EnrollmentQr.parse("opentill:enroll?url=http%3A%2F%2Fx&code=A&code=B"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> EnrollmentQr.parse("opentill:enroll?url=http%3A%2F%2Fx"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
