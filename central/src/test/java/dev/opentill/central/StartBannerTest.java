package dev.opentill.central;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StartBannerTest {
    @Test
    void theBannerSaysWhereTillsEnrollAndWhereTheOwnerKeyIsWithoutPrintingIt() {
        CentralConfig keyFile = CentralMain.fromEnvironment(Map.of("OPENTILL_DATA", "/srv/central"));
        CentralConfig token = CentralMain.fromEnvironment(Map.of("OPENTILL_ADMIN_TOKEN", "s3cret-token",
                "OPENTILL_HOST", "0.0.0.0"));

        assertThat(StartBanner.text("http://127.0.0.1:8080", keyFile))
                .contains("Tills enroll at:  http://127.0.0.1:8080")
                .contains(Path.of("/srv/central/owner-key").toString()).contains("this machine only");
        assertThat(StartBanner.text("http://127.0.0.1:8080", token)).contains("set by OPENTILL_ADMIN_TOKEN")
                .doesNotContain("s3cret-token").contains("all interfaces");
    }
}
