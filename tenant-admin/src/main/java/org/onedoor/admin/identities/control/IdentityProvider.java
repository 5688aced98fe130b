package org.onedoor.admin.identities.control;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.core.Response;
import java.security.SecureRandom;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import org.keycloak.OAuth2Constants;
import org.keycloak.admin.client.CreatedResponseUtil;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.admin.client.KeycloakBuilder;
import org.keycloak.admin.client.resource.RealmResource;
import org.keycloak.representations.idm.CredentialRepresentation;
import org.keycloak.representations.idm.GroupRepresentation;
import org.keycloak.representations.idm.UserRepresentation;

/**
 * The identity provider as the tenant tree sees it: a group per center, nested like the tree under
 * {@code /centers}, and beneath each center a group per role named {@code <code>:<role>} that
 * carries the platform role. A member of {@code 420102:mediator} is a mediator in 江岸区; the token's
 * {@code memberships} claim lists these group names. Role groups are created when first needed.
 */
@ApplicationScoped
public class IdentityProvider {

    static final String ROOT = "centers";
    private static final String ALPHABET = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    @Inject
    IdentitySettings settings;

    private final SecureRandom random = new SecureRandom();
    private final Map<String, String> groupIds = new ConcurrentHashMap<>();
    private volatile Keycloak keycloak;

    /** An account: created now (with a temporary password to hand over) or already there. */
    public record Account(String username, boolean created, String temporaryPassword) {}

    /** Makes sure the groups of a center exist, with its ancestors: {@code path} lists the codes from the top. */
    public String ensureCenter(List<String> path, String name) {
        String parentId = ensureRoot();
        String groupPath = "/" + ROOT;
        for (int i = 0; i < path.size(); i++) {
            groupPath += "/" + path.get(i);
            parentId = ensureGroup(groupPath, parentId, path.get(i), i == path.size() - 1 ? name : null);
        }
        return parentId;
    }

    /**
     * Makes {@code username} a member of center {@code path} (codes from the top) in {@code role};
     * whether it was not one before.
     */
    public boolean grant(List<String> path, String username, String role) {
        String userId = userId(username);
        String code = path.get(path.size() - 1);
        boolean held = realm().users().get(userId).groups().stream()
                .anyMatch(group -> (code + ":" + role).equals(group.getName()));
        grantUser(path, userId, role);
        return !held;
    }

    /** An account that exists: its display name and the role groups ({@code code:role}) it is in. */
    public record Known(String username, String displayName, List<String> memberships) {}

    /** The account {@code username}, when it exists. */
    public Optional<Known> find(String username) {
        return realm().users().search(username, true).stream()
                .findFirst()
                .map(user -> new Known(
                        user.getUsername(),
                        displayName(user),
                        realm().users().get(user.getId()).groups().stream()
                                .map(GroupRepresentation::getName)
                                .filter(name -> name.contains(":"))
                                .toList()));
    }

    /** Family name then given name, as Chinese names are written; the username when there is none. */
    public static String displayName(UserRepresentation user) {
        String family = user.getLastName() == null ? "" : user.getLastName();
        String given = user.getFirstName() == null ? "" : user.getFirstName();
        return (family + given).isBlank() ? user.getUsername() : family + given;
    }

    /** Ends {@code userId}'s membership in center {@code path} as {@code role}; whether it held it. */
    boolean leave(List<String> path, String userId, String role) {
        String code = path.get(path.size() - 1);
        String groupName = code + ":" + role;
        boolean held =
                realm().users().get(userId).groups().stream().anyMatch(group -> groupName.equals(group.getName()));
        if (held) {
            findGroupId(centerPath(path) + "/" + groupName)
                    .ifPresent(groupId -> realm().users().get(userId).leaveGroup(groupId));
        }
        return held;
    }

    /** The accounts that hold {@code role} in center {@code path}. */
    List<UserRepresentation> holders(List<String> path, String role) {
        String code = path.get(path.size() - 1);
        return findGroupId(centerPath(path) + "/" + code + ":" + role)
                .map(groupId -> realm().groups().group(groupId).members(0, 1000, true))
                .orElse(List.of());
    }

    void grantUser(List<String> path, String userId, String role) {
        String centerId = ensureCenter(path, null);
        String code = path.get(path.size() - 1);
        String roleGroup = code + ":" + role;
        String roleGroupId = ensureGroup(centerPath(path) + "/" + roleGroup, centerId, roleGroup, null);
        realm().groups()
                .group(roleGroupId)
                .roles()
                .realmLevel()
                .add(List.of(realm().roles().get(role).toRepresentation()));
        realm().users().get(userId).joinGroup(roleGroupId);
    }

    /**
     * Ends {@code username}'s membership in center {@code path} as {@code role}; 404 when the
     * account does not hold that role there.
     */
    public void revoke(List<String> path, String username, String role) {
        String code = path.get(path.size() - 1);
        String groupName = code + ":" + role;
        String userId = realm().users().search(String.valueOf(username), true).stream()
                .findFirst()
                .map(UserRepresentation::getId)
                .orElseThrow(() -> new org.onedoor.platform.problems.entity.NotFoundException(
                        "member.not-found", String.valueOf(username)));
        boolean held =
                realm().users().get(userId).groups().stream().anyMatch(group -> groupName.equals(group.getName()));
        String groupId = findGroupId(centerPath(path) + "/" + groupName)
                .filter(found -> held)
                .orElseThrow(() -> new org.onedoor.platform.problems.entity.NotFoundException(
                        "member.not-found", String.valueOf(username)));
        realm().users().get(userId).leaveGroup(groupId);
    }

