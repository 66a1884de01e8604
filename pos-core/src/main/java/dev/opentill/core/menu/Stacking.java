package dev.opentill.core.menu;

/** How an option combines with the others of its group. */
public enum Stacking {
    /** Chosen alone in its group and once (a size, a sugar level, "no topping"). */
    EXCLUSIVE,
    /** Combines with other options of its group and may be taken more than once (two toppings, double pearls). */
    STACKABLE
}
