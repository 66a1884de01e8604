package dev.opentill.app.ordering;

import dev.opentill.core.menu.Combo;
import dev.opentill.core.menu.ComboPick;
import dev.opentill.core.menu.OptionPick;
import dev.opentill.core.menu.ProductMenu;
import dev.opentill.core.menu.SoldOut;
import dev.opentill.core.sale.Ticket;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Selling made-to-order drinks: a product's option groups, adding it with the cashier's choices,
 * changing them until payment, combos, and today's sold-out items. Each change is saved before it
 * returns; calls block on the local store and must be made off the FX thread. Refusals are
 * {@code SaleException}s.
 */
public interface Ordering {

    /** The product's option groups, or empty when it is sold as it is. */
    Optional<ProductMenu> menu(UUID productId);

    /** Adds one of the product with these choices. */
    Ticket addWithOptions(UUID productId, List<OptionPick> picks);

    /** Changes the choices of a line that has options. */
    Ticket changeOptions(UUID lineId, List<OptionPick> picks);

    Optional<Combo> combo(UUID comboId);

    /** The combos on sale, by code. */
    List<Combo> combos();

    /** Adds one combo with a product (and its choices) per slot. */
    Ticket addCombo(UUID comboId, List<ComboPick> picks);

    /** What is sold out today in this store. */
    SoldOut soldOut();
}
