package org.onedoor.platform.problems.entity;

/**
 * The thing asked for does not exist for this caller. Also the answer when it exists in another
 * center: a caller must not learn that another center's data exists.
 */
public class NotFoundException extends OneDoorException {

    public NotFoundException(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }

    @Override
    public int status() {
        return 404;
    }

    @Override
    public String kind() {
        return "not-found";
    }
}
