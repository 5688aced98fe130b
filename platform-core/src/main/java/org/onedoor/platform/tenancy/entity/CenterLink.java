package org.onedoor.platform.tenancy.entity;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The address of a page about one center's records (a case, a matter, a configuration) carrying
 * its center as the query parameter {@value #PARAMETER} (issue #22.2). The active center is a
 * cookie that another tab may change at any time; the address does not change, so a link, a
 * bookmark, back, forward and reload all open the record in its own center.
 */
public final class CenterLink {

    /** The query parameter naming the center a page works in. */
    public static final String PARAMETER = "center";

    private final String page;
    private final Map<String, String> parameters;

    private CenterLink(String page, Map<String, String> parameters) {
        this.page = Objects.requireNonNull(page, "page is required");
        this.parameters = parameters;
    }

    /** {@code page} in center {@code center}; without a center (none active) the plain page. */
    public static CenterLink to(String page, String center) {
        Map<String, String> parameters = new LinkedHashMap<>();
        if (center != null && !center.isBlank()) {
            parameters.put(PARAMETER, center);
        }
        return new CenterLink(page, parameters);
    }

    /** The same link with one more parameter; a null value adds nothing. */
    public CenterLink with(String name, Object value) {
        Map<String, String> more = new LinkedHashMap<>(parameters);
        if (value != null) {
            more.put(name, value.toString());
        }
        return new CenterLink(page, more);
    }

    @Override
    public String toString() {
        if (parameters.isEmpty()) {
            return page;
        }
        return page
                + (page.contains("?") ? "&" : "?")
                + parameters.entrySet().stream()
                        .map(parameter -> encode(parameter.getKey()) + "=" + encode(parameter.getValue()))
                        .collect(Collectors.joining("&"));
    }

    /**
     * {@code url} carrying {@code center}, unless it names a center already (a link to another
     * center's record keeps its own) or no center is given.
     */
    public static String carrying(String url, String center) {
        if (url == null || center == null || center.isBlank()) {
            return url;
        }
        int hash = url.indexOf('#');
        String address = hash < 0 ? url : url.substring(0, hash);
        String fragment = hash < 0 ? "" : url.substring(hash);
        int question = address.indexOf('?');
        if (question >= 0 && centerIn(address.substring(question + 1)).isPresent()) {
            return url;
        }
        String separator = question < 0 ? "?" : address.endsWith("?") || address.endsWith("&") ? "" : "&";
        return address + separator + PARAMETER + "=" + encode(center) + fragment;
    }

    /**
     * The center a query string names ({@code a=1&center=420102001}), decoded; empty when it names
     * none or a blank one. Read from the query string only, never from a posted body: a form's
     * address carries its center, and reading the body here would decode it before the page has
     * set its character encoding.
     */
    public static Optional<String> centerIn(String queryString) {
        if (queryString == null || queryString.isEmpty()) {
            return Optional.empty();
        }
        return Arrays.stream(queryString.split("&"))
                .filter(pair -> pair.startsWith(PARAMETER + "="))
                .map(pair -> decode(pair.substring(PARAMETER.length() + 1)).strip())
                .findFirst()
                .filter(code -> !code.isEmpty());
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    private static String decode(String text) {
        try {
            return URLDecoder.decode(text, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException malformed) {
            // a broken escape is no center anyone works in: the page answers "not found"
            return text;
        }
    }
}
