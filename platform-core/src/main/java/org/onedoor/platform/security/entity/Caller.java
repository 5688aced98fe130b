package org.onedoor.platform.security.entity;

import java.io.Serializable;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Who is calling, as the identity provider vouched for it.
 *
 * @param subject the identity provider's stable user id
 * @param username the login name shown to staff
 * @param displayName the person's name, or the username when the provider has none
 * @param groups the flat role/group names from the token, used as application roles
 * @param sessionId the identity provider's session ({@code sid}), for back-channel logout; null for bearer calls
 * @param idToken the raw ID token, kept only to end the provider session at logout; null for bearer calls
 * @param memberships the caller's roles per center, as {@code <division code>:<role>}
 */
public record Caller(
        String subject,
        String username,
        String displayName,
        Set<String> groups,
        String sessionId,
        String idToken,
        Set<String> memberships)
        implements Serializable {

    public Caller {
        Objects.requireNonNull(subject, "subject is required");
        Objects.requireNonNull(username, "username is required");
        displayName = displayName == null || displayName.isBlank() ? username : displayName;
        groups = Set.copyOf(groups);
        memberships = Set.copyOf(memberships);
    }

    /** The same caller with its memberships as the identity provider knows them now. */
    public Caller withMemberships(Set<String> current) {
        return new Caller(subject, username, displayName, groups, sessionId, idToken, current);
    }

    /**
     * A program's service account (Keycloak names it {@code service-account-<client>}); its
     * memberships are its token's, not a person's.
     */
    public boolean isServiceAccount() {
        return username.startsWith("service-account-");
    }

    public boolean hasRole(String role) {
        return groups.contains(role);
    }

    /** The centers the caller belongs to, in any role. */
    public Set<String> centers() {
        return memberships.stream().map(Caller::centerOf).collect(Collectors.toUnmodifiableSet());
    }

    /** The caller's roles in the center {@code code}; empty when not a member. */
    public Set<String> rolesIn(String code) {
        return memberships.stream()
                .filter(membership -> centerOf(membership).equals(code))
                .map(membership -> membership.substring(membership.indexOf(':') + 1))
                .collect(Collectors.toUnmodifiableSet());
    }

    public boolean isMemberOf(String code) {
        return !rolesIn(code).isEmpty();
    }

    private static String centerOf(String membership) {
        int colon = membership.indexOf(':');
        return colon < 0 ? membership : membership.substring(0, colon);
    }
}
