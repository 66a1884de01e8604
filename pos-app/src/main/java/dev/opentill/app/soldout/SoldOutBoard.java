package dev.opentill.app.soldout;

import dev.opentill.app.security.Approval;
import dev.opentill.core.menu.SoldOutEntry;
import java.util.List;

/**
 * What the sold-out screen needs: the products and options that can run out today, and marking one
 * sold out or available again (a supervisor or manager; otherwise one approves on the spot).
 */
public interface SoldOutBoard {
    /** Made-to-order products, then every option by group, each with today's state. */
    List<SoldOutEntry> items();

    /** Marks the item sold out for today ({@code soldOut}) or available again; refused for others than supervisors. */
    void mark(String itemKey, boolean soldOut, Approval approval);
}
