package dev.opentill.central.http;

import dev.opentill.core.sync.SyncProtocol.Rejected;
import java.util.List;

/** An error answered to the client as an {@link dev.opentill.core.sync.SyncProtocol.ErrorBody}. */
public final class ApiException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final int status;
    private final String code;
    private final transient List<Rejected> rejected;

    public ApiException(int status, String code, String message) {
        this(status, code, message, List.of());
    }

    public ApiException(int status, String code, String message, List<Rejected> rejected) {
        super(message);
        this.status = status;
        this.code = code;
        this.rejected = List.copyOf(rejected);
    }

    public int status() {
        return status;
    }

    public String code() {
        return code;
    }

    public List<Rejected> rejected() {
        return rejected;
    }
}
