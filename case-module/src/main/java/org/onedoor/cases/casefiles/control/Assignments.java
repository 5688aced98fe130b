package org.onedoor.cases.casefiles.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.onedoor.cases.casefiles.entity.AssignsCases;
import org.onedoor.cases.casefiles.entity.CaseFile;
import org.onedoor.platform.modules.control.ModuleCalls;
import org.onedoor.platform.problems.entity.ForbiddenException;
import org.onedoor.platform.problems.entity.InvalidInputException;
import org.onedoor.platform.security.entity.Actor;
import org.onedoor.platform.tenancy.control.TenantScope;

/**
 * Who may work on a case (issue #15.4): a mediator of its room, as the administration module's
 * configuration says. Leaders name anyone of the room; the room's mediators name one another or
 * themselves; nobody else names anyone.
 */
@ApplicationScoped
public class Assignments {

    @Inject
    ModuleCalls modules;

    @Inject
    TenantScope tenantScope;

    /** {@code username} as the person to name for {@code caseFile}, after checking both the caller and them. */
    public Actor assignable(String center, CaseFile caseFile, String username, Actor caller) {
        Set<String> mediators = mediatorsOf(center, caseFile, caller.username());
        if (!tenantScope.holds(center, AssignsCases.class) && !mediators.contains(caller.username())) {
            throw new ForbiddenException("case.assignee.forbidden");
        }
        return checked(username, mediators, caller);
    }

    /** At dispatch: the front desk names one of the room's mediators. */
    public Actor atDispatch(String center, CaseFile caseFile, String username, Actor caller) {
        return checked(username, mediatorsOf(center, caseFile, caller.username()), caller);
    }

    private static Actor checked(String username, Set<String> mediators, Actor caller) {
        String wanted = username.strip();
        if (!mediators.contains(wanted)) {
            throw new InvalidInputException("assignee", "case.assignee.not-in-room", wanted);
        }
        return wanted.equals(caller.username()) ? caller : new Actor(wanted, null);
    }

    private Set<String> mediatorsOf(String center, CaseFile caseFile, String actor) {
        UUID room = caseFile.roomId();
        if (room == null) {
            throw new InvalidInputException("assignee", "case.assignee.no-room");
        }
        return mediatorsOf(center, room, actor);
    }

    /** The usernames of room {@code room}'s mediators: whom a case of that room may be assigned to. */
    public Set<String> mediatorsOf(String center, UUID room, String actor) {
        ModuleCalls.Answer answer = modules.get("admin", "t/" + center + "/rooms", actor);
        if (!answer.isSuccess()) {
            throw new IllegalStateException("the administration module answered " + answer.status());
        }
        return answer.jsonArray().getValuesAs(JsonObject.class).stream()
                .filter(found -> found.getString("id").equals(room.toString()))
                .flatMap(found -> found.getJsonArray("mediators").getValuesAs(JsonString.class).stream())
                .map(JsonString::getString)
                .collect(Collectors.toSet());
    }
}
