package org.onedoor.cases.casefiles.entity;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Collection;
import java.util.Set;
import java.util.UUID;
import org.onedoor.platform.problems.entity.InvalidInputException;

/**
 * Which of a center's case files a list shows: state, room, the days they were opened on (in the
 * centers' time zone), text in the ticket or case number, the person assigned and the deadline's
 * mark; null for no condition. {@code byDeadline} lists the nearest deadline first instead of the newest.
 */
public record CaseFilter(
        CaseState state,
        Set<UUID> rooms,
        LocalDate from,
        LocalDate to,
        String text,
        String assignee,
        ClockMark mark,
        boolean byDeadline) {

    public static final int TEXT_LENGTH = 40;

    public CaseFilter {
        rooms = rooms == null ? Set.of() : Set.copyOf(rooms);
        if (from != null && to != null && to.isBefore(from)) {
            throw new InvalidInputException("to", "case.filter.to-before-from");
        }
        text = text == null || text.isBlank() ? null : text.strip();
        if (text != null && text.length() > TEXT_LENGTH) {
            throw new InvalidInputException("q", "case.filter.text-too-long", TEXT_LENGTH);
        }
    }

    public CaseFilter(CaseState state, Set<UUID> rooms, LocalDate from, LocalDate to, String text) {
        this(state, rooms, from, to, text, null, null, false);
    }

    public static CaseFilter none() {
        return new CaseFilter(null, null, null, null, null);
    }

    public static CaseFilter ofRoom(UUID room) {
        return new CaseFilter(null, Set.of(room), null, null, null);
    }

    /** The cases of any of {@code rooms} (all rooms when none), in {@code state} when given. */
    public static CaseFilter ofRooms(Collection<UUID> rooms, CaseState state) {
        return new CaseFilter(state, Set.copyOf(rooms), null, null, null);
    }

    /** The filter named by a request's query parameters, each checked with its name. */
    public static CaseFilter of(String state, String room, String from, String to, String text) {
        return of(state, room, from, to, text, null, null, null);
    }

    /**
     * The filter named by a request's query parameters, each checked with its name; {@code assignee}
     * a username, {@code sort} {@code newest} (default) or {@code deadline}.
     */
    public static CaseFilter of(
            String state, String room, String from, String to, String text, String assignee, String mark, String sort) {
        return new CaseFilter(
                blank(state) ? null : stateOf(state.strip()),
                blank(room) ? Set.of() : Set.of(uuid("room", room.strip())),
                blank(from) ? null : day("from", from.strip()),
                blank(to) ? null : day("to", to.strip()),
                text,
                blank(assignee) ? null : assignee.strip(),
                blank(mark) ? null : markOf(mark.strip()),
                byDeadline(sort));
    }

    /** The same filter, only the cases assigned to {@code username}. */
    public CaseFilter assignedTo(String username) {
        return new CaseFilter(state, rooms, from, to, text, username, mark, byDeadline);
    }

    private static ClockMark markOf(String name) {
        try {
            return ClockMark.valueOf(name);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("mark", "case.filter.mark-unknown");
        }
    }

    private static boolean byDeadline(String sort) {
        if (blank(sort) || sort.strip().equals("newest")) {
            return false;
        }
        if (sort.strip().equals("deadline")) {
            return true;
        }
        throw new InvalidInputException("sort", "case.filter.sort-unknown");
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    private static CaseState stateOf(String name) {
        try {
            return CaseState.valueOf(name);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("state", "case.filter.state-unknown");
        }
    }

    private static UUID uuid(String field, String text) {
        try {
            return UUID.fromString(text);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(field, "case.filter.not-an-id");
        }
    }

    private static LocalDate day(String field, String text) {
        try {
            LocalDate day = LocalDate.parse(text);
            if (day.getYear() < 2000 || day.getYear() > 2999) {
                throw new InvalidInputException(field, "case.filter.bad-day");
            }
            return day;
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(field, "case.filter.bad-day");
        }
    }
}
