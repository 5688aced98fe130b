package org.onedoor.platform.security.control;

import com.nimbusds.jwt.JWTParser;
import java.text.ParseException;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;

/** When an access token the session holds stops being accepted (read, not verified: it is our own copy). */
final class AccessTokenExpiry {

    private AccessTokenExpiry() {}

    static boolean expiresWithin(String accessToken, Duration margin, Instant now) {
        try {
            Date expiry = JWTParser.parse(accessToken).getJWTClaimsSet().getExpirationTime();
            return expiry == null || !now.plus(margin).isBefore(expiry.toInstant());
        } catch (ParseException e) {
            return true;
        }
    }
}
