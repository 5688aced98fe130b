package org.onedoor.platform.tenancy.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import org.onedoor.platform.security.control.CurrentCaller;
import org.onedoor.platform.security.entity.Caller;
import org.onedoor.platform.tenancy.control.TenantScope;
import org.onedoor.platform.tenancy.entity.Center;
import org.onedoor.platform.tenancy.entity.CenterLink;

/**
 * The active center of the pages: one of the caller's centers. A page's address may name it
 * ({@code ?center=…}, {@link CenterLink}): links to a center's records do, and so does every form of
 * a page, so its postbacks act in the center it shows even when another tab switched meanwhile.
 * Otherwise it is the choice made in the header, a cookie on the whole site, so all modules follow
 * it without logging in again. A center that is not (or no longer) among the caller's open
 * memberships is never active.
 */
@Named
@RequestScoped
public class CenterSwitch {

    static final String COOKIE = "onedoor-center";
    private static final int REMEMBERED_SECONDS = 365 * 24 * 3600;

    @Inject
    CurrentCaller currentCaller;

    @Inject
    TenantScope tenantScope;

    @Inject
    HttpServletRequest request;

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

    /** The active center of this request: see {@link #choose}. */
    public Optional<Center> active() {
        return choose(getCenters(), asked().orElse(null), remembered());
    }

    /** The division code of the active center, as pages bind it; null when the user works in none. */
    public String activeCode() {
        return active().map(center -> center.code().value()).orElse(null);
    }

    /**
     * The center the address asks for, when it is one of {@code mine}, and none when it is not — never
     * another one in its place; without one asked for, the {@code remembered} one when it is one of
     * {@code mine}, else the first of them.
     */
    static Optional<Center> choose(List<Center> mine, String asked, String remembered) {
        if (asked != null) {
            return find(mine, asked);
        }
        return find(mine, remembered).or(() -> mine.stream().findFirst());
    }

    private static Optional<Center> find(List<Center> centers, String code) {
        return centers.stream()
                .filter(center -> center.code().value().equals(code))
                .findFirst();
    }

    /** The center this request's address names, if any. */
    public Optional<String> asked() {
        return CenterLink.centerIn(request.getQueryString());
    }

    private String remembered() {
        return Optional.ofNullable(request.getCookies()).stream()
                .flatMap(Arrays::stream)
                .filter(cookie -> COOKIE.equals(cookie.getName()))
                .map(Cookie::getValue)
                .findFirst()
                .orElse(null);
    }

    /** Whether {@code code} is one of the caller's open centers. */
    public boolean worksIn(String code) {
        return find(getCenters(), code).isPresent();
    }

    /** Makes {@code code} the active center of the pages that name none, in every module. */
    public void remember(String code, HttpServletResponse response) {
        Cookie cookie = new Cookie(COOKIE, code);
        cookie.setPath("/");
        cookie.setMaxAge(REMEMBERED_SECONDS);
        cookie.setHttpOnly(true);
        response.addCookie(cookie);
    }

    /** {@code page} of this module in the active center, e.g. {@code workbench.xhtml?center=…}. */
    public String link(String page) {
        return CenterLink.to(page, active().map(center -> center.code().value()).orElse(null))
                .toString();
    }

    /** {@code page} in center {@code code}, e.g. a center's configuration from the tree of centers. */
    public String linkIn(String code, String page) {
        return CenterLink.to(page, code).toString();
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

    /**
     * Makes {@link #getActiveCode()} the active center everywhere and shows the page again, without
     * a center in its address: the page then follows the new choice.
     */
    public void apply() {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        if (worksIn(selected)) {
            remember(selected, (HttpServletResponse) external.getResponse());
        }
        try {
            external.redirect(
                    external.getRequestContextPath() + faces.getViewRoot().getViewId());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
