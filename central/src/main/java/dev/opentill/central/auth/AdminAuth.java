package dev.opentill.central.auth;

import static dev.opentill.central.jooq.Tables.ADMIN_AUDIT;
import static dev.opentill.central.jooq.Tables.ADMIN_KEY;

import dev.opentill.central.error.CentralException;
import dev.opentill.core.id.UuidV7;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jooq.DSLContext;
import org.jooq.exception.IntegrityConstraintViolationException;

/**
 * Back-office keys: issued by an owner, one per person or system, with the least roles needed;
 * only a PBKDF2 hash is stored, and a verified key is remembered per instance against that hash,
 * so a revoke takes effect on the next request. The deployment's bootstrap token
 * (OPENTILL_ADMIN_TOKEN) acts as the owner {@value #BOOTSTRAP}. Every change and every refusal is
 * written to the admin audit.
 */
public final class AdminAuth {
    public static final String BOOTSTRAP = "bootstrap-owner";

    /** A key as listed: never the secret. */
    public record KeyView(String name, List<AdminRole> roles, Instant createdAt, String createdBy, Instant revokedAt) {
    }

    /** A newly issued key: the only time the secret is shown. */
    public record IssuedKey(String name, List<AdminRole> roles, String key) {
    }

    public record AuditEntry(Instant at, String adminName, String method, String path, int status) {
    }

    private final DSLContext dsl;
    private final Clock clock;
    private final byte[] bootstrapToken;
    private final IdSecrets secrets = new IdSecrets();

    public AdminAuth(DSLContext dsl, Clock clock, String bootstrapToken) {
        this.dsl = dsl;
        this.clock = clock;
        this.bootstrapToken = bootstrapToken.getBytes(StandardCharsets.UTF_8);
    }

    /** The caller of an {@code Authorization: Bearer ...} header, or 401. */
    public AdminIdentity authenticate(String authorization) {
        String key = IdSecrets.bearer(authorization);
        if (MessageDigest.isEqual(key.getBytes(StandardCharsets.UTF_8), bootstrapToken)) {
            return new AdminIdentity(BOOTSTRAP, EnumSet.of(AdminRole.OWNER));
        }
        UUID id = IdSecrets.idOf(key);
        var row = id == null
                ? null
                : dsl.select(ADMIN_KEY.NAME, ADMIN_KEY.KEY_HASH, ADMIN_KEY.ROLES)
                        .from(ADMIN_KEY).where(ADMIN_KEY.ID.eq(id)).and(ADMIN_KEY.REVOKED_AT.isNull()).fetchOne();
        if (row == null) {
            throw unauthorized();
        }
        if (!secrets.matches(key, row.value2())) {
            throw unauthorized();
        }
        return new AdminIdentity(row.value1(), roles(row.value3()));
    }

    /** 403 unless {@code who} may act as one of {@code roles}. */
    public static void require(AdminIdentity who, AdminRole... roles) {
        for (AdminRole role : roles) {
            if (who.may(role)) {
                return;
            }
        }
        throw CentralException.forbidden("Admin key " + who.name() + " needs the role "
                + Arrays.stream(roles).map(Enum::name).collect(Collectors.joining(" or ")));
    }

    public IssuedKey issue(AdminIdentity by, String name, List<String> roleNames) {
        require(by, AdminRole.OWNER);
        if (name == null || !name.matches("[A-Za-z0-9._@-]{1,80}")) {
            throw CentralException.malformed("A key name is 1-80 letters, digits, '.', '_', '@' or '-'");
        }
        if (roleNames == null || roleNames.isEmpty()) {
            throw CentralException.malformed("A key needs at least one role of "
                    + Arrays.toString(AdminRole.values()));
        }
        Set<AdminRole> roles = EnumSet.noneOf(AdminRole.class);
        for (String r : roleNames) {
            try {
                roles.add(AdminRole.valueOf(String.valueOf(r).trim().toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                throw CentralException.malformed("Unknown role " + r + "; roles are "
                        + Arrays.toString(AdminRole.values()));
            }
        }
        UUID id = UuidV7.next();
        String key = IdSecrets.issue(id);
        try {
            dsl.insertInto(ADMIN_KEY).set(ADMIN_KEY.ID, id).set(ADMIN_KEY.NAME, name)
                    .set(ADMIN_KEY.KEY_HASH, IdSecrets.hash(key)).set(ADMIN_KEY.ROLES, joined(roles))
                    .set(ADMIN_KEY.CREATED_AT, now()).set(ADMIN_KEY.CREATED_BY, by.name()).execute();
        } catch (IntegrityConstraintViolationException e) {
            throw CentralException.conflict("An admin key named " + name + " already exists");
        }
        return new IssuedKey(name, List.copyOf(roles), key);
    }

    public void revoke(AdminIdentity by, String name) {
        require(by, AdminRole.OWNER);
        int n = dsl.update(ADMIN_KEY).set(ADMIN_KEY.REVOKED_AT, now()).where(ADMIN_KEY.NAME.eq(name))
                .and(ADMIN_KEY.REVOKED_AT.isNull()).execute();
        if (n == 0) {
            throw CentralException.notFound("No active admin key named " + name);
        }
    }

    public List<KeyView> keys(AdminIdentity by) {
        require(by, AdminRole.OWNER);
        return dsl.selectFrom(ADMIN_KEY).orderBy(ADMIN_KEY.NAME).fetch(r -> new KeyView(r.getName(),
                List.copyOf(roles(r.getRoles())), r.getCreatedAt().toInstant(), r.getCreatedBy(),
                r.getRevokedAt() == null ? null : r.getRevokedAt().toInstant()));
    }

    /** Records one back-office call; {@code who} null for a caller that did not authenticate. */
    public void audit(String who, String method, String path, int status) {
        dsl.insertInto(ADMIN_AUDIT).set(ADMIN_AUDIT.ID, UuidV7.next()).set(ADMIN_AUDIT.AT, now())
                .set(ADMIN_AUDIT.ADMIN_NAME, who).set(ADMIN_AUDIT.METHOD, method)
                .set(ADMIN_AUDIT.PATH, path.length() > 300 ? path.substring(0, 300) : path)
                .set(ADMIN_AUDIT.STATUS, status).execute();
    }

    /** The latest {@code limit} audit entries, newest first. */
    public List<AuditEntry> audit(AdminIdentity by, int limit) {
        require(by, AdminRole.OWNER);
        return dsl.selectFrom(ADMIN_AUDIT).orderBy(ADMIN_AUDIT.AT.desc(), ADMIN_AUDIT.ID.desc())
                .limit(Math.max(1, Math.min(limit, 1000))).fetch(r -> new AuditEntry(r.getAt().toInstant(),
                        r.getAdminName(), r.getMethod(), r.getPath(), r.getStatus()));
    }

    private static Set<AdminRole> roles(String stored) {
        Set<AdminRole> roles = EnumSet.noneOf(AdminRole.class);
        for (String r : stored.split(",")) {
            roles.add(AdminRole.valueOf(r.trim()));
        }
        return roles;
    }

    private static String joined(Set<AdminRole> roles) {
        return roles.stream().map(Enum::name).collect(Collectors.joining(","));
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
    }

    private static CentralException unauthorized() {
        return CentralException.unauthorized("The admin API needs a valid admin key");
    }
}
