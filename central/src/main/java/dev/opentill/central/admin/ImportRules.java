package dev.opentill.central.admin;

import dev.opentill.central.error.CentralException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.UUID;

/** What every import shares: its chunk size, how a bad row is refused, and the store a row is for. */
final class ImportRules {
    /** Rows written per batch: a million rows stream through without sitting in memory. */
    static final int CHUNK = 2000;

    private ImportRules() {
    }

    static void require(boolean ok, String message) {
        if (!ok) {
            throw CentralException.malformed(message);
        }
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    /** The store a row is for: null (blank code) means every store; an unknown code is refused. */
    static UUID scope(Map<String, UUID> stores, String storeCode) {
        if (blankToNull(storeCode) == null) {
            return null;
        }
        UUID id = stores.get(storeCode);
        require(id != null, "unknown store " + storeCode);
        return id;
    }

    static OffsetDateTime now(Clock clock) {
        return OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
    }
}
