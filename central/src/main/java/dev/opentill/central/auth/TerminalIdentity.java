package dev.opentill.central.auth;

import java.util.UUID;

/** The terminal a request's credential belongs to; it may touch only {@code storeId}'s data. */
public record TerminalIdentity(UUID terminalId, String terminalCode, UUID storeId, String storeCode) {
}
