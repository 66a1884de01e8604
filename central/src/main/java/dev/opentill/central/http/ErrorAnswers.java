package dev.opentill.central.http;

import dev.opentill.central.error.CentralException;
import dev.opentill.core.sync.SyncProtocol.ErrorBody;
import io.javalin.Javalin;
import java.util.List;
import org.jooq.exception.IntegrityConstraintViolationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The one place where refusals become HTTP status codes and {@link ErrorBody} answers. */
public final class ErrorAnswers {
    private static final Logger LOG = LoggerFactory.getLogger(ErrorAnswers.class);

    private ErrorAnswers() {
    }

    public static void install(Javalin app) {
        app.exception(CentralException.class, (e, ctx) -> ctx.status(status(e.reason()))
                .json(new ErrorBody(code(e.reason()), e.getMessage(), e.rejected())));
        // A unique key hit by an import (a scale PLU or SKU used twice, say) is the caller's conflict.
        app.exception(IntegrityConstraintViolationException.class, (e, ctx) -> ctx.status(409)
                .json(new ErrorBody(ErrorBody.CONFLICT, "Conflicts with stored data: " + e.getMessage(), List.of())));
        app.exception(Exception.class, (e, ctx) -> {
            LOG.warn("Request {} {} failed", ctx.method(), ctx.path(), e);
            ctx.status(500).json(new ErrorBody(ErrorBody.INTERNAL, "Internal error: " + e.getMessage(), List.of()));
        });
        app.error(404, ctx -> {
            if (ctx.result() == null) {
                ctx.json(new ErrorBody(ErrorBody.NOT_FOUND, "No such endpoint: " + ctx.path(), List.of()));
            }
        });
    }

    static int status(CentralException.Reason reason) {
        return switch (reason) {
            case MALFORMED -> 400;
            case UNAUTHORIZED -> 401;
            case FORBIDDEN -> 403;
            case NOT_FOUND -> 404;
            case CONFLICT -> 409;
        };
    }

    static String code(CentralException.Reason reason) {
        return switch (reason) {
            case MALFORMED -> ErrorBody.MALFORMED;
            case UNAUTHORIZED -> ErrorBody.UNAUTHORIZED;
            case FORBIDDEN -> ErrorBody.FORBIDDEN;
            case NOT_FOUND -> ErrorBody.NOT_FOUND;
            case CONFLICT -> ErrorBody.CONFLICT;
        };
    }
}
