package org.onedoor.reception.hall.entity;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The secret of a hall display link: 256 random bits, written URL-safe (43 characters). It is the
 * display's only credential, so it is shown once when the link is made and kept nowhere but in the
 * display's address; OneDoor stores its SHA-256 (ADR 0024). A plain hash suffices: the token is
 * random, not chosen by a person, so there is nothing to guess from the hash.
 */
public final class DisplayToken {

    public static final int BYTES = 32;
    /** Base64url without padding of {@value #BYTES} bytes. */
    public static final int LENGTH = 43;

    private static final Pattern FORM = Pattern.compile("[A-Za-z0-9_-]{" + LENGTH + "}");
    private static final SecureRandom RANDOM = new SecureRandom();

    private final String value;

    private DisplayToken(String value) {
        this.value = value;
    }

    public static DisplayToken generate() {
        byte[] secret = new byte[BYTES];
        RANDOM.nextBytes(secret);
        return new DisplayToken(Base64.getUrlEncoder().withoutPadding().encodeToString(secret));
    }

    /**
     * The token written in a display's address; empty for anything that cannot be one, so a probe
     * with junk never reaches the database.
     */
    public static Optional<DisplayToken> parse(String text) {
        return text != null && FORM.matcher(text).matches() ? Optional.of(new DisplayToken(text)) : Optional.empty();
    }

    /** The token as the display's address carries it. */
    public String value() {
        return value;
    }

    /** What OneDoor keeps of the token: its SHA-256, 64 lowercase hex digits. */
    public String hash() {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof DisplayToken token && token.value.equals(value);
    }

    @Override
    public int hashCode() {
        return Objects.hash(value);
    }

    /** Never the secret itself: tokens end up in log lines through string concatenation. */
    @Override
    public String toString() {
        return "DisplayToken[…]";
    }
}
