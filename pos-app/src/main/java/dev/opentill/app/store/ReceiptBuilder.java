package dev.opentill.app.store;

import dev.opentill.core.sale.ComboRef;
import dev.opentill.core.sale.SaleKind;
import dev.opentill.core.sale.TicketLine;
import dev.opentill.core.catalog.LocalName;
import dev.opentill.core.money.Money;
import dev.opentill.core.promo.Promotion;
import dev.opentill.core.receipt.InvoiceLink;
import dev.opentill.peripherals.printer.ReceiptLabels;
import dev.opentill.core.receipt.Receipt;
import dev.opentill.core.tax.TaxLine;
import dev.opentill.store.jooq.tables.records.SaleLineRecord;
import dev.opentill.store.jooq.tables.records.SaleRecord;
import dev.opentill.store.jooq.tables.records.SaleTaxRecord;
import dev.opentill.store.jooq.tables.records.SaleTenderRecord;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.text.MessageFormat;
import dev.opentill.app.store.SaleReader.StoredSale;
import java.util.Locale;

/**
 * Builds the receipt model from a sale as stored, so the printed receipt and every reprint show
 * exactly what the till committed.
 */
public final class ReceiptBuilder {
    private final TillConfig config;
    private final ZoneId zone;
    private final SaleReader reader;
    private final ReceiptAssets assets;

    /** Receipts with the store's logo and invoice link as {@code assets} gives them (null: neither). */
    public ReceiptBuilder(TillConfig config, ZoneId zone, SaleReader reader, ReceiptAssets assets) {
        this.config = config;
        this.zone = zone;
        this.reader = reader;
        this.assets = assets;
    }

    /** The receipt of a stored sale, if this till holds it. */
    public Optional<Receipt> receipt(UUID saleId, Locale locale, boolean reprint,
            Function<UUID, Optional<Promotion>> promotions) {
        return reader.load(saleId).map(s -> build(s, locale, reprint, promotions));
    }

    /** The coupons a sale redeemed, each on its own line, above the store's footer. */
    private List<String> withCoupons(StoredSale stored, Locale locale, Currency c, ReceiptLabels labels) {
        List<String> footer = new ArrayList<>();
        for (var coupon : stored.coupons()) {
            footer.add(MessageFormat.format(labels.get("receipt.coupon"), coupon.getCode(),
                    Money.ofMinor(coupon.getAmountMinor(), c).toPlainString()));
        }
        footer.addAll(config.footer(locale));
        return footer;
    }

    public Receipt build(StoredSale stored, Locale locale, boolean reprint) {
        return build(stored, locale, reprint, id -> Optional.empty());
    }

    /**
     * {@code promotions} finds a promotion the till holds; one it no longer holds (ended) prints
     * with the generic promotion label.
     */
    public Receipt build(StoredSale stored, Locale locale, boolean reprint,
            Function<UUID, Optional<Promotion>> promotions) {
        SaleRecord s = stored.sale();
        Currency c = Currency.getInstance(s.getCurrency());
        ReceiptLabels labels = ReceiptLabels.forLocale(locale);
        List<Receipt.Line> lines = new ArrayList<>();
        for (SaleLineRecord row : stored.lines()) {
            TicketLine l = SaleReader.toTicketLine(row, c);
            if (!l.voided()) {
                String promotion = l.promotionId() == null
                        ? null
                        : promotions.apply(l.promotionId())
                                .map(p -> LocalName.pick(locale, p.nameZh(), p.nameEn(), p.code()))
                                .orElseGet(() -> labels.get("line.promotion"));
                lines.add(new Receipt.Line(l.displayName(locale), l.sku(), l.quantityMilli(), l.weighed(),
                        l.effectivePrice(),
                        l.discount(), l.netAmount(), l.overridePrice() != null, promotion, options(l, locale)));
            }
        }
        List<TaxLine> taxes = new ArrayList<>();
        for (SaleTaxRecord t : stored.taxes()) {
            taxes.add(new TaxLine(t.getRateBp(), Money.ofMinor(t.getNetMinor(), c), Money.ofMinor(t.getTaxMinor(), c),
                    Money.ofMinor(t.getGrossMinor(), c)));
        }
        List<Receipt.Payment> payments = new ArrayList<>();
        for (SaleTenderRecord t : stored.tenders()) {
            payments.add(new Receipt.Payment(t.getTenderType(), Money.ofMinor(t.getAmountMinor(), c),
                    mask(t.getReference())));
        }
        boolean refund = SaleKind.valueOf(s.getKind()) == SaleKind.RETURN;
        Money total = Money.ofMinor(s.getTotalMinor(), c);
        // An invoice is asked for a sale, never a refund; a reprint carries the same link.
        String invoice = assets == null || refund
                ? null
                : assets.invoiceUrl(new InvoiceLink.Fields(config.storeCode(), s.getTerminalCode(), s.getReceiptNo(),
                        total.toPlainString()));
        return new Receipt(refund ? Receipt.Kind.RETURN : Receipt.Kind.SALE, reprint, locale, header(locale),
                s.getTerminalCode(), s.getReceiptNo(), s.getCompletedAt().atZoneSameInstant(zone), stored.cashierName(),
                lines,
                Money.ofMinor(s.getSubtotalMinor(), c), Money.ofMinor(s.getDiscountMinor(), c),
                Money.ofMinor(s.getTotalMinor(), c),
                taxes, payments, Money.ofMinor(s.getCashRoundingMinor(), c), Money.ofMinor(s.getChangeMinor(), c),
                maskCard(s.getMemberCard()), withCoupons(stored, locale, c, labels), s.getReceiptNo(),
                stored.originalReceiptNo(), stored.promotions().stream().map(p -> new Receipt.Saving(
                        LocalName.pick(locale, p.getNameZh(), p.getNameEn(), p.getNameEn()),
                        Money.ofMinor(p.getSavingMinor(), c))).toList(),
                invoice, s.getOrderNumber());
    }

    /** A made-to-order line's options, after the combo it fills ("Tea set: Large / Pearls x2"); null for goods. */
    private static String options(TicketLine l, Locale locale) {
        if (l.options() == null) {
            return null;
        }
        String chosen = l.options().summary(locale);
        ComboRef combo = l.options().combo();
        if (combo == null) {
            return chosen.isEmpty() ? null : chosen;
        }
        String name = LocalName.pick(locale, combo.nameZh(), combo.nameEn(), combo.comboCode());
        return chosen.isEmpty() ? name : name + ": " + chosen;
    }

    /** The store's header in {@code locale}, with the logo raster when the store prints one. */
    private Receipt.StoreHeader header(Locale locale) {
        Receipt.StoreHeader h = config.header(locale);
        byte[] logo = assets == null ? null : assets.logo();
        return logo == null ? h : new Receipt.StoreHeader(h.name(), h.address(), h.phone(), h.taxId(), logo);
    }

    /** Keeps the last four characters of a payment reference; receipts never show a full one. */
    static String mask(String ref) {
        if (ref == null || ref.length() <= 4) {
            return ref;
        }
        return "*".repeat(Math.min(4, ref.length() - 4)) + ref.substring(ref.length() - 4);
    }

    static String maskCard(String card) {
        if (card == null || card.length() <= 4) {
            return card;
        }
        return "****" + card.substring(card.length() - 4);
    }
}
