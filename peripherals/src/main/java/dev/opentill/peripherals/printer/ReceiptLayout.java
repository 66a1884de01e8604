package dev.opentill.peripherals.printer;

import dev.opentill.core.money.Money;
import dev.opentill.core.receipt.Receipt;
import dev.opentill.core.tax.TaxLine;
import dev.opentill.peripherals.printer.ReceiptBlock.Text;
import dev.opentill.peripherals.printer.escpos.Code128;
import dev.opentill.peripherals.printer.escpos.EscPosBuilder.Align;
import dev.opentill.peripherals.printer.escpos.Glyphs;
import java.math.BigDecimal;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/**
 * Lays a pos-core {@link Receipt} out for one printer model: header and logo, lines with their
 * discounts, totals, tax breakdown, tenders, change, member, footer and the return code. Every line
 * is measured with the model's {@link Glyphs} and fits its columns; text is already what will print
 * (substitutes applied), so the preview and the paper say the same.
 */
public final class ReceiptLayout {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final PrinterProfile profile;
    private final Glyphs glyphs;
    private final int cols;
    private final ReceiptCode code;
    private final boolean cutter;

    public ReceiptLayout(PrinterProfile profile, ReceiptCode code) {
        this.profile = profile;
        this.glyphs = profile.glyphs();
        this.cols = profile.columns();
        this.code = code;
        this.cutter = profile.cutter() != PrinterProfile.Cutter.NONE;
    }

    public List<ReceiptBlock> layout(Receipt r) {
        ReceiptLabels t = ReceiptLabels.forLocale(r.locale());
        List<ReceiptBlock> out = new ArrayList<>(r.lines().size() * 3 + 40);
        header(r, t, out);
        out.add(new ReceiptBlock.Rule());
        for (Receipt.Line line : r.lines()) {
            item(line, t, out);
        }
        out.add(new ReceiptBlock.Rule());
        totals(r, t, out);
        out.add(new ReceiptBlock.Rule());
        for (Receipt.Payment p : r.payments()) {
            String ref = p.reference() == null || p.reference().isBlank() ? "" : " " + p.reference();
            row(t.tender(p.type()) + ref, money(p.amount()), out);
        }
        if (r.cashRounding() != null && !r.cashRounding().isZero()) {
            row(t.get("total.cashRounding"), money(r.cashRounding()), out);
        }
        if (r.change() != null && !r.change().isZero()) {
            largeRow(t.get("total.change"), money(r.change()), out);
        }
        if (r.memberCard() != null && !r.memberCard().isBlank()) {
            row(t.get("member.card"), r.memberCard(), out);
        }
        if (!r.footer().isEmpty()) {
            out.add(new ReceiptBlock.Feed(1));
            for (String f : r.footer()) {
                wrapped(f, Align.CENTER, false, out);
            }
        }
        returnCode(r, out);
        invoice(r, t, out);
        end(out);
        return out;
    }

    /** The electronic-invoice QR under its caption, when the receipt carries a signed link. */
    private void invoice(Receipt r, ReceiptLabels t, List<ReceiptBlock> out) {
        if (r.invoiceUrl() == null || r.invoiceUrl().isBlank()) {
            return;
        }
        out.add(new ReceiptBlock.Feed(1));
        wrapped(t.get("invoice.scan"), Align.CENTER, false, out);
        out.add(new ReceiptBlock.Qr(r.invoiceUrl()));
    }

    /** A report (an X or Z report, say) already written as lines: wrapped to the paper, then the receipt's end. */
    public List<ReceiptBlock> lines(List<String> lines) {
        List<ReceiptBlock> out = new ArrayList<>(lines.size() + 2);
        for (String l : lines) {
            wrapped(l, Align.LEFT, false, out);
        }
        end(out);
        return out;
    }

    /** Paper out past the tear bar, and a cut where the printer has a cutter. */
    private void end(List<ReceiptBlock> out) {
        out.add(new ReceiptBlock.Feed(cutter ? 4 : 6));
        if (cutter) {
            out.add(new ReceiptBlock.Cut());
        }
    }

