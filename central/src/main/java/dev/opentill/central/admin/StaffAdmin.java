package dev.opentill.central.admin;

import static dev.opentill.central.jooq.Tables.STAFF;
import static dev.opentill.central.jooq.Tables.STAFF_STORE;
import static dev.opentill.central.jooq.Tables.STORE;

import dev.opentill.central.admin.StaffRecords.PinReset;
import dev.opentill.central.admin.StaffRecords.StaffRow;
import dev.opentill.central.admin.StaffRecords.StaffView;
import dev.opentill.central.error.CentralException;
import dev.opentill.central.feed.ChangeLogWriter;
import dev.opentill.central.feed.ChangeLogWriter.Change;
import dev.opentill.central.jooq.tables.records.StaffRecord;
import dev.opentill.core.id.UuidV7;
import dev.opentill.core.security.PinHasher;
import dev.opentill.core.staff.PinRules;
import dev.opentill.core.staff.Role;
import dev.opentill.core.sync.FeedRecords;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jooq.DSLContext;

/**
 * Staff as master data of the chain: created, changed, disabled and given new PINs here, one by
 * one or by import (all or nothing), and announced on the feed to the tills of each store they
 * work in, and of each store they no longer work in (whose tills then disable them). A PIN given
 * in clear is hashed at once and forgotten.
 */
public final class StaffAdmin {
    private static final PinHasher HASHER = new PinHasher();

    private final DSLContext dsl;
    private final Clock clock;

    public StaffAdmin(DSLContext dsl, Clock clock) {
        this.dsl = dsl;
        this.clock = clock;
    }

    /** Creates one person; a code already taken is a conflict. */
    public StaffView create(StaffRow row) {
        ImportRules.require(row != null, "a staff member is required");
        return dsl.transactionResult(cfg -> {
            DSLContext tx = cfg.dsl();
            if (tx.fetchExists(STAFF, STAFF.CODE.eq(String.valueOf(row.code())))) {
                throw CentralException.conflict("Staff " + row.code() + " already exists");
            }
            List<Change> changes = new ArrayList<>();
            UUID id = upsert(tx, row, "staff " + row.code(), stores(tx), changes);
            ChangeLogWriter.append(tx, changes, now());
            return view(tx, id);
        });
    }

    /**
     * Creates or updates people by code, all or nothing: a refused row names its number and code,
     * and nothing of the import is stored.
     */
    public int importRows(Iterator<StaffRow> rows) {
        return dsl.transactionResult(cfg -> {
            DSLContext tx = cfg.dsl();
            Map<String, UUID> stores = stores(tx);
            Set<String> codes = new HashSet<>();
            List<Change> changes = new ArrayList<>();
            int n = 0;
            while (rows.hasNext()) {
                StaffRow r = rows.next();
                n++;
                String where = "row " + n + (r == null || r.code() == null ? "" : " (staff " + r.code() + ")");
                ImportRules.require(r != null, where + ": empty");
                ImportRules.require(codes.add(String.valueOf(r.code())), where + ": the code appears twice");
                upsert(tx, r, where, stores, changes);
            }
            ImportRules.require(n > 0, "the import holds no staff");
            ChangeLogWriter.append(tx, changes, now());
            return n;
        });
    }

    /** Disables a person everywhere; each of their stores' tills refuses their login after its next pull. */
    public void disable(String code) {
        setEnabled(code, false);
    }

    public void enable(String code) {
        setEnabled(code, true);
    }

    /** Gives a person a new PIN (temporary unless said otherwise); their tills take it on the next pull. */
    public void resetPin(String code, PinReset reset) {
        ImportRules.require(reset != null, "a PIN or a PIN hash is required");
        String hash = hash(reset.pin(), reset.pinHash(), "staff " + code);
        ImportRules.require(hash != null, "staff " + code + ": a PIN or a PIN hash is required");
        OffsetDateTime now = now();
        dsl.transaction(cfg -> {
            DSLContext tx = cfg.dsl();
            StaffRecord s = existing(tx, code);
            s.setPinHash(hash);
            s.setTemporaryPin(reset.temporary() == null || reset.temporary());
            s.setPinSetAt(now);
            s.setUpdatedAt(now);
            s.store();
            ChangeLogWriter.append(tx, announce(s.getId(), storesOf(tx, s.getId())), now);
        });
    }

    /** The people who may work in {@code storeCode}; nobody of another store is listed. */
    public List<StaffView> ofStore(String storeCode) {
        UUID store = dsl.select(STORE.ID).from(STORE).where(STORE.CODE.eq(storeCode)).fetchOptional(STORE.ID)
                .orElseThrow(() -> CentralException.notFound("Unknown store " + storeCode));
        List<UUID> ids = dsl.select(STAFF_STORE.STAFF_ID).from(STAFF_STORE).where(STAFF_STORE.STORE_ID.eq(store))
                .fetch(STAFF_STORE.STAFF_ID);
        return dsl.select(STAFF.ID).from(STAFF).where(STAFF.ID.in(ids)).orderBy(STAFF.CODE).fetch(STAFF.ID).stream()
                .map(id -> view(dsl, id)).toList();
    }

    private void setEnabled(String code, boolean enabled) {
        OffsetDateTime now = now();
        dsl.transaction(cfg -> {
            DSLContext tx = cfg.dsl();
            StaffRecord s = existing(tx, code);
            s.setEnabled(enabled);
            s.setUpdatedAt(now);
            s.store();
            ChangeLogWriter.append(tx, announce(s.getId(), storesOf(tx, s.getId())), now);
        });
    }

