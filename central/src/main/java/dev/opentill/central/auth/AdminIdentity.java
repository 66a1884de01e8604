package dev.opentill.central.auth;

import java.util.Set;

/** Who is calling the back-office API: a key's name and its roles. */
public record AdminIdentity(String name, Set<AdminRole> roles) {
    public boolean may(AdminRole role) {
        return roles.contains(AdminRole.OWNER) || roles.contains(role);
    }
}
