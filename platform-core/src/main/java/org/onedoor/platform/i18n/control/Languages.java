package org.onedoor.platform.i18n.control;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/** The languages OneDoor speaks: Chinese first, English second. */
public final class Languages {

    public static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;
    public static final Locale ENGLISH = Locale.ENGLISH;
    public static final List<Locale> SUPPORTED = List.of(CHINESE, ENGLISH);
    /** The language a user chose for the pages, on the whole site (see LanguageSwitch). */
    public static final String PAGE_COOKIE = "onedoor-lang";

    private Languages() {}

    /** The first supported language among those the caller accepts, in the caller's order; Chinese otherwise. */
    public static Locale choose(List<Locale> acceptable) {
        for (Locale wanted : acceptable) {
            if (wanted.getLanguage().equals(ENGLISH.getLanguage())) {
                return ENGLISH;
            }
            if (wanted.getLanguage().equals(CHINESE.getLanguage())) {
                return CHINESE;
            }
        }
        return CHINESE;
    }

    /** The language for a request: from its Accept-Language header, Chinese when it has none. */
    public static Locale of(HttpServletRequest request) {
        return request.getHeader("Accept-Language") == null ? CHINESE : choose(Collections.list(request.getLocales()));
    }

    /**
     * The language of a page for a request, as every page chooses it: Chinese unless the user chose
     * English with the language switch, whatever the browser's Accept-Language says.
     */
    public static Locale ofPage(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        if (cookies != null) {
            for (Cookie cookie : cookies) {
                if (PAGE_COOKIE.equals(cookie.getName())) {
                    return fromTag(cookie.getValue());
                }
            }
        }
        return CHINESE;
    }

    /** A supported language from a tag such as {@code en} or {@code zh-CN}; Chinese for anything else. */
    public static Locale fromTag(String tag) {
        return tag == null ? CHINESE : choose(List.of(Locale.forLanguageTag(tag)));
    }
}
