package dev.opentill.sync;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * Why the last sync attempt failed, as the till shows it. The text comes from the
 * {@code dev.opentill.sync.messages} bundle (English and Simplified Chinese).
 */
public record SyncError(Kind kind, String detail) {
    public enum Kind {
        /** The till has no sync.url or sync.credential yet. */
        NOT_ENROLLED,
        /** No connection to the URL (down, offline, DNS, timeout). */
        UNREACHABLE,
        /** The connection broke during an answer (cut, truncated, unreadable): it is retried. */
        INTERRUPTED,
        /** A request has waited longer than expected for its answer; the link is unsure. */
        SLOW,
        /** Something answered at the URL, but not an OpenTill central platform (decided by its ping). */
        WRONG_URL,
        /** The centre refused the credential: revoked, replaced or unknown. */
        CREDENTIAL_REFUSED,
        /** The centre refused access to data of another store. */
        FORBIDDEN,
        /** The centre refused some events as malformed; they wait for a manager. */
        EVENTS_REJECTED,
        /** The centre failed while handling the request. */
        SERVER_ERROR,
        /** The till's clock differs from the centre's by more than the configured limit. */
        CLOCK_SKEW,
        /** An enrollment code was refused. */
        ENROLLMENT_REFUSED,
        /** The URL is plain http to another machine, and the store has not allowed that. */
        PLAIN_HTTP
    }

    public static final String BUNDLE = "dev.opentill.sync.messages";

    /** The message for the till's UI in the given locale. */
    public String message(Locale locale) {
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, locale);
        return new MessageFormat(bundle.getString("sync.error." + kind.name()), locale)
                .format(new Object[]{detail == null ? "" : detail});
    }

    @Override
    public String toString() {
        return kind + ": " + message(Locale.ENGLISH);
    }
}
