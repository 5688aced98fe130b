package org.onedoor.platform.security.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.http.HttpServletRequest;
import java.lang.reflect.Proxy;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class PublicPathsTest {

    /** A request for {@code uri} in the module at {@code /reception}. */
    private static HttpServletRequest request(String uri) {
        return (HttpServletRequest) Proxy.newProxyInstance(
                PublicPathsTest.class.getClassLoader(),
                new Class<?>[] {HttpServletRequest.class},
                (proxy, method, arguments) -> switch (method.getName()) {
                    case "getRequestURI" -> uri;
                    case "getContextPath" -> "/reception";
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }

    private static boolean isPublic(String uri) {
        return PublicPaths.isPublic(request(uri));
    }

    @Test
    @DisplayName("#22.5 the hall display opens without a login: its link is its credential")
    void theHallDisplayIsPublic() {
        assertThat(isPublic("/reception/display/hall.xhtml")).isTrue();
        assertThat(isPublic("/reception/display/live")).isTrue();
        assertThat(isPublic("/reception/health/ready")).isTrue();
        assertThat(isPublic("/reception/jakarta.faces.resource/display.css.xhtml"))
                .isTrue();
    }

    @Test
    @DisplayName("#22.5 every other page still needs a login, the administrators' display links too")
    void everythingElseNeedsALogin() {
        assertThat(isPublic("/reception/displays.xhtml")).isFalse();
        assertThat(isPublic("/reception/display")).isFalse();
        assertThat(isPublic("/reception/hall.xhtml")).isFalse();
        assertThat(isPublic("/reception/desk.xhtml")).isFalse();
        assertThat(isPublic("/reception/")).isFalse();
        assertThat(isPublic("/reception/api/v1/t/420105004/displays")).isFalse();
    }

    @Test
    @DisplayName("#22.5 a public prefix cannot be used to reach another page by dots, escapes or parameters")
    void noWayRoundThroughAPublicPrefix() {
        assertThat(isPublic("/reception/display/../desk.xhtml")).isFalse();
        assertThat(isPublic("/reception/display/./../desk.xhtml")).isFalse();
        assertThat(isPublic("/reception/display/%2e%2e/desk.xhtml")).isFalse();
        assertThat(isPublic("/reception/display/..;/desk.xhtml")).isFalse();
        assertThat(isPublic("/reception/display/..\\desk.xhtml")).isFalse();
        assertThat(isPublic("/reception/health/..")).isFalse();
    }
}
