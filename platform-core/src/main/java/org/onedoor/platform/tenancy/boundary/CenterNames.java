package org.onedoor.platform.tenancy.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.HashMap;
import java.util.Map;
import org.onedoor.platform.tenancy.control.TenantScope;
import org.onedoor.platform.tenancy.entity.Center;

/**
 * Centers by their name (issue #22.1): records keep division codes, pages show {@code 江岸区} with the
 * code on hover ({@code #{centerNames.of(code)}}). A code the registry does not know stays a code.
 * Each code is read once per request.
 */
@Named
@RequestScoped
public class CenterNames {

    @Inject
    TenantScope tenantScope;

    private final Map<String, String> known = new HashMap<>();

    public String of(String code) {
        if (code == null || code.isBlank()) {
            return "";
        }
        return known.computeIfAbsent(
                code, c -> tenantScope.find(c).map(Center::name).orElse(c));
    }
}