    /** The members of center {@code path} in each role. */
    public Map<String, List<UserRepresentation>> members(List<String> path) {
        Map<String, List<UserRepresentation>> members = new TreeMap<>();
        Optional<String> centerId = findGroupId(centerPath(path));
        if (centerId.isEmpty()) {
            return members;
        }
        for (GroupRepresentation roleGroup :
                realm().groups().group(centerId.get()).getSubGroups(0, 100, true)) {
            String role = roleGroup.getName().substring(roleGroup.getName().indexOf(':') + 1);
            members.put(role, realm().groups().group(roleGroup.getId()).members(0, 1000, true));
        }
        return members;
    }

    /**
     * The account {@code username}: found, or created with {@code email} and {@code name} and a
     * temporary password that must be changed at first login.
     */
    public Account ensureAccount(String username, String email, String name) {
        List<UserRepresentation> found = realm().users().search(username, true);
        if (!found.isEmpty()) {
            return new Account(found.get(0).getUsername(), false, null);
        }
        UserRepresentation user = new UserRepresentation();
        user.setUsername(username);
        user.setEmail(email);
        user.setEmailVerified(email != null);
        user.setEnabled(true);
        if (name != null && !name.isBlank()) {
            String trimmed = name.strip();
            user.setLastName(trimmed.substring(0, 1));
            user.setFirstName(trimmed.length() > 1 ? trimmed.substring(1) : trimmed);
        }
        user.setRequiredActions(List.of("UPDATE_PASSWORD"));
        String password = temporaryPassword();
        CredentialRepresentation credential = new CredentialRepresentation();
        credential.setType(CredentialRepresentation.PASSWORD);
        credential.setValue(password);
        credential.setTemporary(true);
        user.setCredentials(List.of(credential));
        try (Response response = realm().users().create(user)) {
            if (response.getStatus() == 409) {
                return new Account(username, false, null);
            }
            CreatedResponseUtil.getCreatedId(response);
        }
        return new Account(username, true, password);
    }

    public boolean accountExists(String username) {
        return !realm().users().search(username, true).isEmpty();
    }

    private String userId(String username) {
        return realm().users().search(username, true).stream()
                .findFirst()
                .map(UserRepresentation::getId)
                .orElseThrow(() -> new IllegalStateException("no account " + username));
    }

    private static String centerPath(List<String> path) {
        return "/" + ROOT + "/" + String.join("/", path);
    }

    private String ensureRoot() {
        return findGroupId("/" + ROOT).orElseGet(() -> {
            GroupRepresentation root = new GroupRepresentation();
            root.setName(ROOT);
            root.setAttributes(Map.of("description", List.of("综治中心 / 矛调中心 — the OneDoor tenant tree")));
            try (Response response = realm().groups().add(root)) {
                return created(response, "/" + ROOT);
            }
        });
    }

    private String ensureGroup(String path, String parentId, String name, String displayName) {
        return findGroupId(path).orElseGet(() -> {
            GroupRepresentation group = new GroupRepresentation();
            group.setName(name);
            if (displayName != null) {
                group.setAttributes(Map.of("displayName", List.of(displayName)));
            }
            try (Response response = realm().groups().group(parentId).subGroup(group)) {
                return created(response, path);
            }
        });
    }

    /** The id of a created group; when another worker created it first (409), the existing one. */
    private String created(Response response, String path) {
        if (response.getStatus() == 409) {
            return findGroupId(path).orElseThrow(() -> new IllegalStateException("group " + path + " vanished"));
        }
        String id = CreatedResponseUtil.getCreatedId(response);
        groupIds.put(path, id);
        return id;
    }

    private Optional<String> findGroupId(String path) {
        String known = groupIds.get(path);
        if (known != null) {
            return Optional.of(known);
        }
        try {
            String id = realm().getGroupByPath(path).getId();
            groupIds.put(path, id);
            return Optional.of(id);
        } catch (NotFoundException missing) {
            return Optional.empty();
        }
    }

    private String temporaryPassword() {
        StringBuilder password = new StringBuilder("Tmp-");
        for (int i = 0; i < 10; i++) {
            password.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return password.append("9x").toString();
    }

    RealmResource realm() {
        Keycloak client = keycloak;
        if (client == null) {
            synchronized (this) {
                if (keycloak == null) {
                    keycloak = KeycloakBuilder.builder()
                            .serverUrl(settings.serverUrl())
                            .realm(settings.realm())
                            .grantType(OAuth2Constants.CLIENT_CREDENTIALS)
                            .clientId(settings.clientId())
                            .clientSecret(settings.clientSecret())
                            .build();
                }
                client = keycloak;
            }
        }
        return client.realm(settings.realm());
    }

    /** Forgets cached group ids (after groups were removed in the provider by hand). */
    public void forgetGroups() {
        groupIds.clear();
    }

    @PreDestroy
    void close() {
        if (keycloak != null) {
            keycloak.close();
        }
    }
}
