package org.onedoor.reception.intake.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.onedoor.platform.security.control.OidcSettings;

/**
 * The id of a pushed matter: the same for every retry of one Idempotency-Key in one center (so a
 * retry after a failure half way finds the case file the first attempt opened), yet not derivable
 * by anyone else who knows or guesses the key — an HMAC over center and key, keyed with this
 * module's own client secret, which every instance of the module holds and nobody outside it.
 */
@ApplicationScoped
public class IntakeMatterIds {

    private static final String ALGORITHM = "HmacSHA256";

    @Inject
    OidcSettings settings;

    public UUID of(String center, String key) {
        return of(
                settings.clientSecret()
                        .orElseThrow(() -> new IllegalStateException("onedoor.oidc.client-secret is not set")),
                center,
                key);
    }

    static UUID of(String clientSecret, String center, String key) {
        byte[] secret = clientSecret.getBytes(StandardCharsets.UTF_8);
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(new SecretKeySpec(secret, ALGORITHM));
            // the separator cannot occur in a division code, so (center, key) pairs cannot collide
            ByteBuffer digest = ByteBuffer.wrap(mac.doFinal((center + "\n" + key).getBytes(StandardCharsets.UTF_8)));
            long high = (digest.getLong() & ~0xF000L) | 0x8000L; // version 8: custom
            long low = (digest.getLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L; // IETF variant
            return new UUID(high, low);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(ALGORITHM + " is not available", e);
        }
    }
}
