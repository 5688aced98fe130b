package org.onedoor.platform.problems.entity;

/**
 * Something OneDoor depends on cannot be reached now (another module, the identity provider):
 * nothing was done here, and the caller may try again shortly. 503.
 */
public class UnavailableException extends OneDoorException {

    private final String kind;

    private UnavailableException(String kind, String what, Throwable cause) {
        super("problem." + kind, what);
        this.kind = kind;
        initCause(cause);
    }

    /** Another OneDoor module, e.g. {@code cases}, failed or did not answer. */
    public static UnavailableException module(String module, Throwable cause) {
        return new UnavailableException("module-unavailable", module, cause);
    }

    /** The identity provider ({@code issuer}) did not answer. */
    public static UnavailableException identityProvider(String issuer, Throwable cause) {
        return new UnavailableException("identity-provider-unavailable", issuer, cause);
    }

    /** Whether the identity provider is what could not be reached. */
    public boolean isIdentityProvider() {
        return kind.equals("identity-provider-unavailable");
    }

    @Override
    public int status() {
        return 503;
    }

    @Override
    public String kind() {
        return kind;
    }
}
