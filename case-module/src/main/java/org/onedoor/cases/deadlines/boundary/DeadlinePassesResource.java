package org.onedoor.cases.deadlines.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.onedoor.cases.deadlines.control.DeadlinePass;
import org.onedoor.cases.deadlines.entity.PassReport;
import org.onedoor.cases.deadlines.entity.PassScope;
import org.onedoor.platform.problems.entity.ConflictException;
import org.onedoor.platform.problems.entity.InvalidInputException;
import org.onedoor.platform.security.entity.Roles;
import org.onedoor.platform.tenancy.entity.DivisionCode;

/**
 * The deadline pass on demand ({@code /deadlines/passes}), for the platform operator: runs one now,
 * over every center or those under {@code area}, unless another instance is running one (409). A
 * test stack ({@code onedoor.clock.adjustable}) may run it as at a later instant, to see deadlines
 * pass without waiting for them.
 */
@Path("deadlines/passes")
@Produces(MediaType.APPLICATION_JSON)
public class DeadlinePassesResource {

    @Inject
    DeadlinePass pass;

    @Inject
    @ConfigProperty(name = "onedoor.clock.adjustable", defaultValue = "false")
    boolean adjustable;

    @RolesAllowed(Roles.PLATFORM_OPERATOR)
    @POST
    @APIResponse(responseCode = "200", description = "what the pass marked and how long it took")
    @APIResponse(
            responseCode = "400",
            description = "a bad area or instant, or an instant on a stack that is not for tests")
    @APIResponse(responseCode = "409", description = "another instance is running the pass")
    public PassReport run(
            @Parameter(description = "a division code: only the centers under it") @QueryParam("area") String area,
            @Parameter(description = "ISO instant to mark as at; test stacks only") @QueryParam("at") String at,
            @Parameter(description = "ALL (default): every center; DUE: those whose next clock instant has come")
                    @QueryParam("scope")
                    String scope) {
        if (area != null && DivisionCode.parse(area).isEmpty()) {
            throw new InvalidInputException("area", "deadlines.pass.bad-area");
        }
        return pass.runIfFree(instant(at), area, scope(scope))
                .orElseThrow(() -> new ConflictException("deadlines.pass.busy"));
    }

    private static PassScope scope(String scope) {
        if (scope == null || scope.isBlank()) {
            return PassScope.ALL;
        }
        try {
            return PassScope.valueOf(scope.strip().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("scope", "deadlines.pass.bad-scope");
        }
    }

    private Instant instant(String at) {
        if (at == null || at.isBlank()) {
            return Instant.now();
        }
        if (!adjustable) {
            throw new InvalidInputException("at", "deadlines.pass.at-not-allowed");
        }
        try {
            return Instant.parse(at.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidInputException("at", "deadlines.pass.bad-at");
        }
    }
}
