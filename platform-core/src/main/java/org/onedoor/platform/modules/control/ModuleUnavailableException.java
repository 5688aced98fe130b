package org.onedoor.platform.modules.control;

import org.onedoor.platform.problems.entity.OneDoorException;

/** Another OneDoor module cannot be reached or failed; nothing was done here, the caller may retry. */
public class ModuleUnavailableException extends OneDoorException {

    public ModuleUnavailableException(String module, Throwable cause) {
        super("problem.module-unavailable", module);
        initCause(cause);
    }

    @Override
    public int status() {
        return 503;
    }

    @Override
    public String kind() {
        return "module-unavailable";
    }
}
