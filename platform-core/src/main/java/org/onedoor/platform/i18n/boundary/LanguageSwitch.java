package org.onedoor.platform.i18n.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import jakarta.servlet.http.Cookie;
import java.util.Locale;
import java.util.Map;
import org.onedoor.platform.i18n.control.Languages;

/**
 * The language of the pages: Chinese unless the user chose English. The choice lives in a cookie on
 * the whole site, read on every request, so every module (each with its own session) follows a
 * switch made in any of them.
 */
@Named
@RequestScoped
public class LanguageSwitch {

    private Locale locale;

    public Locale getLocale() {
        if (locale == null) {
            Object cookie = FacesContext.getCurrentInstance()
                    .getExternalContext()
                    .getRequestCookieMap()
                    .get(Languages.PAGE_COOKIE);
            locale = Languages.fromTag(cookie instanceof Cookie c ? c.getValue() : null);
        }
        return locale;
    }

    public boolean isEnglish() {
        return Languages.ENGLISH.equals(getLocale());
    }

    /** Switches to {@code tag} ({@code zh-CN} or {@code en}) and stays on the same page. */
    public void use(String tag) {
        locale = Languages.fromTag(tag);
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.getViewRoot().setLocale(locale);
        ExternalContext external = faces.getExternalContext();
        external.addResponseCookie(
                Languages.PAGE_COOKIE,
                locale.toLanguageTag(),
                Map.of("path", "/", "maxAge", 365 * 24 * 3600, "httpOnly", true));
    }
}