    private void header(Receipt r, ReceiptLabels t, List<ReceiptBlock> out) {
        Receipt.StoreHeader s = r.store();
        if (s != null) {
            if (s.logoPng() != null && s.logoPng().length > 0) {
                out.add(new ReceiptBlock.Logo(s.logoPng()));
            }
            if (glyphs.of(s.name()) <= cols / 2) {
                out.add(new Text(glyphs.printable(s.name()), Align.CENTER, true, true));
            } else {
                wrapped(s.name(), Align.CENTER, true, out); // too long for double size: bold, normal size
            }
            if (s.address() != null && !s.address().isBlank()) {
                wrapped(s.address(), Align.CENTER, false, out);
            }
            if (s.phone() != null && !s.phone().isBlank()) {
                wrapped(t.get("store.phone") + ": " + s.phone(), Align.CENTER, false, out);
            }
            if (s.taxId() != null && !s.taxId().isBlank()) {
                wrapped(t.get("store.taxId") + ": " + s.taxId(), Align.CENTER, false, out);
            }
        }
        if (r.reprint()) {
            out.add(new Text(glyphs.fit(t.get("receipt.reprint"), cols), Align.CENTER, true, false));
        }
        out.add(new Text(glyphs.fit(t.get(r.kind() == Receipt.Kind.RETURN ? "receipt.return" : "receipt.sale"), cols),
                Align.CENTER, true, false));
        if (r.orderNumber() != null) {
            // Called out at the counter: double size, centred, under the sale's title.
            out.add(new Text(glyphs.fit(t.get("receipt.orderNumber") + " " + String.format("%03d", r.orderNumber()),
                    cols / 2), Align.CENTER, true, true));
        }
        row(t.get("receipt.number"), r.receiptNumber(), out);
        if (r.originalReceiptNumber() != null && !r.originalReceiptNumber().isBlank()) {
            row(t.get("receipt.original"), r.originalReceiptNumber(), out);
        }
        if (r.time() != null) {
            row(t.get("receipt.time"), TIME.format(r.time()), out);
        }
        String terminal = t.get("receipt.terminal") + " " + nullToEmpty(r.terminalCode());
        String cashier = t.get("receipt.cashier") + " " + nullToEmpty(r.cashierName());
        if (glyphs.of(terminal) + 1 + glyphs.of(cashier) <= cols) {
            row(terminal, cashier, out);
        } else {
            wrapped(terminal, Align.LEFT, false, out); // never cut the terminal code to make room for the cashier
            wrapped(cashier, Align.LEFT, false, out);
        }
    }

    private void item(Receipt.Line line, ReceiptLabels t, List<ReceiptBlock> out) {
        boolean simple = line.quantityMilli() == 1000 && !line.weighed() && isZero(line.discount())
                && !line.priceOverridden();
        String amount = money(line.amount());
        if (simple) {
            nameWithAmount(line.name(), amount, out);
        } else {
            wrapped(line.name(), Align.LEFT, false, out);
            String qty = line.weighed()
                    ? quantity(line.quantityMilli()) + "kg x " + money(line.unitPrice()) + t.get("line.perKg")
                    : quantity(line.quantityMilli()) + " x " + money(line.unitPrice());
            if (line.priceOverridden()) {
                qty += " (" + t.get("line.priceOverridden") + ")";
            }
            if (isZero(line.discount())) {
                row("  " + qty, amount, out);
            } else {
                row("  " + qty, "", out);
                String label = line.promotion() == null ? t.get("line.discount") : line.promotion();
                row("  " + label, money(line.discount().abs().negated()), out);
                row("", amount, out);
            }
        }
        if (line.options() != null && !line.options().isBlank()) {
            wrapped("  " + line.options(), Align.LEFT, false, out);
        }
        if (isZero(line.discount()) && line.promotion() != null && !line.promotion().isBlank()) {
            wrapped("  " + t.get("line.promotion") + ": " + line.promotion(), Align.LEFT, false, out);
        }
    }

    /** The name in a column left of the amount, wrapped inside that column when it is long (CJK-aware widths). */
    private void nameWithAmount(String name, String amount, List<ReceiptBlock> out) {
        int nameCols = cols - glyphs.of(amount) - 1;
        if (nameCols < cols / 2) {
            wrapped(name, Align.LEFT, false, out);
            row("", amount, out);
            return;
        }
        List<String> parts = glyphs.wrap(name, nameCols);
        row(parts.get(0), amount, out);
        for (String p : parts.subList(1, parts.size())) {
            out.add(new Text(p, Align.LEFT, false, false));
        }
    }

