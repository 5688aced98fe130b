package org.onedoor.platform.security.control;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.PlainHeader;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import org.junit.jupiter.api.Test;

/** The absolute lifetime of a browser session and when its access token is renewed (ADR 0013). */
class BrowserSessionsTest {

    private static final Instant LOGIN = Instant.parse("2026-12-05T01:00:00Z");

    @Test
    void aSessionEndsAtItsAbsoluteLifetimeWhateverItsActivity() {
        Duration eightHours = Duration.ofHours(8);
        assertThat(BrowserSessions.expired(LOGIN, LOGIN.plus(Duration.ofHours(7).plusMinutes(59)), eightHours))
                .isFalse();
        assertThat(BrowserSessions.expired(LOGIN, LOGIN.plus(eightHours), eightHours))
                .isTrue();
        assertThat(BrowserSessions.expired(LOGIN, LOGIN.plus(Duration.ofDays(3)), eightHours))
                .isTrue();
    }

    @Test
    void theLifetimeIsConfigurableInHours() {
        BrowserSessions sessions = new BrowserSessions();
        sessions.maxHours = 8;
        assertThat(sessions.maxLifetime()).isEqualTo(Duration.ofHours(8));
        sessions.maxHours = 0.5;
        assertThat(sessions.maxLifetime()).isEqualTo(Duration.ofMinutes(30));
    }

    @Test
    void anAccessTokenIsRenewedShortlyBeforeItExpires() {
        String token = new PlainJWT(
                        new PlainHeader(),
                        new JWTClaimsSet.Builder()
                                .expirationTime(Date.from(LOGIN.plusSeconds(300)))
                                .build())
                .serialize();
        assertThat(AccessTokenExpiry.expiresWithin(token, Duration.ofSeconds(10), LOGIN))
                .isFalse();
        assertThat(AccessTokenExpiry.expiresWithin(token, Duration.ofSeconds(10), LOGIN.plusSeconds(295)))
                .isTrue();
        assertThat(AccessTokenExpiry.expiresWithin("not a token", Duration.ofSeconds(10), LOGIN))
                .isTrue();
    }
}
