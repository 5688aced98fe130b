package org.onedoor.admin.onboarding.entity;

/**
 * One line of an onboarding file: a street or community to open, beneath a center that exists or
 * that an earlier line of the same file opens, with an optional first administrator.
 *
 * @param line the line number in the file (the header is line 1), for messages people can find
 */
public record SubUnitLine(
        int line,
        String code,
        String name,
        String level,
        String parentCode,
        String administratorUsername,
        String administratorEmail,
        String administratorName) {

    public boolean hasAdministrator() {
        return administratorUsername != null && !administratorUsername.isBlank();
    }
}
