package org.onedoor.platform.ui.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.util.List;

/**
 * The modules a user moves between in the shared navigation bar. They are served from one site, by
 * path, so the browser's single sign-on and the language cookie cover all of them.
 */
@Named
@ApplicationScoped
public class Modules {

    public record Module(String id, String path, String titleKey) {}

    private static final List<Module> ALL = List.of(
            new Module("admin", "/admin/", "module.admin"),
            new Module("reception", "/reception/", "module.reception"),
            new Module("cases", "/cases/", "module.cases"));

    public List<Module> getAll() {
        return ALL;
    }
}
