package org.onedoor.stack;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The realm OneDoor ships (issue #2.4): what must hold in it, checked before any Keycloak starts. */
class RealmDefinitionTest {

    private final JsonObject realm = Json.createReader(getClass().getResourceAsStream(KeycloakServer.REALM_RESOURCE))
            .readObject();

    @Test
    void bruteForceProtectionAndPasswordPolicyAreOn() {
        assertThat(realm.getBoolean("bruteForceProtected")).isTrue();
        assertThat(realm.getString("passwordPolicy")).contains("length(10)", "digits(1)", "notUsername");
        assertThat(realm.getString("sslRequired")).isEqualTo("external");
    }

    @Test
    void everyBrowserClientUsesAuthorizationCodeWithPkceAndBackChannelLogout() {
        for (String module : List.of("admin", "reception", "cases")) {
            JsonObject client = client("onedoor-" + module);
            assertThat(client.getBoolean("standardFlowEnabled")).isTrue();
            assertThat(client.getBoolean("implicitFlowEnabled")).isFalse();
            assertThat(client.getBoolean("directAccessGrantsEnabled")).isFalse();
            JsonObject attributes = client.getJsonObject("attributes");
            assertThat(attributes.getString("pkce.code.challenge.method")).isEqualTo("S256");
            assertThat(attributes.getString("backchannel.logout.url"))
                    .endsWith("/" + module + "/oidc/backchannel-logout");
            assertThat(client.getString("secret"))
                    .as("no secret in the repository")
                    .startsWith("${");
        }
    }

    @Test
    void integrationsAreCreatedByCentersNotSharedInTheRealm() {
        assertThat(realm.getJsonArray("clients").getValuesAs(JsonObject.class))
                .as("no client whose one secret could push into every center that connects it")
                .noneSatisfy(client -> assertThat(client.getString("clientId")).contains("integration"));
        JsonObject provisioner = realm.getJsonArray("users").getValuesAs(JsonObject.class).stream()
                .filter(user -> "onedoor-provisioner".equals(user.getString("serviceAccountClientId", "")))
                .findFirst()
                .orElseThrow();
        assertThat(provisioner
                        .getJsonObject("clientRoles")
                        .getJsonArray("realm-management")
                        .toString())
                .as("tenant-admin creates each center's integration clients")
                .contains("\"manage-clients\"");
    }

    @Test
    void everyClientOfPeopleOrSystemsPutsRolesAndMembershipsInFlatClaims() {
        for (JsonObject client : realm.getJsonArray("clients").getValuesAs(JsonObject.class)) {
            if (client.getString("clientId").equals("onedoor-provisioner")) {
                continue; // talks to the admin API only; its tokens never reach OneDoor
            }
            var mappers = client.getJsonArray("protocolMappers").getValuesAs(JsonObject.class);
            assertThat(mappers).as(client.getString("clientId")).anySatisfy(mapper -> {
                assertThat(mapper.getString("protocolMapper")).isEqualTo("oidc-usermodel-realm-role-mapper");
                assertThat(mapper.getJsonObject("config").getString("claim.name"))
                        .isEqualTo("groups");
            });
            assertThat(mappers).as(client.getString("clientId")).anySatisfy(mapper -> {
                assertThat(mapper.getString("protocolMapper")).isEqualTo("oidc-group-membership-mapper");
                assertThat(mapper.getJsonObject("config").getString("claim.name"))
                        .isEqualTo("memberships");
                assertThat(mapper.getJsonObject("config").getString("full.path"))
                        .isEqualTo("false");
            });
        }
    }

    @Test
    void theProvisionerMayManageUsersAndGroupsOnly() {
        JsonObject provisioner = client("onedoor-provisioner");
        assertThat(provisioner.getBoolean("serviceAccountsEnabled")).isTrue();
        assertThat(provisioner.getBoolean("standardFlowEnabled")).isFalse();
        JsonObject account = realm.getJsonArray("users").getValuesAs(JsonObject.class).stream()
                .filter(user -> "onedoor-provisioner".equals(user.getString("serviceAccountClientId", null)))
                .findFirst()
                .orElseThrow();
        assertThat(account.getJsonObject("clientRoles")
                        .getJsonArray("realm-management")
                        .toString())
                .contains("manage-users")
                .doesNotContain("manage-realm", "realm-admin");
    }

    @Test
    void oneDemoUserPerPlatformRoleWithAPasswordFromTheEnvironment() {
        List<DemoLogins.Login> logins = DemoLogins.fromRealm();
        List<String> roles = realm.getJsonObject("roles").getJsonArray("realm").getValuesAs(JsonObject.class).stream()
                .map(role -> role.getString("name"))
                .filter(role -> !role.equals("integration") && !role.equals("platform-module"))
                .toList();

        assertThat(logins).extracting(DemoLogins.Login::role).containsExactlyInAnyOrderElementsOf(roles);
        assertThat(realm.getJsonArray("users").getValuesAs(JsonObject.class))
                .filteredOn(user -> user.containsKey("credentials"))
                .allSatisfy(user -> assertThat(user.getJsonArray("credentials")
                                .getJsonObject(0)
                                .getString("value"))
                        .isEqualTo("${ONEDOOR_DEMO_PASSWORD}"));
    }

    private JsonObject client(String clientId) {
        return realm.getJsonArray("clients").getValuesAs(JsonObject.class).stream()
                .filter(client -> client.getString("clientId").equals(clientId))
                .findFirst()
                .orElseThrow();
    }
}
