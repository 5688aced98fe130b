package org.onedoor.reception.matters.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.onedoor.platform.modules.control.ModuleCalls;
import org.onedoor.platform.problems.entity.NotFoundException;

/** Reads a center's intake configuration from the administration module, which owns it. */
@ApplicationScoped
public class CenterConfiguration {

    @Inject
    ModuleCalls modules;

    public IntakeConfiguration of(String center, String actor) {
        ModuleCalls.Answer answer = modules.get("admin", "t/" + center + "/intake-configuration", actor);
        if (answer.status() == 404) {
            throw new NotFoundException("center.not-found", center);
        }
        if (!answer.isSuccess()) {
            throw new IllegalStateException(
                    "the administration module answered " + answer.status() + ": " + answer.body());
        }
        return IntakeConfiguration.of(answer.json());
    }
}
