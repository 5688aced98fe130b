package org.onedoor.platform.tenancy.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.FilterChain;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.onedoor.platform.tenancy.entity.Center;

/** Pages opened with {@code ?center=…}: the caller's center becomes active, any other answers 404. */
class CenterLinkFilterTest {

    private final CenterLinkFilter filter = new CenterLinkFilter();

    CenterLinkFilterTest() {
        filter.centerSwitch = new CenterSwitch() {
            @Override
            public List<Center> getCenters() {
                return List.of(CenterSwitchTest.JIANGAN, CenterSwitchTest.DAZHI);
            }
        };
    }

    @Test
    void openingAPageInOneOfMyCentersRemembersItForTheNextPages() throws Exception {
        Answer answer = call("GET", "id=42&center=420102001");
        assertThat(answer.chainRan).isTrue();
        assertThat(answer.error).isZero();
        assertThat(answer.cookies).singleElement().satisfies(cookie -> {
            assertThat(cookie.getName()).isEqualTo(CenterSwitch.COOKIE);
            assertThat(cookie.getValue()).isEqualTo("420102001");
            assertThat(cookie.getPath()).isEqualTo("/");
            assertThat(cookie.isHttpOnly()).isTrue();
            assertThat(cookie.getMaxAge()).isPositive();
        });
    }

    @Test
    void aPostbackActsInItsPagesCenterWithoutChangingTheChoiceOfOtherTabs() throws Exception {
        Answer answer = call("POST", "center=420102001");
        assertThat(answer.chainRan).isTrue();
        assertThat(answer.cookies).isEmpty();
    }

    @Test
    void anotherCenterAnswers404AlikeWhetherItExistsOrNot() throws Exception {
        for (String query : List.of("center=420102002", "center=999999999", "center=abc", "id=1&center=%E4%")) {
            for (String method : List.of("GET", "POST")) {
                Answer answer = call(method, query);
                assertThat(answer.error).as(method + " " + query).isEqualTo(404);
                assertThat(answer.chainRan).isFalse();
                assertThat(answer.cookies).isEmpty();
            }
        }
    }

    @Test
    void aPageWithoutACenterIsLeftAlone() throws Exception {
        for (String query : new String[] {null, "id=42", "center="}) {
            Answer answer = call("GET", query);
            assertThat(answer.chainRan).isTrue();
            assertThat(answer.error).isZero();
            assertThat(answer.cookies).isEmpty();
        }
    }

    private Answer call(String method, String query) throws Exception {
        Answer answer = new Answer();
        FilterChain chain = (req, res) -> answer.chainRan = true;
        filter.doFilter(request(method, query), answer.response(), chain);
        return answer;
    }

    private static HttpServletRequest request(String method, String query) {
        return (HttpServletRequest) Proxy.newProxyInstance(
                CenterLinkFilterTest.class.getClassLoader(),
                new Class<?>[] {HttpServletRequest.class},
                (proxy, called, args) -> switch (called.getName()) {
                    case "getMethod" -> method;
                    case "getQueryString" -> query;
                    case "getRequestURI" -> "/cases/case.xhtml";
                    case "getContextPath" -> "/cases";
                    default -> null;
                });
    }

    /** What the filter answered. */
    private static final class Answer {
        boolean chainRan;
        int error;
        final List<Cookie> cookies = new ArrayList<>();

        HttpServletResponse response() {
            return (HttpServletResponse) Proxy.newProxyInstance(
                    CenterLinkFilterTest.class.getClassLoader(),
                    new Class<?>[] {HttpServletResponse.class},
                    (proxy, called, args) -> {
                        switch (called.getName()) {
                            case "sendError" -> error = (Integer) args[0];
                            case "addCookie" -> cookies.add((Cookie) args[0]);
                            default -> {}
                        }
                        return null;
                    });
        }
    }
}
