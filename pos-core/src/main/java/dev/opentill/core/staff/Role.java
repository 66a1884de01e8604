package dev.opentill.core.staff;

import java.util.EnumSet;
import java.util.Set;

/** What a person at the till may do. Least privilege: a cashier sells; overrides need more. */
public enum Role {
    CASHIER(EnumSet.noneOf(Permission.class)),
    SUPERVISOR(EnumSet.of(Permission.VOID_LINE, Permission.OVERRIDE_PRICE, Permission.DISCOUNT_BEYOND_LIMIT,
            Permission.CANCEL_TICKET, Permission.NO_SALE, Permission.REFUND, Permission.MARK_SOLD_OUT)),
    MANAGER(EnumSet.allOf(Permission.class)),
    /** Installs and looks after the till's devices; no selling overrides. */
    TECHNICIAN(EnumSet.of(Permission.MANAGE_DEVICES));

    private final Set<Permission> permissions;

    Role(Set<Permission> permissions) {
        this.permissions = permissions;
    }

    public boolean may(Permission p) {
        return permissions.contains(p);
    }

    /** Parses a stored role name; unknown names get no privileges rather than an error at login. */
    public static Role parse(String name) {
        for (Role r : values()) {
            if (r.name().equalsIgnoreCase(name)) {
                return r;
            }
        }
        return CASHIER;
    }
}
