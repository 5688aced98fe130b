package org.onedoor.platform.matters.entity;

/** How a matter reached the center (有访必接: every channel is accepted). */
public enum Channel {
    WALK_IN,
    PHONE,
    HOTLINE_12345,
    PETITION,
    GRID_REPORT,
    ONLINE,
    REFERRAL;

    /** Channels an integration may push matters in by; walk-ins and calls are registered at the desk. */
    public boolean isIntegration() {
        return this != WALK_IN && this != PHONE;
    }
}
