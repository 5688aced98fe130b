package org.onedoor.platform.security.entity;

/** The container principal of an authenticated caller, carrying the whole {@link Caller}. */
public class CallerPrincipal extends jakarta.security.enterprise.CallerPrincipal {

    private static final long serialVersionUID = 1L;

    private final Caller caller;

    public CallerPrincipal(Caller caller) {
        super(caller.username());
        this.caller = caller;
    }

    public Caller caller() {
        return caller;
    }
}
