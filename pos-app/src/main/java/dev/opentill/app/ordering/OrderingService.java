package dev.opentill.app.ordering;

import dev.opentill.app.store.CatalogRepository;
import dev.opentill.app.store.MenuRepository;
import dev.opentill.app.ticket.OpenTicket;
import dev.opentill.core.callnumber.OrderNumberBlock;
import dev.opentill.core.catalog.Product;
import dev.opentill.core.menu.Combo;
import dev.opentill.core.menu.ComboPick;
import dev.opentill.core.menu.ComboPricer;
import dev.opentill.core.menu.ComboPricer.PricedCombo;
import dev.opentill.core.menu.OptionPick;
import dev.opentill.core.menu.OptionPricer;
import dev.opentill.core.menu.ProductMenu;
import dev.opentill.core.menu.SoldOut;
import dev.opentill.core.sale.LineOptions;
import dev.opentill.core.sale.SaleError;
import dev.opentill.core.sale.SaleException;
import dev.opentill.core.sale.Ticket;
import dev.opentill.core.sale.TicketLimits;
import dev.opentill.core.sale.TicketLine;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** {@link Ordering} over the till's menu tables and the open ticket. */
public final class OrderingService implements Ordering {
    private final OpenTicket ticket;
    private final CatalogRepository catalog;
    private final MenuRepository menus;
    private final Clock clock;
    private final ZoneId zone;
    private final LocalTime dayStart;

    public OrderingService(OpenTicket ticket, CatalogRepository catalog, MenuRepository menus, Clock clock,
            ZoneId zone, LocalTime dayStart) {
        this.ticket = ticket;
        this.catalog = catalog;
        this.menus = menus;
        this.clock = clock;
        this.zone = zone;
        this.dayStart = dayStart;
    }

    @Override
    public Optional<ProductMenu> menu(UUID productId) {
        return menus.menu(productId);
    }

    @Override
    public Ticket addWithOptions(UUID productId, List<OptionPick> picks) {
        Product p = product(productId);
        ProductMenu menu = menus.menu(productId).orElseGet(() -> new ProductMenu(productId, List.of()));
        LineOptions options = OptionPricer.price(p, menu, picks, soldOut());
        return ticket.change(t -> t.addWithOptions(p, options, 1000, TicketLimits.DEFAULT));
    }

    @Override
    public Ticket changeOptions(UUID lineId, List<OptionPick> picks) {
        TicketLine line = ticket.current().line(lineId);
        Product p = product(line.productId());
        ProductMenu menu = menus.menu(p.id()).orElseGet(() -> new ProductMenu(p.id(), List.of()));
        LineOptions options = OptionPricer.price(p, menu, picks, soldOut());
        return ticket.change(t -> t.changeOptions(lineId, options, TicketLimits.DEFAULT));
    }

    @Override
    public Optional<Combo> combo(UUID comboId) {
        return menus.combo(comboId);
    }

    @Override
    public List<Combo> combos() {
        return menus.combos().stream().map(menus::combo).flatMap(Optional::stream).toList();
    }

    @Override
    public Ticket addCombo(UUID comboId, List<ComboPick> picks) {
        Combo combo = menus.combo(comboId).orElseThrow(() -> new SaleException(SaleError.COMBO_INVALID,
                "No combo " + comboId, comboId.toString()));
        PricedCombo priced = ComboPricer.price(combo, picks, soldOut());
        return ticket.change(t -> t.addCombo(priced.products(), priced.options(), priced.price(), 1000,
                TicketLimits.DEFAULT));
    }

    @Override
    public SoldOut soldOut() {
        return menus.soldOut(today());
    }

    private LocalDate today() {
        return OrderNumberBlock.businessDay(clock.instant(), zone, dayStart);
    }

    private Product product(UUID id) {
        return catalog.byId(id).orElseThrow(() -> new SaleException(SaleError.UNKNOWN_BARCODE, "No product " + id,
                id.toString()));
    }
}
