package org.onedoor.platform.admission.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.FilterChain;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.reflect.Proxy;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.onedoor.platform.admission.control.Admission;
import org.onedoor.platform.i18n.control.Messages;

/** The filter's bookkeeping with a chain that holds its request until told: who waits, who is refused. */
class AdmissionFilterTest {

    private final AdmissionFilter filter = filter(2, 1);
    private final CountDownLatch held = new CountDownLatch(2);

    @Test
    void refusesAtOnceBeyondTheAllowanceAndAdmitsAgainWhenAPlaceIsFree() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        CompletableFuture<Integer> first = inFlight("/reception/matters.xhtml", null, release);
        CompletableFuture<Integer> second = inFlight("/reception/matters.xhtml", null, release);
        awaitHeld(2);

        Answer refused = call("/reception/desk.xhtml", null);
        assertThat(refused.status).isEqualTo(503);
        assertThat(refused.headers).containsEntry("Retry-After", AdmissionFilter.RETRY_AFTER_SECONDS);
        assertThat(refused.body).contains("服务繁忙").doesNotContain("Exception");
        assertThat(refused.chainRan).isFalse();

        // another module's call has its own allowance: a registration waiting on it is not starved
        assertThat(call("/admin/api/v1/t/420102/intake-configuration", "desk.li").chainRan)
                .isTrue();
        // health checks are never counted
        assertThat(call("/reception/health/ready", null).chainRan).isTrue();

        release.countDown();
        assertThat(first.get(5, TimeUnit.SECONDS)).isEqualTo(200);
        assertThat(second.get(5, TimeUnit.SECONDS)).isEqualTo(200);
        assertThat(call("/reception/desk.xhtml", null).chainRan).isTrue();
    }

    @Test
    void aFailingRequestGivesItsPlaceBack() throws Exception {
        for (int i = 0; i < 5; i++) {
            try {
                filter.doFilter(request("/reception/desk.xhtml", null), new Answer().response(), (req, res) -> {
                    throw new IllegalStateException("boom");
                });
            } catch (IllegalStateException expected) {
                // the place must come back anyway
            }
        }
        assertThat(call("/reception/desk.xhtml", null).chainRan).isTrue();
        assertThat(call("/reception/desk.xhtml", null).chainRan).isTrue();
    }

    private CompletableFuture<Integer> inFlight(String path, String actor, CountDownLatch release) {
        return CompletableFuture.supplyAsync(() -> {
            try {
                Answer answer = new Answer();
                filter.doFilter(request(path, actor), answer.response(), (req, res) -> {
                    held.countDown();
                    try {
                        release.await(5, TimeUnit.SECONDS);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    answer.status = 200;
                });
                return answer.status;
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
    }

    private void awaitHeld(int count) throws InterruptedException {
        assertThat(held.await(5, TimeUnit.SECONDS))
                .as("%d requests in flight", count)
                .isTrue();
    }

    private Answer call(String path, String actor) throws Exception {
        Answer answer = new Answer();
        FilterChain chain = (req, res) -> answer.chainRan = true;
        filter.doFilter(request(path, actor), answer.response(), chain);
        return answer;
    }

    private static AdmissionFilter filter(int outside, int modules) {
        Admission admission = Admission.sized(outside, modules);
        AdmissionFilter filter = new AdmissionFilter();
        filter.admission = admission;
        filter.messages = new Messages();
        return filter;
    }

    private static HttpServletRequest request(String uri, String actor) {
        String context = uri.substring(0, uri.indexOf('/', 1));
        return (HttpServletRequest) Proxy.newProxyInstance(
                AdmissionFilterTest.class.getClassLoader(),
                new Class<?>[] {HttpServletRequest.class},
                (proxy, method, args) -> switch (method.getName()) {
                    case "getRequestURI" -> uri;
                    case "getContextPath" -> context;
                    case "getHeader" -> "OneDoor-Actor".equals(args[0]) ? actor : null;
                    case "getHeaders", "getLocales" -> java.util.Collections.emptyEnumeration();
                    case "getLocale" -> java.util.Locale.SIMPLIFIED_CHINESE;
                    case "getAttribute", "getParameter", "getCookies", "getSession" -> null;
                    default -> null;
                });
    }

    /** What the filter answered. */
    private static final class Answer {
        int status = 200;
        boolean chainRan;
        String body = "";
        final Map<String, String> headers = new HashMap<>();
        private final StringWriter written = new StringWriter();

        HttpServletResponse response() {
            return (HttpServletResponse) Proxy.newProxyInstance(
                    AdmissionFilterTest.class.getClassLoader(),
                    new Class<?>[] {HttpServletResponse.class},
                    (proxy, method, args) -> {
                        switch (method.getName()) {
                            case "setStatus" -> status = (Integer) args[0];
                            case "setHeader" -> headers.put((String) args[0], (String) args[1]);
                            case "getWriter" -> {
                                return new PrintWriter(written, true) {
                                    @Override
                                    public void write(String text) {
                                        super.write(text);
                                        body = written.toString();
                                    }
                                };
                            }
                            default -> {}
                        }
                        return null;
                    });
        }
    }
}
