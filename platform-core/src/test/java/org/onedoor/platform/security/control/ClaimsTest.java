package org.onedoor.platform.security.control;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jwt.JWTClaimsSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.onedoor.platform.security.entity.Caller;

class ClaimsTest {

    @Test
    void personFromAUserToken() throws Exception {
        JWTClaimsSet claims = new JWTClaimsSet.Builder()
                .subject("9deb80a5")
                .claim("preferred_username", "admin")
                .claim("name", "敏 李")
                .claim("given_name", "敏")
                .claim("family_name", "李")
                .claim("groups", List.of("tenant-admin"))
                .claim("sid", "session-1")
                .build();

        Caller caller = Claims.caller(claims, "groups", "id-token");

        assertThat(caller.username()).isEqualTo("admin");
        assertThat(caller.displayName()).as("family name first").isEqualTo("李敏");
        assertThat(caller.groups()).containsExactly("tenant-admin");
        assertThat(caller.sessionId()).isEqualTo("session-1");
        assertThat(caller.idToken()).isEqualTo("id-token");
    }

    @Test
    void westernNamesKeepTheProvidersOrder() throws Exception {
        JWTClaimsSet claims = new JWTClaimsSet.Builder()
                .subject("s")
                .claim("preferred_username", "jane")
                .claim("name", "Jane Doe")
                .claim("given_name", "Jane")
                .claim("family_name", "Doe")
                .build();

        assertThat(Claims.caller(claims, "groups", null).displayName()).isEqualTo("Jane Doe");
    }

    @Test
    void aSystemIsNamedByItsClient() throws Exception {
        JWTClaimsSet claims = new JWTClaimsSet.Builder()
                .subject("service-account-id")
                .claim("azp", "onedoor-integration")
                .claim("groups", List.of("integration"))
                .build();

        Caller caller = Claims.caller(claims, "groups", null);

        assertThat(caller.username()).isEqualTo("onedoor-integration");
        assertThat(caller.displayName()).isEqualTo("onedoor-integration");
        assertThat(caller.hasRole("integration")).isTrue();
    }

    @Test
    void noGroupsMeansNoRoles() throws Exception {
        JWTClaimsSet claims = new JWTClaimsSet.Builder()
                .subject("s")
                .claim("preferred_username", "u")
                .build();

        assertThat(Claims.caller(claims, "groups", null).groups()).isEmpty();
    }
}
