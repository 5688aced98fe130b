package org.onedoor.cases.rollups.boundary;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.onedoor.cases.rollups.control.RollupJobs;
import org.onedoor.cases.rollups.control.Rollups;
import org.onedoor.cases.rollups.entity.Area;
import org.onedoor.cases.rollups.entity.PeriodQuery;
import org.onedoor.cases.rollups.entity.RollupJob;
import org.onedoor.platform.i18n.control.Languages;
import org.onedoor.platform.i18n.control.Messages;
import org.onedoor.platform.security.control.CurrentCaller;

/**
 * The statistics of the center tree: {@code /rollups/{code}} for any center the caller may read
 * (RollupAccess), aggregates only — no case, no person, no free text. Periods:
 * {@code period=DAY|WEEK|MONTH|QUARTER|YEAR} around {@code date} (today by default), or
 * {@code period=CUSTOM&from=…&to=…}, read only after the caller was admitted to the area. Checks and
 * rebuilds run as jobs ({@code /rollups/{code}/jobs/{id}}).
 */
@Path("rollups")
@Produces(MediaType.APPLICATION_JSON)
public class RollupsResource {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @Inject
    Rollups rollups;

    @Inject
    RollupJobs jobs;

    @Inject
    CurrentCaller currentCaller;

    @Inject
    Messages messages;

    @Context
    HttpHeaders headers;

    @Context
    UriInfo uri;

    @GET
    @Operation(summary = "The centers where the caller's statistics start")
    public List<Area> entries() {
        return rollups.entries(currentCaller.require());
    }

    @GET
    @Path("{code}")
    @Operation(summary = "Totals, rates, year on year, breakdowns, trend and ranking of an area in a period")
    @APIResponse(responseCode = "200", description = "The dashboard (categories under the small-count rule)")
    @APIResponse(responseCode = "400", description = "A bad period, naming the parameter")
    @APIResponse(responseCode = "404", description = "No such area, or not one the caller may read")
    public DashboardView dashboard(
            @PathParam("code") String code,
            @Parameter(description = "DAY, WEEK, MONTH (default), QUARTER, YEAR or CUSTOM") @QueryParam("period")
                    String period,
            @Parameter(description = "A day of the period, YYYY-MM-DD (today by default)") @QueryParam("date")
                    String date,
            @Parameter(description = "CUSTOM: first day") @QueryParam("from") String from,
            @Parameter(description = "CUSTOM: last day (at most three years after from)") @QueryParam("to") String to) {
        return view(code, new PeriodQuery(period, date, from, to));
    }

    @GET
    @Path("{code}/export.xlsx")
    @Produces(XLSX)
    @Operation(summary = "The same dashboard as an XLSX workbook")
    @APIResponse(
            responseCode = "200",
            description = "the dashboard as an Excel workbook",
            content =
                    @Content(
                            mediaType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                            schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public Response export(
            @PathParam("code") String code,
            @QueryParam("period") String period,
            @QueryParam("date") String date,
            @QueryParam("from") String from,
            @QueryParam("to") String to) {
        DashboardView view = view(code, new PeriodQuery(period, date, from, to));
        byte[] workbook = new DashboardSheet(messages, locale()).write(view);
        String filename = "rollups-" + view.area().code() + "-" + view.period().from() + "-"
                + view.period().to() + ".xlsx";
        return Response.ok(workbook, XLSX)
                .header("Content-Disposition", "attachment; filename=\"" + filename + "\"")
                .build();
    }

    @GET
    @Path("{code}/consistency")
    @Operation(
            summary = "Starts (or joins) a job that recounts the area's figures of the period from the case files"
                    + " and lists any difference")
    @APIResponse(
            responseCode = "202",
            description = "The job, started or already running; Location: the job",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = JobView.class)))
    @APIResponse(responseCode = "409", description = "Another job runs for this area")
    public Response consistency(
            @PathParam("code") String code,
            @QueryParam("period") String period,
            @QueryParam("date") String date,
            @QueryParam("from") String from,
            @QueryParam("to") String to) {
        return accepted(jobs.checkConsistency(currentCaller.require(), code, new PeriodQuery(period, date, from, to)));
    }

    @POST
    @Path("{code}/rebuild")
    @Operation(
            summary = "Platform operator: starts (or joins) a job replacing a top-level center's statistics with a"
                    + " recount of its case files")
    @APIResponse(
            responseCode = "202",
            description = "The job, started or already running; Location: the job",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = JobView.class)))
    @APIResponse(responseCode = "403", description = "Not the platform operator")
    @APIResponse(responseCode = "409", description = "Not a top-level center, or another job runs for it")
    public Response rebuild(@PathParam("code") String code) {
        return accepted(jobs.rebuild(currentCaller.require(), code));
    }

    @GET
    @Path("{code}/jobs/{id}")
    @Operation(summary = "A consistency check or rebuild: state, progress, who started it, the result when done")
    @APIResponse(responseCode = "200", description = "The job")
    @APIResponse(responseCode = "404", description = "No such job of this area, or an area the caller may not read")
    public JobView job(@PathParam("code") String code, @PathParam("id") String id) {
        return JobView.of(jobs.job(currentCaller.require(), code, id), messages, locale());
    }

    private Response accepted(RollupJobs.Started started) {
        RollupJob job = started.job();
        return Response.accepted(JobView.of(job, messages, locale()))
                .location(uri.getBaseUriBuilder()
                        .path("rollups")
                        .path(job.area())
                        .path("jobs")
                        .path(job.id().toString())
                        .build())
                .build();
    }

    private DashboardView view(String code, PeriodQuery query) {
        return DashboardView.of(rollups.dashboard(currentCaller.require(), code, query), messages, locale());
    }

    private Locale locale() {
        return Languages.choose(headers.getAcceptableLanguages());
    }
}
