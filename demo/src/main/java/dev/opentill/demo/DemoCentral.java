package dev.opentill.demo;

import dev.opentill.central.CentralConfig;
import dev.opentill.central.CentralPlatform;
import dev.opentill.migrations.TillStore;
import dev.opentill.sync.Enrollment;
import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;

/**
 * Demo mode's central platform: the reference centre on an embedded H2 database under the data
 * folder, serving on a loopback port inside the till process. On first start it creates the demo
 * store and terminal and enrolls the till with a one-time code, as a technician would.
 */
public final class DemoCentral implements AutoCloseable {
    /** The centre's folder inside the till's data folder. */
    static final String FOLDER = "central";
    private final CentralPlatform central;

    private DemoCentral(CentralPlatform central) {
        this.central = central;
    }

    /** Starts the centre and makes sure {@code till} is enrolled with it and points at its URL. */
    public static DemoCentral start(Path dataDir, TillStore till, String storeCode, String storeName,
            String terminalCode) {
        CentralPlatform central = CentralPlatform.start(
                CentralConfig.embedded(dataDir.resolve(FOLDER), 0, UUID.randomUUID().toString()));
        try {
            var admin = central.admin();
            var terminal = admin.status(0).stream()
                    .filter(t -> t.storeCode().equals(storeCode) && t.terminalCode().equals(terminalCode)).findFirst();
            if (terminal.isPresent() && terminal.get().enrolled() && !terminal.get().revoked()
                    && Enrollment.isEnrolled(till.dsl())) {
                // The demo centre listens on a new port each start; point the till at it.
                Enrollment.repoint(till.dsl(), central.url());
            } else {
                if (terminal.isEmpty()) {
                    try {
                        admin.storeId(storeCode);
                    } catch (RuntimeException unknownStore) {
                        admin.createStore(storeCode, storeName);
                    }
                    admin.createTerminal(storeCode, terminalCode);
                }
                String code = admin.enrollmentCode(storeCode, terminalCode, Duration.ofMinutes(10)).code();
                Enrollment.enroll(till.dsl(), central.url(), code, "demo-till");
            }
            return new DemoCentral(central);
        } catch (RuntimeException e) {
            central.close();
            throw e;
        }
    }

    public String url() {
        return central.url();
    }

    @Override
    public void close() {
        central.close();
    }
}
