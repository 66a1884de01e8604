package dev.opentill.app.ui.sale;

import dev.opentill.app.ui.devices.DisplayOutput;

import dev.opentill.app.ui.common.Formats;
import dev.opentill.app.ui.common.UiText;
import dev.opentill.core.sale.TicketLine;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * Keeps the customer display in step with the ticket: after each change it shows the last item
 * added with its amount on the top line and the running total below, in the cashier's language.
 */
public final class CustomerDisplayFeed {
    private final DisplayOutput display;
    private final Locale locale;
    private final Function<UiText, String> text;

    public CustomerDisplayFeed(CurrentTicket ticket, DisplayOutput display, Locale locale,
            Function<UiText, String> text) {
        this.display = display;
        this.locale = locale;
        this.text = text;
        ticket.stateProperty().addListener((o, was, now) -> changed(was, now));
    }

    private void changed(TicketState was, TicketState now) {
        if (now == null || now.ticket().isEmpty()) {
            return;
        }
        List<TicketLine> lines = now.ticket().lines();
        TicketLine last = lines.get(lines.size() - 1);
        boolean sameTicket = was != null && was.ticket().id().equals(now.ticket().id());
        if (sameTicket && was.ticket().lines().size() == lines.size()
                && was.totals().total().equals(now.totals().total())) {
            return;
        }
        String top = last.voided() ? "" : last.displayName(locale) + " " + Formats.money(last.netAmount());
        display.show(top, text.apply(UiText.of("display.total")) + " " + Formats.money(now.totals().total()));
    }
}
