package org.onedoor.stack;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;

/** The demo users of the realm file, to print who is who. */
public final class DemoLogins {

    /** One demo login: username, role and the person's name. */
    public record Login(String username, String role, String name) {}

    private DemoLogins() {}

    public static List<Login> fromRealm() {
        try (InputStream realm = DemoLogins.class.getResourceAsStream(KeycloakServer.REALM_RESOURCE);
                JsonReader reader = Json.createReader(realm)) {
            return reader.readObject().getJsonArray("users").getValuesAs(JsonObject.class).stream()
                    .filter(user -> !user.containsKey("serviceAccountClientId"))
                    .map(user -> new Login(
                            user.getString("username"),
                            user.getJsonArray("realmRoles").getValuesAs(JsonString.class).stream()
                                    .map(JsonString::getString)
                                    .findFirst()
                                    .orElse(""),
                            user.getString("lastName", "") + user.getString("firstName", "")))
                    .toList();
        } catch (IOException e) {
            throw new StackException("The realm file " + KeycloakServer.REALM_RESOURCE + " is unreadable.", e);
        }
    }
}
