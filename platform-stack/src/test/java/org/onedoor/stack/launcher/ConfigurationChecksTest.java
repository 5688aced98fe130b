package org.onedoor.stack.launcher;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.onedoor.stack.Ports;
import org.onedoor.stack.StackException;

/** Issue #2: an unreachable PostgreSQL or identity provider is named in one sentence, before anything starts. */
class ConfigurationChecksTest {

    @Test
    void unreachablePostgresIsNamedWithTheSettingsToCheck() {
        String url = "jdbc:postgresql://localhost:" + Ports.free() + "/onedoor";

        assertThatThrownBy(() -> LocalPlatform.checkDatabase(
                        new LocalPlatform.Database(url, "onedoor", "secret"), "ONEDOOR_DB_URL, ONEDOOR_DB_USER"))
                .isInstanceOf(StackException.class)
                .hasMessageStartingWith("Cannot connect to PostgreSQL at " + url + " as onedoor: ")
                .hasMessageEndingWith(". Check ONEDOOR_DB_URL, ONEDOOR_DB_USER.")
                .hasMessageNotContaining("\n");
    }

    @Test
    void silentIdentityProviderIsNamedWithItsSetting() {
        String issuer = "http://localhost:" + Ports.free() + "/realms/onedoor";

        assertThatThrownBy(() -> LocalPlatform.checkIssuer(issuer))
                .isInstanceOf(StackException.class)
                .hasMessage("The identity provider at " + issuer + " does not answer (no connection for " + issuer
                        + "/.well-known/openid-configuration). Check ONEDOOR_OIDC_ISSUER.");
    }
}
