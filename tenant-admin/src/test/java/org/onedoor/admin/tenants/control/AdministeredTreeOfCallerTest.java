package org.onedoor.admin.tenants.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.onedoor.platform.security.entity.Caller;
import org.onedoor.platform.security.entity.Roles;

/** The tree a caller administers, computed from its memberships ({@link Delegation#administeredTree}). */
class AdministeredTreeOfCallerTest {

    /** The registry's paths, top first, as the recursive query would answer them. */
    private static final Map<String, List<String>> PATHS = Map.of(
            "420102", List.of("420000", "420100", "420102"),
            "420102001", List.of("420000", "420100", "420102", "420102001"),
            "420102001001", List.of("420000", "420100", "420102", "420102001", "420102001001"),
            "420103001", List.of("420000", "420100", "420103", "420103001"));

    private final Delegation delegation = new Delegation();

    AdministeredTreeOfCallerTest() {
        delegation.registry = new TenantRegistry() {
            @Override
            public List<String> path(String code) {
                return PATHS.getOrDefault(code, List.of());
            }
        };
    }

    @Test
    void anAdministratorOfADistrictAndItsStreetAndCommunityHasOneRoot() {
        Caller caller = caller(Set.of(), "420102001001:tenant-admin", "420102:tenant-admin", "420102001:tenant-admin");

        assertThat(delegation.administeredTree(caller).roots()).containsExactly("420102");
    }

    @Test
    void centersWhereTheCallerOnlyWorksAreNoPartOfItsTree() {
        Caller caller = caller(Set.of(), "420102001:tenant-admin", "420103001:mediator", "420102:mediator");

        assertThat(delegation.administeredTree(caller).roots()).containsExactly("420102001");
        assertThat(delegation.administeredTree(caller).whole()).isFalse();
    }

    @Test
    void unrelatedAdministeredCentersAreSeparateRoots() {
        Caller caller = caller(Set.of(), "420103001:tenant-admin", "420102001:tenant-admin");

        assertThat(delegation.administeredTree(caller).roots()).containsExactly("420102001", "420103001");
    }

    @Test
    void aCenterUnknownToTheRegistryGivesNoRoot() {
        Caller caller = caller(Set.of(), "999999:tenant-admin");

        assertThat(delegation.administeredTree(caller).isEmpty()).isTrue();
    }

    private static Caller caller(Set<String> groups, String... memberships) {
        Set<String> roles = new java.util.HashSet<>(groups);
        roles.add(Roles.TENANT_ADMIN);
        return new Caller("subject", "someone", null, roles, null, null, Set.of(memberships));
    }
}
