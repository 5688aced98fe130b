package org.onedoor.platform.tenancy.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Cookie;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import org.onedoor.platform.security.control.CurrentCaller;
import org.onedoor.platform.security.entity.Caller;
import org.onedoor.platform.tenancy.control.TenantScope;
import org.onedoor.platform.tenancy.entity.Center;

/**
 * The active center of the pages: one of the caller's centers, chosen in the header. The choice is a
 * cookie on the whole site, so all modules follow it without logging in again; a center that is
 * not (or no longer) among the caller's memberships is never active.
 */
@Named
@RequestScoped
public class CenterSwitch {

    static final String COOKIE = "onedoor-center";

    @Inject
    CurrentCaller currentCaller;

    @Inject
    TenantScope tenantScope;

    private List<Center> centers;
    private String selected;

    /** The caller's open centers, by code. */
    public List<Center> getCenters() {
        if (centers == null) {
            centers = currentCaller
                    .find()
                    .map(caller -> new TreeSet<>(caller.centers())
                            .stream()
                                    .map(tenantScope::find)
                                    .flatMap(Optional::stream)
                                    .filter(center -> center.status().isOpen())
                                    .toList())
                    .orElse(List.of());
        }
        return centers;
    }

    /** The active center: the cookie's when it is one of the caller's, else the first of them. */
    public Optional<Center> active() {
        String chosen = Optional.ofNullable(FacesContext.getCurrentInstance()
                        .getExternalContext()
                        .getRequestCookieMap()
                        .get(COOKIE))
                .map(cookie -> ((Cookie) cookie).getValue())
                .orElse(null);
        return getCenters().stream()
                .filter(center -> center.code().value().equals(chosen))
                .findFirst()
                .or(() -> getCenters().stream().findFirst());
    }

    public String getActiveCode() {
        return selected != null
                ? selected
                : active().map(center -> center.code().value()).orElse(null);
    }

    public void setActiveCode(String code) {
        selected = code;
    }

    public String getActiveName() {
        return active().map(Center::name).orElse("");
    }

    /** The caller's roles in the active center, for pages. */
    public List<String> getActiveRoles() {
        Optional<Caller> caller = currentCaller.find();
        return active().flatMap(center -> caller.map(
                        c -> List.copyOf(new TreeSet<>(c.rolesIn(center.code().value())))))
                .orElse(List.of());
    }

    /** Makes {@link #getActiveCode()} the active center everywhere and shows the page again. */
    public void apply() {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        boolean mine =
                getCenters().stream().anyMatch(center -> center.code().value().equals(selected));
        if (mine) {
            external.addResponseCookie(
                    COOKIE, selected, Map.of("path", "/", "maxAge", 365 * 24 * 3600, "httpOnly", true));
        }
        try {
            external.redirect(
                    external.getRequestContextPath() + faces.getViewRoot().getViewId());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
