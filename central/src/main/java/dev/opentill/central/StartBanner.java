package dev.opentill.central;

import java.nio.file.Path;

/** What the centre prints when it has started: where tills and admins reach it, and where the owner's key is. */
final class StartBanner {
    private StartBanner() {
    }

    static String text(String url, CentralConfig config) {
        String key = config.adminToken() != null
                ? "set by OPENTILL_ADMIN_TOKEN"
                : "in " + (config.dataDir() != null ? config.dataDir() : Path.of("central-data"))
                        .resolve(OwnerKey.FILE).toAbsolutePath() + " (readable only by this user)";
        String where = "0.0.0.0".equals(config.host())
                ? " (all interfaces: put a TLS proxy in front, see the README)"
                : "127.0.0.1".equals(config.host()) ? " (this machine only: set OPENTILL_HOST to open it)" : "";
        return String.join("\n",
                "OpenTill central platform is running.",
                "  Tills enroll at:  " + url + where,
                "  Admin API:        " + url
                        + "/api/v1/admin/... with the header \"Authorization: Bearer <owner key>\"",
                "  Owner key:        " + key,
                "  Open a store:     central-admin store S0001 \"Store 1\"; central-admin terminal S0001 S0001-T01;",
                "                    central-admin enroll-code S0001 S0001-T01  (prints the code and its QR)");
    }
}
