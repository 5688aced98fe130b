package org.onedoor.admin.calendar.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.onedoor.platform.calendar.control.WorkingCalendar;
import org.onedoor.platform.calendar.entity.CalendarDay;
import org.onedoor.platform.calendar.entity.CalendarYear;
import org.onedoor.platform.problems.entity.InvalidInputException;
import org.onedoor.platform.security.control.CurrentCaller;
import org.onedoor.platform.security.entity.Roles;
import org.onedoor.platform.time.entity.CenterTime;

/**
 * The national calendar ({@code /calendar/years}): the State Council's holidays and adjusted working
 * days, one year at a time. The platform operator loads a year, replacing it whole; administrators
 * read it. A year not loaded counts Monday to Friday, and is listed as missing so a page can warn.
 */
@Path("calendar/years")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CalendarYearsResource {

    @Inject
    WorkingCalendar calendar;

    @Inject
    CurrentCaller currentCaller;

    /** The loaded years, and this year or next when not loaded (deadlines in them are provisional). */
    public record Years(List<YearView> loaded, List<Integer> missing) {}

    public record YearView(int year, boolean loaded, String source, List<DayView> days) {}

    public record DayView(String date, String kind, String name) {

        static DayView of(CalendarDay day) {
            return new DayView(day.date().toString(), day.kind().name(), day.name());
        }
    }

    @GET
    @RolesAllowed({Roles.PLATFORM_OPERATOR, Roles.TENANT_ADMIN})
    public Years list() {
        Map<Integer, String> loaded = calendar.loadedYears();
        int thisYear = CenterTime.today().getYear();
        return new Years(
                loaded.entrySet().stream()
                        .map(year -> new YearView(year.getKey(), true, year.getValue(), null))
                        .toList(),
                IntStream.rangeClosed(thisYear, thisYear + 1)
                        .filter(year -> !loaded.containsKey(year))
                        .boxed()
                        .toList());
    }

    @GET
    @Path("{year}")
    @RolesAllowed({Roles.PLATFORM_OPERATOR, Roles.TENANT_ADMIN})
    @APIResponse(
            responseCode = "200",
            description = "the year's exceptional days; loaded=false: none loaded, Monday to Friday count",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = YearView.class)))
    public YearView get(@PathParam("year") int year) {
        return view(year);
    }

    /** Replaces the year's national days in one transaction; nothing is saved when any day is wrong. */
    @PUT
    @Path("{year}")
    @RolesAllowed(Roles.PLATFORM_OPERATOR)
    @APIResponse(
            responseCode = "200",
            description = "loaded",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = YearView.class)))
    @APIResponse(responseCode = "400", description = "a day is invalid; errors[] names it, e.g. days[3].date")
    public YearView load(@PathParam("year") int year, CalendarYear.Draft draft) {
        if (draft == null) {
            throw new BadRequestException();
        }
        if (draft.year() != null && draft.year() != year) {
            throw new InvalidInputException("year", "calendar.year.path-mismatch", year);
        }
        calendar.load(new CalendarYear.Draft(year, draft.source(), draft.days()), currentCaller.actor());
        return view(year);
    }

    private YearView view(int year) {
        String source = calendar.loadedYears().get(year);
        return new YearView(
                year,
                source != null,
                source,
                calendar.nationalDays(year).stream().map(DayView::of).toList());
    }
}
