package org.onedoor.platform.security.entity;

import java.io.Serializable;
import java.util.Objects;
import java.util.Set;

/**
 * Who is calling, as the identity provider vouched for it.
 *
 * @param subject the identity provider's stable user id
 * @param username the login name shown to staff
 * @param displayName the person's name, or the username when the provider has none
 * @param groups the flat role/group names from the token, used as application roles
 * @param sessionId the identity provider's session ({@code sid}), for back-channel logout; null for bearer calls
 * @param idToken the raw ID token, kept only to end the provider session at logout; null for bearer calls
 */
public record Caller(
        String subject, String username, String displayName, Set<String> groups, String sessionId, String idToken)
        implements Serializable {

    public Caller {
        Objects.requireNonNull(subject, "subject is required");
        Objects.requireNonNull(username, "username is required");
        displayName = displayName == null || displayName.isBlank() ? username : displayName;
        groups = Set.copyOf(groups);
    }

    public boolean hasRole(String role) {
        return groups.contains(role);
    }
}
