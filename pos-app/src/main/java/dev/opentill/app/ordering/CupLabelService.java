package dev.opentill.app.ordering;

import dev.opentill.app.store.SaleReader;
import dev.opentill.core.callnumber.OrderNumberBlock;
import dev.opentill.core.production.LabelQr;
import dev.opentill.core.catalog.LocalName;
import dev.opentill.core.sale.ComboRef;
import dev.opentill.core.sale.TicketLine;
import dev.opentill.peripherals.label.CupLabel;
import dev.opentill.peripherals.label.LabelPrinter;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * {@link CupLabels} over a TSPL label printer. A sale's labels are built from its stored rows, so a
 * reprint says what the first print said. Each cup's QR names its order ({@link LabelQr}), for the
 * bar to scan when it is made.
 */
public final class CupLabelService implements CupLabels {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");
    private final String storeCode;
    private final String terminalCode;
    private final SaleReader sales;
    private final LabelPrinter printer;
    private final ZoneId zone;
    private final Supplier<Locale> locale;

    public CupLabelService(SaleReader sales, LabelPrinter printer, ZoneId zone, Supplier<Locale> locale,
            String storeCode, String terminalCode) {
        this.storeCode = storeCode;
        this.terminalCode = terminalCode;
        this.sales = sales;
        this.printer = printer;
        this.zone = zone;
        this.locale = locale;
    }

    @Override
    public int printSale(UUID saleId) {
        return sales.numbered(saleId).map(n -> print(new Order(n.orderNumber(), Channel.COUNTER, null,
                n.completedAt(), n.lines()), new LabelQr(storeCode, terminalCode, n.receiptNo()).text())).orElse(0);
    }

    @Override
    public int printOrder(Order order) {
        return print(order, null);
    }

    @Override
    public int waiting() {
        return printer.waiting().size();
    }

    private int print(Order order, String qr) {
        Locale l = locale.get();
        ResourceBundle texts = ResourceBundle.getBundle("dev.opentill.app.ordering.CupLabelTexts", l);
        List<TicketLine> cups = order.lines().stream().filter(t -> !t.voided() && t.options() != null).toList();
        int total = 0;
        for (TicketLine t : cups) {
            total += cupsOf(t);
        }
        List<CupLabel> labels = new ArrayList<>(total);
        String number = OrderNumberBlock.text(order.orderNumber());
        String time = TIME.format(order.at().atZone(zone));
        String channel = texts.getString("channel." + order.channel().name().toLowerCase(Locale.ROOT));
        int cup = 0;
        for (TicketLine t : cups) {
            String options = options(t, l);
            for (int i = 0; i < cupsOf(t); i++) {
                cup++;
                labels.add(new CupLabel(number, cup, total, t.displayName(l), options, order.note(), time, channel,
                        qr));
            }
        }
        if (!labels.isEmpty()) {
            printer.print(labels);
        }
        return total;
    }

    /** One cup per whole piece; a line always makes at least one. */
    private static int cupsOf(TicketLine t) {
        return (int) Math.max(1, t.quantityMilli() / 1000);
    }

    private static String options(TicketLine t, Locale l) {
        String chosen = t.options().summary(l);
        ComboRef combo = t.options().combo();
        return combo == null
                ? chosen
                : LocalName.pick(l, combo.nameZh(), combo.nameEn(), combo.comboCode())
                        + (chosen.isEmpty() ? "" : ": " + chosen);
    }
}
