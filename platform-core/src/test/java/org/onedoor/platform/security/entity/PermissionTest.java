package org.onedoor.platform.security.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PermissionTest {

    @CenterRoles({Roles.MEDIATOR, Roles.LEADER})
    @Retention(RetentionPolicy.RUNTIME)
    @interface Handles {}

    @CenterRoles(modulesOnly = true)
    @Retention(RetentionPolicy.RUNTIME)
    @interface ModulesOnly {}

    @Retention(RetentionPolicy.RUNTIME)
    @interface NotAPermission {}

    @Handles
    static class Resource {
        @ModulesOnly
        public void open() {}

        @NotAPermission
        public void list() {}
    }

    static class Plain {
        public void any() {}
    }

    @Test
    void anyListedRoleAdmits() {
        Permission handles = Permission.of(Handles.class);

        assertThat(handles.admits(Set.of(Roles.LEADER))).isTrue();
        assertThat(handles.admits(Set.of(Roles.RECEPTIONIST, Roles.MEDIATOR))).isTrue();
        assertThat(handles.admits(Set.of(Roles.RECEPTIONIST))).isFalse();
        assertThat(handles.admits(Set.of())).isFalse();
    }

    @Test
    void noRolesListedMeansAnyStaffRoleButNotAnOfficial() {
        assertThat(Permission.ANY_STAFF.admits(Set.of(Roles.GRID_WORKER))).isTrue();
        assertThat(Permission.ANY_STAFF.admits(Set.of(Roles.OFFICIAL))).isFalse();
        assertThat(Permission.ANY_STAFF.admits(Set.of())).isFalse();
    }

    @Test
    void modulesOnlyAdmitsNoPersonWhateverTheRoles() {
        Permission modules = Permission.of(ModulesOnly.class);

        assertThat(modules.modulesOnly()).isTrue();
        assertThat(modules.admits(Set.copyOf(Roles.ALL))).isFalse();
    }

    @Test
    void theMethodsDeclarationWinsOverItsClassAndAnUndeclaredOneFollowsTheClass() throws Exception {
        assertThat(Permission.of(Resource.class.getMethod("open"), Resource.class)
                        .modulesOnly())
                .isTrue();
        assertThat(Permission.of(Resource.class.getMethod("list"), Resource.class))
                .isEqualTo(Permission.of(Handles.class));
        assertThat(Permission.of(Plain.class.getMethod("any"), Plain.class)).isEqualTo(Permission.ANY_STAFF);
    }

    @Test
    void anAnnotationWithoutCenterRolesIsNoPermission() {
        assertThatThrownBy(() -> Permission.of(NotAPermission.class))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("@CenterRoles");
    }
}
