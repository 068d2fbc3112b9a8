package org.hybridplanner.app.account;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The planner role that a provider's ID token claims give: an admin value in the role claim makes an admin; otherwise
 * a user value (or any sign-in, when no user values are configured) makes a user; anything else is refused. Values
 * match exactly, as the provider sends them (Entra ID: app role values, or group object ids).
 */
record ProviderRoles(String claim, Set<String> adminValues, Set<String> userValues) {
    ProviderRoles {
        adminValues = Set.copyOf(adminValues);
        userValues = Set.copyOf(userValues);
    }

    /** The role, or empty when this person may not use the planner. */
    Optional<Role> roleFor(Map<String, Object> claims) {
        Set<String> values = values(claims.get(claim));
        if (values.stream().anyMatch(adminValues::contains)) {
            return Optional.of(Role.ADMIN);
        }
        if (userValues.isEmpty() || values.stream().anyMatch(userValues::contains)) {
            return Optional.of(Role.USER);
        }
        return Optional.empty();
    }

    /** A claim may hold a list of values or, with some providers, a single one. */
    private static Set<String> values(Object claim) {
        if (claim instanceof Collection<?> many) {
            return many.stream().map(String::valueOf).collect(Collectors.toUnmodifiableSet());
        }
        return claim == null ? Set.of() : Set.of(String.valueOf(claim));
    }
}
