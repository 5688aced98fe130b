package org.onedoor.platform.openapi.boundary;

import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;
import org.eclipse.microprofile.openapi.models.security.SecurityScheme;

/**
 * Completes each module's OpenAPI document as the build writes it (issue #14.7): the bearer token a
 * caller needs, and the problem+json answers every operation can give — a stranger's 404, a member
 * without the role's 403, bad input's 400 — which no resource method spells out itself.
 */
public class ApiDocument implements OASFilter {

    static final String PROBLEM = "application/problem+json";
    static final String SECURITY = "keycloak";

    private static final Map<String, String> ERRORS = Map.of(
            "400", "invalid input: every broken rule with its field (errors)",
            "401", "no valid access token",
            "403", "a member of the center without the role the call needs",
            "404",
                    "the center or the record is not there for the caller (also a center the caller is not on the staff of)",
            "500", "an unexpected failure; the correlationId names it in the server log",
            "503", "a service OneDoor depends on cannot be reached now; nothing was done, try again");

    @Override
    public void filterOpenAPI(OpenAPI document) {
        Components components =
                document.getComponents() == null ? OASFactory.createComponents() : document.getComponents();
        components.addSchema("Problem", problem());
        components.addSecurityScheme(
                SECURITY,
                OASFactory.createSecurityScheme()
                        .type(SecurityScheme.Type.HTTP)
                        .scheme("bearer")
                        .bearerFormat("JWT")
                        .description("An access token of the Keycloak realm onedoor, asked for with scope openid:"
                                + " a person's (password or authorization-code grant) or a system's"
                                + " (client credentials of a center's integration)."));
        document.setComponents(components);
        document.setSecurity(List.of(OASFactory.createSecurityRequirement().addScheme(SECURITY)));
        if (document.getPaths() == null) {
            return;
        }
        for (PathItem path : document.getPaths().getPathItems().values()) {
            for (Operation operation : path.getOperations().values()) {
                APIResponses responses =
                        operation.getResponses() == null ? OASFactory.createAPIResponses() : operation.getResponses();
                ERRORS.forEach((status, meaning) -> {
                    if (!responses.hasAPIResponse(status)) {
                        responses.addAPIResponse(
                                status, OASFactory.createAPIResponse().description(meaning));
                    }
                    var answer = responses.getAPIResponse(status);
                    answer.setContent(OASFactory.createContent()
                            .addMediaType(
                                    PROBLEM,
                                    OASFactory.createMediaType()
                                            .schema(OASFactory.createSchema().ref("Problem"))));
                });
                operation.setResponses(responses);
            }
        }
    }

    /** RFC 9457 problem details as OneDoor writes them. */
    private static Schema problem() {
        Schema text = OASFactory.createSchema().type(Schema.SchemaType.STRING);
        return OASFactory.createSchema()
                .type(Schema.SchemaType.OBJECT)
                .description("RFC 9457 problem details, in the caller's language (Accept-Language: zh or en)")
                .addProperty("type", text)
                .addProperty("title", text)
                .addProperty("status", OASFactory.createSchema().type(Schema.SchemaType.INTEGER))
                .addProperty("detail", text)
                .addProperty("instance", text)
                .addProperty("correlationId", text)
                .addProperty(
                        "errors",
                        OASFactory.createSchema()
                                .type(Schema.SchemaType.ARRAY)
                                .items(OASFactory.createSchema()
                                        .type(Schema.SchemaType.OBJECT)
                                        .addProperty("field", text)
                                        .addProperty("message", text)))
                .required(List.of("type", "title", "status"));
    }
}
