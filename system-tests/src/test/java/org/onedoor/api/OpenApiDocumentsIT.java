package org.onedoor.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.onedoor.journeys.RunningPlatform;
import org.onedoor.stack.junit.ApiClient;
import org.onedoor.stack.junit.PlatformStack;
import org.onedoor.tenancy.Centers;

/**
 * Issue #14.7: each module publishes its own OpenAPI document at {@code /{module}/openapi.json}; it
 * parses without a message, names the module as its server, and is complete (every operation with
 * its success answer and schema, its request body's schema, the problem+json errors, the bearer
 * security scheme). Every path it lists answers on that module and on no other.
 */
@ExtendWith(PlatformStack.class)
@ExtendWith(RunningPlatform.class)
class OpenApiDocumentsIT {

    private static final List<String> MODULES = List.of("admin", "reception", "cases");
    /** A valid division code of no center: every center-scoped call answers 404 "no such center", changing nothing. */
    private static final String NO_CENTER = "659999";

    private static final Map<String, OpenAPI> documents = new HashMap<>();

    @BeforeAll
    static void documents() {
        for (String module : MODULES) {
            ApiClient.Response answer = ApiClient.of(URI.create(RunningPlatform.baseUrl() + "/" + module + "/"))
                    .get("openapi.json");
            assertThat(answer.status()).as(module + ": " + answer).isEqualTo(200);
            assertThat(answer.contentType()).startsWith("application/json");
            SwaggerParseResult parsed = new OpenAPIV3Parser().readContents(answer.body(), null, null);
            assertThat(parsed.getMessages())
                    .as(module + " parses without a message")
                    .isEmpty();
            documents.put(module, parsed.getOpenAPI());
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"admin", "reception", "cases"})
    @DisplayName("#14.7 a module's document names the module as its server and is complete")
    void complete(String module) {
        OpenAPI document = documents.get(module);
        assertThat(document.getServers())
                .singleElement()
                .satisfies(server -> assertThat(server.getUrl()).isEqualTo("/" + module));
        SecurityScheme bearer = document.getComponents().getSecuritySchemes().get("keycloak");
        assertThat(bearer.getType()).isEqualTo(SecurityScheme.Type.HTTP);
        assertThat(bearer.getScheme()).isEqualTo("bearer");
        assertThat(document.getSecurity())
                .singleElement()
                .satisfies(requirement -> assertThat(requirement).containsKey("keycloak"));
        assertThat(document.getComponents().getSchemas()).containsKey("Problem");

        List<String> operations = new ArrayList<>();
        document.getPaths()
                .forEach((path, item) -> item.readOperationsMap().forEach((method, operation) -> {
                    String name = method + " " + path;
                    operations.add(name);
                    assertThat(operation.getOperationId()).as(name).isNotBlank();
                    Map<String, ApiResponse> responses = operation.getResponses();
                    List<String> success = responses.keySet().stream()
                            .filter(code -> code.startsWith("2"))
                            .toList();
                    assertThat(success).as(name + " has a success answer").isNotEmpty();
                    for (String code : success) {
                        if (!code.equals("204")) {
                            assertThat(schemas(responses.get(code).getContent()))
                                    .as(name + " " + code + " says what it answers")
                                    .isNotEmpty()
                                    .doesNotContainNull();
                        }
                    }
                    if (operation.getRequestBody() != null) {
                        assertThat(schemas(operation.getRequestBody().getContent()))
                                .as(name + " says what it reads")
                                .isNotEmpty()
                                .doesNotContainNull();
                    }
                    for (String error : List.of("400", "401", "403", "404", "500")) {
                        assertThat(responses.get(error)).as(name + " " + error).isNotNull();
                        assertThat(responses.get(error).getContent())
                                .as(name + " " + error + " is a problem")
                                .containsKey("application/problem+json");
                    }
                }));
        assertThat(operations).as(module + " documents its operations").hasSizeGreaterThan(5);
    }

    @Test
    @DisplayName("#14.7 every documented path answers on the module that names it, and no other module knows it")
    void everyPathAnswersOnItsModule() {
        String operator = Centers.operator();
        for (String module : MODULES) {
            documents
                    .get(module)
                    .getPaths()
                    .forEach((path, item) -> item.readOperationsMap().forEach((method, op) -> {
                        String call = concrete(path).replaceFirst("^/api/v1/", "");
                        ApiClient.Response answer = send(module, operator, method, call);
                        assertThat(known(answer))
                                .as(method + " /" + module + path + " → " + answer)
                                .isTrue();
                        for (String other : MODULES) {
                            if (!other.equals(module)
                                    && !documents.get(other).getPaths().containsKey(path)) {
                                ApiClient.Response elsewhere = send(other, operator, method, call);
                                assertThat(known(elsewhere))
                                        .as(method + " /" + other + path + " is not that module's → " + elsewhere)
                                        .isFalse();
                            }
                        }
                    }));
        }
    }

    /** Whether the module has a resource for the call: anything but JAX-RS's own "no such path" or "no such method". */
    private static boolean known(ApiClient.Response answer) {
        boolean unknownPath = answer.status() == 404
                && answer.contentType().startsWith("application/problem+json")
                && answer.json().getString("type").equals("about:blank");
        return !unknownPath && answer.status() != 405;
    }

    private static ApiClient.Response send(String module, String token, PathItem.HttpMethod method, String path) {
        ApiClient client = Centers.api(module, token);
        return switch (method) {
            case GET -> client.get(path);
            case DELETE -> client.delete(path);
            case PUT -> client.put(path, "{}");
            case POST -> client.post(path, "{}");
            default -> throw new AssertionError("not a method OneDoor uses: " + method);
        };
    }

    /** The path with a center that does not exist and made-up ids: answers without changing anything. */
    private static String concrete(String path) {
        return path.replace("{code}", NO_CENTER)
                .replace("{clientId}", "onedoor-int-" + NO_CENTER + "-00000000")
                .replace("{username}", "nobody.here")
                .replace("{role}", "mediator")
                .replace("{category}", "no-such-category")
                .replace("{year}", "2026")
                .replace("{date}", "2026-12-28")
                .replace("{milestone}", "CONCLUDE")
                .replace("{grade}", "ORDINARY")
                .replaceAll("\\{[a-zA-Z]+}", UUID.randomUUID().toString());
    }

    private static List<Object> schemas(Content content) {
        List<Object> schemas = new ArrayList<>();
        if (content != null) {
            content.values().forEach(media -> schemas.add(media.getSchema()));
        }
        return schemas;
    }
}
