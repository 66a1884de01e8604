package dev.opentill.core.cash;

import dev.opentill.core.cash.ZReport.Cash;
import dev.opentill.core.cash.ZReport.Chain;
import dev.opentill.core.cash.ZReport.Header;
import dev.opentill.core.cash.ZReport.RateTotal;
import dev.opentill.core.cash.ZReport.Sales;
import dev.opentill.core.money.Money;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

/**
 * The one canonical text of a {@link ZReport}: {@code key=value} lines in a fixed order, money in
 * minor units, text fields escaped, the hash itself left out. The chain hashes this text, the till
 * stores it, and {@link #read} gives the same report back.
 */
public final class ZText {
    private static final int VERSION = 1;

    private ZText() {
    }

    /** The canonical text of {@code z} (without its own hash). */
    public static String write(ZReport z) {
        Map<String, String> f = new LinkedHashMap<>();
        Header h = z.header();
        Sales s = z.sales();
        Cash c = z.cash();
        Chain ch = z.chain();
        f.put("version", Integer.toString(VERSION));
        f.put("currency", s.net().currency().getCurrencyCode());
        f.put("z", Long.toString(h.zNumber()));
        f.put("store", h.storeCode());
        f.put("terminal", h.terminalCode());
        f.put("shift", str(h.shiftId()));
        f.put("businessDate", h.businessDate().toString());
        f.put("openedAt", h.openedAt().toString());
        f.put("openedBy", h.openedBy());
        f.put("closedAt", h.closedAt().toString());
        f.put("closedBy", h.closedBy());
        f.put("approvedBy", h.approvedBy());
        f.put("firstReceipt", s.firstReceipt());
        f.put("lastReceipt", s.lastReceipt());
        f.put("sales", Integer.toString(s.sales()));
        f.put("returns", Integer.toString(s.returns()));
        f.put("gross", m(s.gross()));
        s.discounts().forEach((k, v) -> f.put("discount." + k, m(v)));
        f.put("returned", m(s.returned()));
        f.put("voids", Integer.toString(s.voids()));
        f.put("noSales", Integer.toString(s.noSales()));
        f.put("net", m(s.net()));
        for (RateTotal r : s.byRate()) {
            f.put("rate." + r.rateBp(), m(r.net()) + "," + m(r.tax()) + "," + m(r.gross()));
        }
        f.put("topUps", m(s.topUps()));
        f.put("float", m(c.openingFloat()));
        f.put("drops", m(c.drops()));
        f.put("pickups", m(c.pickups()));
        f.put("paysIn", m(c.paysIn()));
        f.put("paysOut", m(c.paysOut()));
        for (TenderCount t : c.tenders()) {
            f.put("tender." + t.tender(), m(t.expected()) + "," + m(t.counted()) + "," + m(t.limit()));
        }
        f.put("varianceReason", c.varianceReason());
        f.put("grandTotal", m(ch.grandTotal()));
        f.put("notAtCentre", Integer.toString(ch.notAtCentre()));
        f.put("rejected", Integer.toString(ch.rejected()));
        f.put("lastSale", str(ch.lastSaleId()));
        f.put("lastSaleHash", ch.lastSaleHash());
        f.put("previousHash", ch.previousHash());
        StringBuilder b = new StringBuilder();
        f.forEach((k, v) -> b.append(k).append('=').append(v == null ? "\\0" : escape(v)).append('\n'));
        return b.toString();
    }

    /** The report {@code text} describes, with {@code hash}; refused when the text is not a Z. */
    public static ZReport read(String text, String hash) {
        Map<String, String> f = new LinkedHashMap<>();
        for (String line : text.split("\n")) {
            int eq = line.indexOf('=');
            if (eq <= 0) {
                throw new IllegalArgumentException("Not a Z report line: " + line);
            }
            String v = line.substring(eq + 1);
            f.put(line.substring(0, eq), v.equals("\\0") ? null : unescape(v));
        }
        if (!Integer.toString(VERSION).equals(f.get("version"))) {
            throw new IllegalArgumentException("Unknown Z text version " + f.get("version"));
        }
        Currency cur = Currency.getInstance(f.get("currency"));
        Header h = new Header(Long.parseLong(f.get("z")), f.get("store"), f.get("terminal"), uuid(f.get("shift")),
                LocalDate.parse(f.get("businessDate")), Instant.parse(f.get("openedAt")), f.get("openedBy"),
                Instant.parse(f.get("closedAt")), f.get("closedBy"), f.get("approvedBy"));
        TreeMap<String, Money> discounts = new TreeMap<>();
        List<RateTotal> rates = new ArrayList<>();
        List<TenderCount> tenders = new ArrayList<>();
        f.forEach((k, v) -> {
            if (k.startsWith("discount.")) {
                discounts.put(k.substring(9), money(v, cur));
            } else if (k.startsWith("rate.")) {
                String[] p = v.split(",");
                rates.add(new RateTotal(Integer.parseInt(k.substring(5)), money(p[0], cur), money(p[1], cur),
                        money(p[2], cur)));
            } else if (k.startsWith("tender.")) {
                String[] p = v.split(",");
                tenders.add(TenderCount.of(k.substring(7), money(p[0], cur), money(p[1], cur), money(p[2], cur)));
            }
        });
        Sales s = new Sales(f.get("firstReceipt"), f.get("lastReceipt"), Integer.parseInt(f.get("sales")),
                Integer.parseInt(f.get("returns")), money(f.get("gross"), cur), discounts,
                money(f.get("returned"), cur), Integer.parseInt(f.get("voids")), Integer.parseInt(f.get("noSales")),
                money(f.get("net"), cur), rates, money(f.get("topUps"), cur));
        Cash c = new Cash(money(f.get("float"), cur), money(f.get("drops"), cur), money(f.get("pickups"), cur),
                money(f.get("paysIn"), cur), money(f.get("paysOut"), cur), tenders, f.get("varianceReason"));
        Chain ch = new Chain(money(f.get("grandTotal"), cur), Integer.parseInt(f.get("notAtCentre")),
                Integer.parseInt(f.get("rejected")), uuid(f.get("lastSale")), f.get("lastSaleHash"),
                f.get("previousHash"), hash);
        return new ZReport(h, s, c, ch);
    }

    private static String m(Money money) {
        return Long.toString(money.minor());
    }

    private static Money money(String minor, Currency c) {
        return Money.ofMinor(Long.parseLong(minor), c);
    }

    private static String str(UUID id) {
        return id == null ? null : id.toString();
    }

    private static UUID uuid(String s) {
        return s == null ? null : UUID.fromString(s);
    }

    private static String escape(String v) {
        return v.replace("\\", "\\\\").replace("\n", "\\n");
    }

    private static String unescape(String v) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < v.length(); i++) {
            char ch = v.charAt(i);
            if (ch == '\\' && i + 1 < v.length()) {
                char n = v.charAt(++i);
                b.append(n == 'n' ? '\n' : n);
            } else {
                b.append(ch);
            }
        }
        return b.toString();
    }
}
