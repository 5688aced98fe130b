package org.onedoor.admin.identities.entity;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Another system (12345 hotline, petition system, grid platform) that pushes matters into centers
 * with its own client-credentials client. It belongs to the center whose administrator created it
 * ({@code owner}); it pushes only into the centers connected to it, and only an administrator of the
 * owner can connect it elsewhere, rotate its secret or delete it. Kept as attributes of its client in
 * the identity provider, the one place its secret lives.
 */
public record Integration(String clientId, String name, String owner, String createdBy, OffsetDateTime createdAt) {

    /** Client ids of integrations start with this, so a module's client can never be taken for one. */
    public static final String CLIENT_PREFIX = "onedoor-int-";

    public static final int NAME_MAX = 60;

    /** Its tokens live a minute, so deleting it or disconnecting a center stops pushes within one. */
    public static final int TOKEN_SECONDS = 60;

    static final String OWNER = "onedoor.integration.owner";
    static final String CREATED_BY = "onedoor.integration.created-by";
    static final String CREATED_AT = "onedoor.integration.created-at";

    /** The client attributes that make a client an integration of {@code owner}. */
    public Map<String, String> attributes() {
        return Map.of(
                OWNER,
                owner,
                CREATED_BY,
                createdBy,
                CREATED_AT,
                createdAt.toString(),
                "access.token.lifespan",
                String.valueOf(TOKEN_SECONDS));
    }

    /** The integration a client's attributes describe; none for any other client (a module's, the CLI's). */
    public static Optional<Integration> of(String clientId, String name, Map<String, String> attributes) {
        if (clientId == null || !clientId.startsWith(CLIENT_PREFIX) || attributes == null) {
            return Optional.empty();
        }
        String owner = attributes.get(OWNER);
        if (owner == null || owner.isBlank()) {
            return Optional.empty();
        }
        String createdAt = attributes.get(CREATED_AT);
        return Optional.of(new Integration(
                clientId,
                name,
                owner,
                attributes.getOrDefault(CREATED_BY, ""),
                createdAt == null ? null : OffsetDateTime.parse(createdAt)));
    }

    /** Whether {@code name} may name an integration: 1 to 60 characters, not only spaces. */
    public static boolean validName(String name) {
        return name != null && !name.isBlank() && name.strip().length() <= NAME_MAX;
    }

    public boolean ownedBy(String centerCode) {
        return owner.equals(centerCode);
    }

    /** Role groups of the form {@code code:integration} name the centers it is connected to. */
    public static List<String> connectedCenters(List<String> roleGroups, String integrationRole) {
        String suffix = ":" + integrationRole;
        return roleGroups.stream()
                .filter(group -> group.endsWith(suffix))
                .map(group -> group.substring(0, group.length() - suffix.length()))
                .sorted()
                .toList();
    }
}
