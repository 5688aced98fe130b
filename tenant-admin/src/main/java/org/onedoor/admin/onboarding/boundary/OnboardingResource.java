package org.onedoor.admin.onboarding.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.onedoor.admin.identities.control.AccountRules;
import org.onedoor.admin.onboarding.control.BatchLedger;
import org.onedoor.admin.onboarding.control.BulkOnboarding;
import org.onedoor.admin.onboarding.control.SubUnitSheet;
import org.onedoor.admin.onboarding.entity.OnboardingBatch;
import org.onedoor.admin.onboarding.entity.OnboardingRow;
import org.onedoor.platform.problems.entity.NotFoundException;
import org.onedoor.platform.rest.MaxBodySize;
import org.onedoor.platform.security.control.CurrentCaller;
import org.onedoor.platform.security.entity.Roles;

/**
 * Bulk onboarding: upload a CSV or XLSX file of sub-units ({@code POST /onboarding}, the file as the
 * body), follow the batch's progress ({@code GET /onboarding/{id}}) and download the result per line
 * ({@code GET /onboarding/{id}/result}, CSV). A line naming an account that exists as its
 * administrator needs that username in {@code confirmExistingAccounts} (comma-separated); without it
 * the upload answers 409 listing each such line and whose the account is. A batch is its creator's (and the operator's): anyone
 * else gets 404 for it, whatever their roles.
 */
@Path("onboarding")
public class OnboardingResource {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @Inject
    BulkOnboarding onboarding;

    @Inject
    BatchLedger ledger;

    @Inject
    CurrentCaller currentCaller;

    public record Progress(
            UUID id,
            String fileName,
            String status,
            String failure,
            int total,
            long accountsDone,
            Map<String, Long> centers,
            String createdBy) {}

    @POST
    @MaxBodySize(SubUnitSheet.MAX_BYTES)
    @RolesAllowed({Roles.PLATFORM_OPERATOR, Roles.TENANT_ADMIN})
    @Consumes({"text/csv", XLSX, MediaType.APPLICATION_OCTET_STREAM})
    @Produces(MediaType.APPLICATION_JSON)
    @APIResponse(
            responseCode = "202",
            description = "every line valid: the batch started; Location: its progress",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = Progress.class)))
    @APIResponse(
            responseCode = "409",
            description = "lines name existing accounts as administrators: confirm them (confirmExistingAccounts)")
    public Response upload(
            byte[] file,
            @QueryParam("fileName") String fileName,
            @QueryParam("confirmExistingAccounts") String confirmExistingAccounts,
            @Context UriInfo uri) {
        OnboardingBatch batch =
                onboarding.start(currentCaller.require(), fileName, file, usernames(confirmExistingAccounts));
        return Response.accepted(progress(batch))
                .location(
                        uri.getAbsolutePathBuilder().path(batch.id().toString()).build())
                .build();
    }

    @GET
    @Path("{id}")
    @Produces(MediaType.APPLICATION_JSON)
    public Progress progress(@PathParam("id") String id) {
        return progress(onboarding.batch(currentCaller.require(), parse(id)));
    }

    /** One line per line of the file: the center's state, its administrator, and a new account's temporary password. */
    @GET
    @Path("{id}/result")
    @Produces("text/csv;charset=UTF-8")
    @APIResponse(
            responseCode = "200",
            description = "one line per line of the file: the center, its state, its administrator",
            content = @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public Response result(@PathParam("id") String id) {
        OnboardingBatch batch = onboarding.batch(currentCaller.require(), parse(id));
        Map<String, String[]> states = ledger.centerStates(batch.id());
        Map<String, String> passwords = onboarding.temporaryPasswords(batch.id());
        StringBuilder csv = new StringBuilder("\uFEFF");
        csv.append("line,code,name,parent code,center status,failure,administrator,account,temporary password\n");
        for (OnboardingRow row : ledger.rows(batch.id())) {
            String[] state =
                    states.getOrDefault(row.code(), new String[] {batch.status().name(), batch.failure()});
            csv.append(row.line())
                    .append(',')
                    .append(row.code())
                    .append(',')
                    .append(quoted(row.name()))
                    .append(',')
                    .append(row.parentCode())
                    .append(',')
                    .append(state[0])
                    .append(',')
                    .append(quoted(state[1]))
                    .append(',')
                    .append(row.administrator() == null ? "" : row.administrator())
                    .append(',')
                    .append(row.account() == null ? "" : row.account().name())
                    .append(',')
                    .append(row.administrator() == null ? "" : passwords.getOrDefault(row.administrator(), ""))
                    .append('\n');
        }
        return Response.ok(csv.toString().getBytes(StandardCharsets.UTF_8))
                .header("Content-Disposition", "attachment; filename=\"onboarding-" + batch.id() + ".csv\"")
                .build();
    }

    /** The usernames a comma-separated list names, normalized as accounts are. */
    static Set<String> usernames(String list) {
        if (list == null || list.isBlank()) {
            return Set.of();
        }
        return Arrays.stream(list.split(","))
                .map(AccountRules::normalized)
                .filter(Objects::nonNull)
                .collect(Collectors.toUnmodifiableSet());
    }

    private Progress progress(OnboardingBatch batch) {
        long accounts = ledger.rows(batch.id()).stream()
                .filter(row -> row.administrator() == null || row.account() != null)
                .count();
        return new Progress(
                batch.id(),
                batch.fileName(),
                batch.status().name(),
                batch.failure(),
                batch.total(),
                accounts,
                ledger.centers(batch.id()),
                batch.createdBy());
    }

    private static UUID parse(String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw new NotFoundException("onboarding.batch.not-found", id);
        }
    }

    private static String quoted(String text) {
        if (text == null) {
            return "";
        }
        return text.contains(",") || text.contains("\"") || text.contains("\n")
                ? "\"" + text.replace("\"", "\"\"") + "\""
                : text;
    }
}
