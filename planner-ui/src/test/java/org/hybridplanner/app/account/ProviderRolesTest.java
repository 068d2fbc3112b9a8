package org.hybridplanner.app.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ProviderRolesTest {
    private final ProviderRoles anyoneMayUse = new ProviderRoles("roles", Set.of("Planner.Admin"), Set.of());
    private final ProviderRoles groupMembersOnly = new ProviderRoles("groups",
            Set.of("9a1c0e4e-admins"), Set.of("5b2d1f5f-planners"));

    @Test
    void anAdminValueInTheClaimMakesAnAdmin() {
        assertThat(anyoneMayUse.roleFor(Map.of("roles", List.of("Other", "Planner.Admin")))).hasValue(Role.ADMIN);
        assertThat(groupMembersOnly.roleFor(Map.of("groups", List.of("9a1c0e4e-admins")))).hasValue(Role.ADMIN);
    }

    @Test
    void withoutUserValuesEveryoneTheProviderSignsInIsAUser() {
        assertThat(anyoneMayUse.roleFor(Map.of())).hasValue(Role.USER);
        assertThat(anyoneMayUse.roleFor(Map.of("roles", List.of("Planner.Reader")))).hasValue(Role.USER);
    }

    @Test
    void withUserValuesOnlyThoseWithOneGetIn() {
        assertThat(groupMembersOnly.roleFor(Map.of("groups", List.of("5b2d1f5f-planners")))).hasValue(Role.USER);
        assertThat(groupMembersOnly.roleFor(Map.of("groups", List.of("77-other")))).isEmpty();
        assertThat(groupMembersOnly.roleFor(Map.of())).isEmpty();
    }

    @Test
    void valuesMatchExactlyInTheConfiguredClaimOnly() {
        assertThat(anyoneMayUse.roleFor(Map.of("roles", List.of("planner.admin")))).hasValue(Role.USER);
        assertThat(anyoneMayUse.roleFor(Map.of("groups", List.of("Planner.Admin")))).hasValue(Role.USER);
        assertThat(groupMembersOnly.roleFor(Map.of("roles", List.of("5b2d1f5f-planners")))).isEmpty();
    }

    @Test
    void aClaimWithOneValueInsteadOfAListCounts() {
        assertThat(anyoneMayUse.roleFor(Map.of("roles", "Planner.Admin"))).hasValue(Role.ADMIN);
    }
}
