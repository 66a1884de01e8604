package dev.opentill.central.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.opentill.central.error.CentralException;
import dev.opentill.core.sync.SyncProtocol.ErrorBody;
import dev.opentill.core.sync.SyncProtocol.Rejected;
import io.javalin.Javalin;
import io.javalin.http.Context;
import java.util.List;
import java.util.UUID;
import org.jooq.exception.DataAccessException;
import org.jooq.exception.IntegrityConstraintViolationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one place where refusals become HTTP status codes and {@link ErrorBody} answers. An answer
 * carries a stable code and a short message, never SQL or a stack trace: the details go to the
 * centre's log, under an incident id the answer names. Answers are bounded in size whatever the
 * request held.
 */
public final class ErrorAnswers {
    private static final Logger LOG = LoggerFactory.getLogger(ErrorAnswers.class);
    /** Longest message in an answer; longer ones (a row quoting a huge cell, say) are cut. */
    static final int MAX_MESSAGE = 500;
    /** Most refused events named in one answer. */
    static final int MAX_REJECTED = 100;

    private ErrorAnswers() {
    }

    public static void install(Javalin app) {
        app.exception(CentralException.class, (e, ctx) -> answer(ctx, status(e.reason()),
                e.code() != null ? e.code() : code(e.reason()),
                e.getMessage(), e.rejected()));
        // A unique key hit by an import (a scale PLU or SKU used twice, say) is the caller's conflict.
        app.exception(IntegrityConstraintViolationException.class, (e, ctx) -> answer(ctx, 409, ErrorBody.CONFLICT,
                "Conflicts with data already stored (a key used twice); incident " + logged(ctx, e), List.of()));
        app.exception(Exception.class, (e, ctx) -> {
            BodyLimit.TooLarge tooLarge = cause(e, BodyLimit.TooLarge.class);
            JsonProcessingException unreadable = cause(e, JsonProcessingException.class);
            if (tooLarge != null) {
                answer(ctx, 413, ErrorBody.TOO_LARGE, tooLarge.getMessage(), List.of());
            } else if (unreadable != null) {
                answer(ctx, 400, ErrorBody.MALFORMED, "Unreadable JSON: " + unreadable.getOriginalMessage(), List.of());
            } else if (e instanceof DataAccessException d && d.sqlState() != null && d.sqlState().startsWith("22")) {
                answer(ctx, 400, ErrorBody.MALFORMED, "A value is too long or out of range for the centre; incident "
                        + logged(ctx, e), List.of());
            } else {
                answer(ctx, 500, ErrorBody.INTERNAL, "Internal error; the centre's log has the details under incident "
                        + logged(ctx, e), List.of());
            }
        });
        // Unknown paths (and methods) answer the documented JSON error, not Jetty's plain text.
        app.error(404, ctx -> {
            if (!"application/json".equals(ctx.res().getContentType())) {
                answer(ctx, 404, ErrorBody.NOT_FOUND, "No such endpoint: " + ctx.method() + " " + ctx.path(),
                        List.of());
            }
        });
        app.error(405, ctx -> answer(ctx, 405, ErrorBody.NOT_FOUND, "No such endpoint: " + ctx.method() + " "
                + ctx.path(), List.of()));
    }

    private static void answer(Context ctx, int status, String code, String message, List<Rejected> rejected) {
        List<Rejected> named = rejected.size() <= MAX_REJECTED ? rejected : rejected.subList(0, MAX_REJECTED);
        ctx.status(status).json(new ErrorBody(code, cut(message), named.stream()
                .map(r -> new Rejected(r.seq(), r.eventId(), cut(r.reason()))).toList()));
    }

    /** Logs the failure with a fresh incident id and returns the id, for the answer to name. */
    private static String logged(Context ctx, Exception e) {
        String incident = UUID.randomUUID().toString();
        LOG.warn("Request {} {} failed (incident {})", ctx.method(), ctx.path(), incident, e);
        return incident;
    }

    static String cut(String s) {
        return s == null || s.length() <= MAX_MESSAGE ? s : s.substring(0, MAX_MESSAGE) + "…";
    }

    private static <T extends Throwable> T cause(Throwable e, Class<T> type) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }

    static int status(CentralException.Reason reason) {
        return switch (reason) {
            case MALFORMED -> 400;
            case UNAUTHORIZED -> 401;
            case FORBIDDEN -> 403;
            case NOT_FOUND -> 404;
            case CONFLICT -> 409;
            case THROTTLED -> 429;
        };
    }

    static String code(CentralException.Reason reason) {
        return switch (reason) {
            case MALFORMED -> ErrorBody.MALFORMED;
            case UNAUTHORIZED -> ErrorBody.UNAUTHORIZED;
            case FORBIDDEN -> ErrorBody.FORBIDDEN;
            case NOT_FOUND -> ErrorBody.NOT_FOUND;
            case CONFLICT -> ErrorBody.CONFLICT;
            case THROTTLED -> ErrorBody.THROTTLED;
        };
    }
}