    private void totals(Receipt r, ReceiptLabels t, List<ReceiptBlock> out) {
        row(t.get("total.subtotal"), money(r.subtotal()), out);
        if (!isZero(r.discounts())) {
            row(t.get("total.discounts"), money(r.discounts().abs().negated()), out);
        }
        largeRow(t.get("total.total"), money(r.total()), out);
        savings(r, t, out);
        for (TaxLine tax : r.taxes()) {
            String left = t.get("total.tax") + " " + rate(tax.rateBasisPoints()) + " (" + t.get("total.taxNet") + " "
                    + money(tax.net()) + ")";
            row(left, money(tax.tax()), out);
        }
    }

    /** Each promotion the sale took with what it saved, and the total saving. */
    private void savings(Receipt r, ReceiptLabels t, List<ReceiptBlock> out) {
        if (r.savings().isEmpty()) {
            return;
        }
        out.add(new Text(t.get("total.promotions"), Align.LEFT, false, false));
        for (Receipt.Saving s : r.savings()) {
            nameWithAmount("  " + s.promotion(), money(s.amount().abs().negated()), out);
        }
        row(t.get("total.saved"), money(r.totalSaving().abs()), out);
    }

    private void returnCode(Receipt r, List<ReceiptBlock> out) {
        if (r.code() == null || r.code().isBlank() || code == ReceiptCode.NONE) {
            return;
        }
        out.add(new ReceiptBlock.Feed(1));
        if (code == ReceiptCode.QR) {
            out.add(new ReceiptBlock.Qr(r.code()));
            out.add(new Text(glyphs.fit(r.code(), cols), Align.CENTER, false, false));
        } else if (Code128.moduleFor(r.code(), profile.dotsPerLine(), profile.minModule(), profile.maxModule())
                .isPresent()) {
            out.add(new ReceiptBlock.Barcode128(r.code()));
        } else {
            // Wider than the paper at the printer's narrowest module: a QR carries the same code.
            out.add(new ReceiptBlock.Qr(r.code()));
            out.add(new Text(glyphs.fit(r.code(), cols), Align.CENTER, false, false));
        }
    }

    private void row(String left, String right, List<ReceiptBlock> out) {
        if (glyphs.of(left) + 1 + glyphs.of(right) > cols) {
            wrapped(left, Align.LEFT, false, out); // a long label keeps its words: the amount goes below it
            if (!right.isEmpty()) {
                out.add(new Text(glyphs.padLeft(right, cols), Align.LEFT, false, false));
            }
            return;
        }
        out.add(new Text(glyphs.twoColumns(left, right, cols), Align.LEFT, false, false));
    }

    /** Double size across half the columns when it fits there, else a bold row of normal size. */
    private void largeRow(String left, String right, List<ReceiptBlock> out) {
        if (glyphs.of(left) + 1 + glyphs.of(right) <= cols / 2) {
            out.add(new ReceiptBlock.LargeRow(glyphs.printable(left), glyphs.printable(right)));
        } else {
            out.add(new Text(glyphs.twoColumns(left, right, cols), Align.LEFT, true, false));
        }
    }

    /** Breaks long text into lines of at most {@code cols} columns at word boundaries, or next to CJK characters. */
    private void wrapped(String text, Align align, boolean bold, List<ReceiptBlock> out) {
        for (String part : glyphs.wrap(text, cols)) {
            out.add(new Text(part, align, bold, false));
        }
    }

    static String money(Money m) {
        return m == null ? "" : m.toPlainString();
    }

    private static boolean isZero(Money m) {
        return m == null || m.isZero();
    }

    private static String quantity(long milli) {
        return BigDecimal.valueOf(milli, 3).stripTrailingZeros().toPlainString();
    }

    private static String rate(int basisPoints) {
        return BigDecimal.valueOf(basisPoints, 2).stripTrailingZeros().toPlainString() + "%";
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