    /** Checks one row and writes it; the changes to announce are added to {@code changes}. */
    private UUID upsert(DSLContext tx, StaffRow r, String where, Map<String, UUID> stores, List<Change> changes) {
        ImportRules.require(r.code() != null && r.code().matches("[0-9]{1,12}"),
                where + ": the code is 1 to 12 digits (what is typed at the till)");
        ImportRules.require(r.name() != null && !r.name().isBlank() && r.name().length() <= 100,
                where + ": a name of at most 100 characters is required");
        Role role = role(r.role(), where);
        ImportRules.require(r.stores() != null && !r.stores().isEmpty(), where + ": at least one store is required");
        Set<UUID> storeIds = new LinkedHashSet<>();
        for (String code : r.stores()) {
            UUID id = stores.get(code == null ? "" : code.trim());
            ImportRules.require(id != null, where + ": unknown store " + code);
            storeIds.add(id);
        }
        int discount = r.maxDiscountBp() == null ? 0 : r.maxDiscountBp();
        ImportRules.require(discount >= 0 && discount <= 10_000, where + ": maxDiscountBp is 0 to 10000");
        String hash = hash(r.pin(), r.pinHash(), where);
        OffsetDateTime now = now();
        StaffRecord s = tx.selectFrom(STAFF).where(STAFF.CODE.eq(r.code())).forUpdate().fetchOne();
        Set<UUID> before = new HashSet<>();
        if (s == null) {
            ImportRules.require(hash != null, where + ": a new staff member needs a PIN or a PIN hash");
            s = tx.newRecord(STAFF);
            s.setId(UuidV7.next());
            s.setCode(r.code());
            s.setCreatedAt(now);
        } else {
            before.addAll(storesOf(tx, s.getId()));
        }
        if (hash != null) {
            s.setPinHash(hash);
            s.setTemporaryPin(r.temporaryPin() == null || r.temporaryPin());
            s.setPinSetAt(now);
        }
        s.setName(r.name().strip());
        s.setRole(role.name());
        s.setEnabled(r.enabled() == null || r.enabled());
        s.setMaxDiscountBp(discount);
        s.setUpdatedAt(now);
        s.store();
        UUID id = s.getId();
        tx.deleteFrom(STAFF_STORE).where(STAFF_STORE.STAFF_ID.eq(id)).execute();
        for (UUID store : storeIds) {
            tx.insertInto(STAFF_STORE).set(STAFF_STORE.STAFF_ID, id).set(STAFF_STORE.STORE_ID, store).execute();
        }
        // Stores left behind are told too: their tills disable the person.
        before.addAll(storeIds);
        changes.addAll(announce(id, before));
        return id;
    }

    /** The hash to store: {@code pin} hashed, or {@code pinHash} checked; null if neither is given. */
    private static String hash(String pin, String pinHash, String where) {
        boolean hasPin = pin != null && !pin.isEmpty();
        boolean hasHash = pinHash != null && !pinHash.isEmpty();
        ImportRules.require(!(hasPin && hasHash), where + ": give a PIN or a PIN hash, not both");
        if (hasPin) {
            PinRules.problem(pin).ifPresent(p -> ImportRules.require(false,
                    where + ": the PIN must be " + PinRules.MIN_DIGITS + " to " + PinRules.MAX_DIGITS
                            + " digits, not all the same"));
            return HASHER.hash(pin);
        }
        if (hasHash) {
            ImportRules.require(PinHasher.wellFormed(pinHash),
                    where + ": the PIN hash is not a pbkdf2-sha256 hash with 1000 to " + PinHasher.MAX_ITERATIONS
                            + " iterations");
            return pinHash;
        }
        return null;
    }

    private static Role role(String name, String where) {
        String n = name == null ? "" : name.trim().toUpperCase(Locale.ROOT);
        return Arrays.stream(Role.values()).filter(r -> r.name().equals(n)).findFirst()
                .orElseThrow(() -> CentralException.malformed(where + ": the role is one of "
                        + Arrays.toString(Role.values()) + ", not " + name));
    }

    private static List<Change> announce(UUID staffId, Set<UUID> stores) {
        return stores.stream().map(s -> new Change(s, FeedRecords.STAFF, staffId.toString())).toList();
    }

    private static Set<UUID> storesOf(DSLContext tx, UUID staffId) {
        return new LinkedHashSet<>(tx.select(STAFF_STORE.STORE_ID).from(STAFF_STORE)
                .where(STAFF_STORE.STAFF_ID.eq(staffId)).fetch(STAFF_STORE.STORE_ID));
    }

    private static Map<String, UUID> stores(DSLContext tx) {
        return tx.select(STORE.CODE, STORE.ID).from(STORE).fetchMap(STORE.CODE, STORE.ID);
    }

    private static StaffRecord existing(DSLContext tx, String code) {
        StaffRecord s = tx.selectFrom(STAFF).where(STAFF.CODE.eq(String.valueOf(code))).forUpdate().fetchOne();
        if (s == null) {
            throw CentralException.notFound("No staff member " + code);
        }
        return s;
    }

    private static StaffView view(DSLContext ctx, UUID id) {
        StaffRecord s = ctx.selectFrom(STAFF).where(STAFF.ID.eq(id)).fetchSingle();
        List<String> stores = ctx.select(STORE.CODE).from(STORE).join(STAFF_STORE).on(STAFF_STORE.STORE_ID.eq(STORE.ID))
                .where(STAFF_STORE.STAFF_ID.eq(id)).orderBy(STORE.CODE).fetch(STORE.CODE);
        return new StaffView(s.getId(), s.getCode(), s.getName(), s.getRole(), stores, s.getEnabled(),
                s.getTemporaryPin());
    }

    private OffsetDateTime now() {
        return ImportRules.now(clock).truncatedTo(ChronoUnit.MICROS);
    }
}
