package dev.opentill.central.auth;

/** What a back-office key may do. Each route needs one role; OWNER may do everything. */
public enum AdminRole {
    /** Everything, including issuing and revoking admin keys and reading the admin audit. */
    OWNER,
    /** Stores, terminals, enrollment codes and revoking terminals. */
    STORES,
    /** Tax classes, categories, products, prices and members. */
    CATALOG,
    /** Stock receipts into stores. */
    STOCK,
    /** Staff: create, import, disable and give new PINs. */
    STAFF,
    /** Read-only: terminal sync status. */
    MONITOR,
    /** Delivery-platform adapters: post and cancel orders, read their status, open or close a store for them. */
    DELIVERY
}
