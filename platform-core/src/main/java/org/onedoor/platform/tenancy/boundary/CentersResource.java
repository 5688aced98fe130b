package org.onedoor.platform.tenancy.boundary;

import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import org.onedoor.platform.security.control.CurrentCaller;
import org.onedoor.platform.security.entity.Caller;
import org.onedoor.platform.tenancy.control.TenantScope;
import org.onedoor.platform.tenancy.entity.Center;

/**
 * The centers the caller works in, as every module sees them: the list behind the center switcher
 * ({@code /centers}) and one center with the caller's roles in it ({@code /t/{code}}).
 */
@Path("")
@Produces(MediaType.APPLICATION_JSON)
public class CentersResource {

    @Inject
    TenantScope tenantScope;

    @Inject
    CurrentCaller currentCaller;

    public record CenterView(String code, String name, String level, String status, List<String> roles) {

        static CenterView of(Center center, Caller caller) {
            return new CenterView(
                    center.code().value(),
                    center.name(),
                    center.level().name(),
                    center.status().name(),
                    List.copyOf(new TreeSet<>(caller.rolesIn(center.code().value()))));
        }
    }

    @GET
    @Path("centers")
    public List<CenterView> mine() {
        Caller caller = currentCaller.require();
        return new TreeSet<>(caller.centers())
                .stream()
                        .map(tenantScope::find)
                        .flatMap(Optional::stream)
                        .map(center -> CenterView.of(center, caller))
                        .toList();
    }

    @GET
    @Path("t/{code}")
    @Transactional
    public CenterView one(@PathParam("code") String code) {
        return CenterView.of(tenantScope.enter(code), currentCaller.require());
    }
}
