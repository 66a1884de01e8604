package dev.opentill.central.receipt;

import static dev.opentill.central.jooq.Tables.INVOICE_CONFIG;
import static dev.opentill.central.jooq.Tables.SALE;
import static dev.opentill.central.jooq.Tables.STORE;
import static dev.opentill.central.jooq.Tables.TERMINAL;

import dev.opentill.central.error.CentralException;
import dev.opentill.central.feed.ChangeLogWriter;
import dev.opentill.core.money.Money;
import dev.opentill.core.receipt.InvoiceLink;
import dev.opentill.core.sync.FeedRecords;
import dev.opentill.central.jooq.tables.records.InvoiceConfigRecord;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Currency;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;

/**
 * The chain's electronic-invoice QR: its URL template, switched on or off for the whole chain, and
 * the verification of a scanned link. The chain secret never leaves the centre; each till receives
 * only its own derived key down the feed ({@link InvoiceLink#terminalKey}).
 */
public final class Invoices {
    private static final int ROW = 1;
    private static final SecureRandom RANDOM = new SecureRandom();

    /** What a scanned link is. */
    public enum Verdict {
        /** Signed by the terminal it names, for a sale the centre holds at that amount. */
        VALID,
        /** Not a link made from the chain's template. */
        NOT_AN_INVOICE_LINK,
        /** The signature does not match its fields: altered or made up. */
        FORGED,
        /** Correctly signed, but the centre holds no such sale (yet: the till may still be offline). */
        UNKNOWN_RECEIPT,
        /** Correctly signed, but the sale the centre holds has another total. */
        AMOUNT_MISMATCH
    }

    public record Verification(Verdict verdict, String store, String terminal, String receipt, String amount) {
    }

    public record InvoiceSettings(boolean enabled, String urlTemplate) {
    }

    private final DSLContext dsl;
    private final Clock clock;

    public Invoices(DSLContext dsl, Clock clock) {
        this.dsl = dsl;
        this.clock = clock;
    }

    /** Sets the template and switches the QR on or off; every till learns it on its next pull. */
    public InvoiceSettings configure(InvoiceSettings wanted) {
        if (wanted == null) {
            throw CentralException.malformed("Send {\"enabled\":true,\"urlTemplate\":\"https://...\"}");
        }
        String problem = InvoiceLink.problem(wanted.urlTemplate());
        if (problem != null) {
            throw CentralException.malformed("Invoice URL template refused: " + problem);
        }
        OffsetDateTime now = clock.instant().atOffset(ZoneOffset.UTC);
        dsl.transaction(cfg -> {
            DSLContext tx = cfg.dsl();
            InvoiceConfigRecord row = tx.selectFrom(INVOICE_CONFIG).where(INVOICE_CONFIG.ID.eq(ROW)).forUpdate()
                    .fetchOne();
            if (row == null) {
                byte[] secret = new byte[32];
                RANDOM.nextBytes(secret);
                tx.insertInto(INVOICE_CONFIG).set(INVOICE_CONFIG.ID, ROW).set(INVOICE_CONFIG.ENABLED, wanted.enabled())
                        .set(INVOICE_CONFIG.URL_TEMPLATE, wanted.urlTemplate())
                        .set(INVOICE_CONFIG.SECRET, HexFormat.of().formatHex(secret))
                        .set(INVOICE_CONFIG.UPDATED_AT, now).execute();
            } else {
                tx.update(INVOICE_CONFIG).set(INVOICE_CONFIG.ENABLED, wanted.enabled())
                        .set(INVOICE_CONFIG.URL_TEMPLATE, wanted.urlTemplate()).set(INVOICE_CONFIG.UPDATED_AT, now)
                        .where(INVOICE_CONFIG.ID.eq(ROW)).execute();
            }
            // One chain-wide entry: each terminal is served its own key when it reads it.
            ChangeLogWriter.append(tx, List.of(new ChangeLogWriter.Change(null, FeedRecords.INVOICE, "chain")), now);
        });
        return wanted;
    }

    /** Checks a scanned link: its form, its signature against the terminal it names, then the sale. */
    public Verification verify(String url) {
        InvoiceConfigRecord cfg = dsl.selectFrom(INVOICE_CONFIG).where(INVOICE_CONFIG.ID.eq(ROW)).fetchOne();
        if (cfg == null) {
            throw CentralException.notFound("The chain has no electronic-invoice QR set up");
        }
        Optional<InvoiceLink.Parsed> parsed = InvoiceLink.parse(cfg.getUrlTemplate(), url);
        if (parsed.isEmpty()) {
            return new Verification(Verdict.NOT_AN_INVOICE_LINK, null, null, null, null);
        }
        InvoiceLink.Fields f = parsed.get().fields();
        var terminal = dsl.select(TERMINAL.ID).from(TERMINAL).join(STORE).on(STORE.ID.eq(TERMINAL.STORE_ID))
                .where(STORE.CODE.eq(f.store())).and(TERMINAL.CODE.eq(f.terminal())).fetchOptional(TERMINAL.ID);
        byte[] key = terminal.map(id -> InvoiceLink.terminalKey(HexFormat.of().parseHex(cfg.getSecret()), id))
                .orElse(null);
        if (key == null || !InvoiceLink.verify(key, f, parsed.get().signature())) {
            return verdict(Verdict.FORGED, f);
        }
        var sale = dsl.select(SALE.TOTAL_MINOR, SALE.CURRENCY).from(SALE).where(SALE.TERMINAL_ID.eq(terminal.get()))
                .and(SALE.RECEIPT_NO.eq(f.receipt())).fetchOptional();
        if (sale.isEmpty()) {
            return verdict(Verdict.UNKNOWN_RECEIPT, f);
        }
        String total = Money.ofMinor(sale.get().value1(), Currency.getInstance(sale.get().value2().trim()))
                .toPlainString();
        return verdict(total.equals(f.amount()) ? Verdict.VALID : Verdict.AMOUNT_MISMATCH, f);
    }

    private static Verification verdict(Verdict v, InvoiceLink.Fields f) {
        return new Verification(v, f.store(), f.terminal(), f.receipt(), f.amount());
    }
}
