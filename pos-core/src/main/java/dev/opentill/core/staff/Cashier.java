package dev.opentill.core.staff;

import java.util.UUID;

/** A person signed in at the till. {@code maxDiscountBp} is the discount they may give unaided. */
public record Cashier(UUID id, String loginCode, String name, Role role, int maxDiscountBp) {
    public boolean may(Permission p) {
        return role.may(p);
    }
}
