package org.onedoor.platform.security.entity;

import java.util.Objects;

/**
 * Who did something, as records keep it (issue #22.1): the username, which identifies, and the
 * person's name at the time, which people read. The name may be unknown (records written before
 * names were kept, or a module that did not pass it on): then the username is shown.
 */
public record Actor(String username, String name) {

    public Actor {
        Objects.requireNonNull(username, "username is required");
        name = name == null || name.isBlank() ? null : name.strip();
    }

    /** Someone known only by username. */
    public static Actor unnamed(String username) {
        return new Actor(username, null);
    }

    /** What people read: the name, else the username. */
    public String shownName() {
        return name == null ? username : name;
    }
}
