package dev.opentill.central.auth;

import static dev.opentill.central.jooq.Tables.ENROLLMENT_CODE;
import static dev.opentill.central.jooq.Tables.STORE;
import static dev.opentill.central.jooq.Tables.TERMINAL;

import dev.opentill.central.error.CentralException;
import dev.opentill.core.sync.SyncProtocol.EnrollResponse;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.UUID;
import org.jooq.DSLContext;

/**
 * Terminal credentials: one-time enrollment codes, credential issue, and per-request checks.
 * A credential is {@code <terminal id>.<256 random bits>}; the centre stores only its PBKDF2 hash.
 * A verified credential is remembered per instance against the stored hash, so revoking or
 * re-enrolling (which changes or clears the hash) takes effect on the next request.
 */
public final class TerminalAuth {
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String CODE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    private final DSLContext dsl;
    private final Clock clock;
    private final IdSecrets secrets = new IdSecrets();

    public TerminalAuth(DSLContext dsl, Clock clock) {
        this.dsl = dsl;
        this.clock = clock;
    }

    /** Makes a one-time code (shown once, stored hashed) that enrolls the given terminal. */
    public String issueEnrollmentCode(UUID terminalId, Duration validity) {
        StringBuilder code = new StringBuilder();
        for (int i = 0; i < 12; i++) {
            if (i > 0 && i % 4 == 0) {
                code.append('-');
            }
            code.append(CODE_ALPHABET.charAt(RANDOM.nextInt(CODE_ALPHABET.length())));
        }
        dsl.insertInto(ENROLLMENT_CODE).set(ENROLLMENT_CODE.CODE_HASH, codeHash(code.toString()))
                .set(ENROLLMENT_CODE.TERMINAL_ID, terminalId).set(ENROLLMENT_CODE.EXPIRES_AT, now().plus(validity))
                .execute();
        return code.toString();
    }

    /** Exchanges an unused, unexpired code for a new credential; the code cannot be used again. */
    public EnrollResponse enroll(String code) {
        if (code == null || code.isBlank()) {
            throw CentralException.malformed("An enrollment code is required");
        }
        String hash = codeHash(code);
        return dsl.transactionResult(cfg -> {
            DSLContext tx = cfg.dsl();
            var row = tx.selectFrom(ENROLLMENT_CODE).where(ENROLLMENT_CODE.CODE_HASH.eq(hash)).forUpdate()
                    .fetchOptional().orElseThrow(() -> unknownCode());
            if (row.getUsedAt() != null || row.getExpiresAt().isBefore(now())) {
                throw unknownCode();
            }
            String credential = IdSecrets.issue(row.getTerminalId());
            tx.update(ENROLLMENT_CODE).set(ENROLLMENT_CODE.USED_AT, now())
                    .where(ENROLLMENT_CODE.CODE_HASH.eq(hash)).execute();
            tx.update(TERMINAL).set(TERMINAL.CREDENTIAL_HASH, IdSecrets.hash(credential))
                    .set(TERMINAL.ENROLLED_AT, now()).setNull(TERMINAL.REVOKED_AT)
                    .where(TERMINAL.ID.eq(row.getTerminalId())).execute();
            var t = tx.select(TERMINAL.CODE, STORE.CODE).from(TERMINAL).join(STORE).on(STORE.ID.eq(TERMINAL.STORE_ID))
                    .where(TERMINAL.ID.eq(row.getTerminalId())).fetchSingle();
            return new EnrollResponse(t.value2(), t.value1(), credential, clock.instant());
        });
    }

    public void revoke(UUID terminalId) {
        dsl.update(TERMINAL).set(TERMINAL.REVOKED_AT, now()).setNull(TERMINAL.CREDENTIAL_HASH)
                .where(TERMINAL.ID.eq(terminalId)).execute();
    }

    /**
     * The terminal behind an {@code Authorization: Bearer} header, or 401. An unknown or revoked
     * terminal id costs a full hash check too, so response time does not tell which ids exist.
     */
    public TerminalIdentity authenticate(String authorization) {
        String credential = IdSecrets.bearer(authorization);
        UUID terminalId = IdSecrets.idOf(credential);
        var row = terminalId == null
                ? null
                : dsl.select(TERMINAL.CODE, TERMINAL.STORE_ID, STORE.CODE,
                        TERMINAL.CREDENTIAL_HASH, TERMINAL.REVOKED_AT).from(TERMINAL).join(STORE)
                        .on(STORE.ID.eq(TERMINAL.STORE_ID))
                        .where(TERMINAL.ID.eq(terminalId)).fetchOne();
        if (row == null || row.value4() == null || row.value5() != null) {
            IdSecrets.decoy(credential);
            throw unauthorized();
        }
        if (!secrets.matches(credential, row.value4())) {
            throw unauthorized();
        }
        return new TerminalIdentity(terminalId, row.value1(), row.value2(), row.value3());
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
    }

    private static CentralException unauthorized() {
        return CentralException.unauthorized("Unknown or revoked terminal credential");
    }

    private static CentralException unknownCode() {
        return CentralException.unauthorized("Unknown, used or expired enrollment code");
    }

    static String codeHash(String code) {
        return IdSecrets.sha256(code.replace("-", "").replace(" ", "").toUpperCase(Locale.ROOT));
    }
}
