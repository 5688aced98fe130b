package org.onedoor.admin.identities.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import java.security.SecureRandom;
import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.keycloak.admin.client.CreatedResponseUtil;
import org.keycloak.admin.client.resource.ClientResource;
import org.keycloak.representations.idm.ClientRepresentation;
import org.keycloak.representations.idm.GroupRepresentation;
import org.keycloak.representations.idm.ProtocolMapperRepresentation;
import org.onedoor.admin.identities.entity.Integration;
import org.onedoor.platform.problems.entity.NotFoundException;
import org.onedoor.platform.security.entity.Roles;

/**
 * Integration clients in the identity provider: one confidential client-credentials client per
 * {@link Integration}, whose service account is the {@code integration} member of each center it is
 * connected to. Its tokens carry the same {@code groups} and {@code memberships} claims as a person's
 * and live {@link Integration#TOKEN_SECONDS} seconds. The secret is handed out when created or
 * rotated and never again.
 */
@ApplicationScoped
public class IntegrationClients {

    private static final String SERVICE_ACCOUNT = "service-account-";

    @Inject
    IdentityProvider identities;

    private final SecureRandom random = new SecureRandom();

    /** An integration with the secret it was just given: shown to its creator once. */
    public record Issued(Integration integration, String secret) {}

    /** A new integration of center {@code owner}, connected to no center yet. */
    public Issued create(String owner, String name, String createdBy) {
        byte[] suffix = new byte[4];
        random.nextBytes(suffix);
        Integration integration = new Integration(
                Integration.CLIENT_PREFIX + owner + "-" + HexFormat.of().formatHex(suffix),
                name.strip(),
                owner,
                createdBy,
                OffsetDateTime.now().withNano(0));
        ClientRepresentation client = new ClientRepresentation();
        client.setClientId(integration.clientId());
        client.setName(integration.name());
        client.setEnabled(true);
        client.setProtocol("openid-connect");
        client.setPublicClient(false);
        client.setClientAuthenticatorType("client-secret");
        client.setStandardFlowEnabled(false);
        client.setImplicitFlowEnabled(false);
        client.setDirectAccessGrantsEnabled(false);
        client.setServiceAccountsEnabled(true);
        client.setAttributes(integration.attributes());
        client.setProtocolMappers(List.of(
                mapper("groups", "oidc-usermodel-realm-role-mapper", Map.of("multivalued", "true")),
                mapper("memberships", "oidc-group-membership-mapper", Map.of("full.path", "false"))));
        String id;
        try (Response response = identities.realm().clients().create(client)) {
            id = CreatedResponseUtil.getCreatedId(response);
        }
        return new Issued(
                integration,
                identities.realm().clients().get(id).generateNewSecret().getValue());
    }

    /** The integration with this client id; none for unknown clients and for every client that is not one. */
    public Optional<Integration> find(String clientId) {
        if (clientId == null || !clientId.startsWith(Integration.CLIENT_PREFIX)) {
            return Optional.empty();
        }
        return identities.realm().clients().findByClientId(clientId).stream()
                .findFirst()
                .flatMap(client -> Integration.of(client.getClientId(), client.getName(), client.getAttributes()));
    }

    /** A new secret for the integration; the old one stops working at once. */
    public String rotate(Integration integration) {
        return client(integration).generateNewSecret().getValue();
    }

    /** Deletes the integration's client, and with it its service account and every connection. */
    public void delete(Integration integration) {
        client(integration).remove();
    }

    /** Lets the integration push into center {@code path}; whether it was not connected before. */
    public boolean connect(List<String> path, Integration integration) {
        String serviceAccount = serviceAccountId(integration);
        boolean connected = connectedCenters(integration).contains(path.get(path.size() - 1));
        identities.grantUser(path, serviceAccount, Roles.INTEGRATION);
        return !connected;
    }

    /** Ends the integration's connection to center {@code path}; whether it was connected. */
    public boolean disconnect(List<String> path, Integration integration) {
        return identities.leave(path, serviceAccountId(integration), Roles.INTEGRATION);
    }

    /** The codes of the centers the integration is connected to. */
    public List<String> connectedCenters(Integration integration) {
        List<String> groups = identities.realm().users().get(serviceAccountId(integration)).groups().stream()
                .map(GroupRepresentation::getName)
                .toList();
        return Integration.connectedCenters(groups, Roles.INTEGRATION);
    }

    /** The integrations connected to center {@code path}, by client id. */
    public List<Integration> connectedTo(List<String> path) {
        return identities.holders(path, Roles.INTEGRATION).stream()
                .map(account -> account.getUsername())
                .filter(username -> username.startsWith(SERVICE_ACCOUNT + Integration.CLIENT_PREFIX))
                .map(username -> find(username.substring(SERVICE_ACCOUNT.length())))
                .flatMap(Optional::stream)
                .sorted(Comparator.comparing(Integration::clientId))
                .toList();
    }

    private ClientResource client(Integration integration) {
        String id = identities.realm().clients().findByClientId(integration.clientId()).stream()
                .findFirst()
                .orElseThrow(() -> new NotFoundException("integration.not-found", integration.clientId()))
                .getId();
        return identities.realm().clients().get(id);
    }

    private String serviceAccountId(Integration integration) {
        return client(integration).getServiceAccountUser().getId();
    }

    private static ProtocolMapperRepresentation mapper(String claim, String type, Map<String, String> config) {
        ProtocolMapperRepresentation mapper = new ProtocolMapperRepresentation();
        mapper.setName(claim);
        mapper.setProtocol("openid-connect");
        mapper.setProtocolMapper(type);
        Map<String, String> settings = new HashMap<>(config);
        settings.put("claim.name", claim);
        settings.put("jsonType.label", "String");
        settings.put("access.token.claim", "true");
        settings.put("id.token.claim", "true");
        settings.put("userinfo.token.claim", "true");
        settings.put("introspection.token.claim", "true");
        mapper.setConfig(settings);
        return mapper;
    }
}
