package org.onedoor.admin.identities.boundary;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.OffsetDateTime;
import org.onedoor.admin.identities.control.AccountRules;
import org.onedoor.admin.identities.control.RoleChanges;
import org.onedoor.admin.tenants.entity.ReadsRoleChanges;
import org.onedoor.platform.paging.entity.Page;
import org.onedoor.platform.paging.entity.PageRequest;
import org.onedoor.platform.problems.entity.InvalidInputException;

/**
 * The record of a center's role grants and revocations ({@code /t/{code}/role-changes}), newest
 * first, one page at a time: for those who manage the center's staff and for its auditors
 * ({@link ReadsRoleChanges}, admitted before anything of the request is read).
 */
@ReadsRoleChanges
@Path("t/{code}/role-changes")
@Produces(MediaType.APPLICATION_JSON)
public class RoleChangesResource {

    @Inject
    RoleChanges changes;

    public record Entry(String username, String role, String change, String changedBy, OffsetDateTime changedAt) {}

    @GET
    public Page<Entry> list(
            @PathParam("code") String code,
            @QueryParam("username") String username,
            @QueryParam("page") String page,
            @QueryParam("size") String size) {
        String who = AccountRules.normalized(username);
        if (who != null && !AccountRules.validUsername(who)) {
            throw new InvalidInputException("username", "role-change.username.invalid");
        }
        return changes.of(code, who, PageRequest.of(page, size))
                .map(change -> new Entry(
                        change.username(),
                        change.role(),
                        change.change().name(),
                        change.changedBy(),
                        change.changedAt()));
    }
}
