package org.onedoor.platform.problems.entity;

/**
 * The caller may see the thing but not do this to it (e.g. a street administrator suspending its
 * own street). Things the caller may not even see answer {@link NotFoundException} instead.
 */
public class ForbiddenException extends OneDoorException {

    public ForbiddenException(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }

    @Override
    public int status() {
        return 403;
    }

    @Override
    public String kind() {
        return "forbidden";
    }
}
