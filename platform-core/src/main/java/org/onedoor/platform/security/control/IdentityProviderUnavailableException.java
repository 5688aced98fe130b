package org.onedoor.platform.security.control;

import org.onedoor.platform.problems.entity.OneDoorException;

/** The identity provider cannot be reached now; the caller may try again shortly. */
public class IdentityProviderUnavailableException extends OneDoorException {

    public IdentityProviderUnavailableException(String issuer, Throwable cause) {
        super("problem.identity-provider-unavailable", issuer);
        initCause(cause);
    }

    @Override
    public int status() {
        return 503;
    }

    @Override
    public String kind() {
        return "identity-provider-unavailable";
    }
}
