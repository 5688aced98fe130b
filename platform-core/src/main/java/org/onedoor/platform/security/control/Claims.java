package org.onedoor.platform.security.control;

import com.nimbusds.jwt.JWTClaimsSet;
import java.text.ParseException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.onedoor.platform.security.entity.Caller;

/** Reads a {@link Caller} from verified token claims. */
final class Claims {

    /** The claim listing the caller's center memberships as {@code <division code>:<role>} (see the realm file). */
    static final String MEMBERSHIPS = "memberships";

    private Claims() {}

    /** Chinese names read family name first (李敏), which the provider's {@code name} claim does not do. */
    static String displayName(JWTClaimsSet claims) throws ParseException {
        String family = claims.getStringClaim("family_name");
        String given = claims.getStringClaim("given_name");
        if (family != null && given != null && (isHan(family) || isHan(given))) {
            return family + given;
        }
        return claims.getStringClaim("name");
    }

    private static boolean isHan(String text) {
        return text.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
    }

    static Caller caller(JWTClaimsSet claims, String groupsClaim, String idToken) throws ParseException {
        String username = claims.getStringClaim("preferred_username");
        if (username == null) {
            // client-credentials tokens name the client, not a person
            username = claims.getStringClaim("azp");
        }
        if (username == null) {
            username = claims.getSubject();
        }
        Set<String> roles = strings(claims, groupsClaim);
        return new Caller(
                claims.getSubject(),
                username,
                displayName(claims),
                roles,
                claims.getStringClaim("sid"),
                idToken,
                strings(claims, MEMBERSHIPS));
    }

    private static Set<String> strings(JWTClaimsSet claims, String name) throws ParseException {
        List<String> values = claims.getStringListClaim(name);
        return values == null ? Set.of() : new HashSet<>(values);
    }
}
