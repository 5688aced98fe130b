package org.onedoor.platform.security.entity;

import java.util.List;

/** The platform roles, as realm roles in the identity provider and role names in the application. */
public final class Roles {

    public static final String PLATFORM_OPERATOR = "platform-operator";
    public static final String TENANT_ADMIN = "tenant-admin";
    public static final String RECEPTIONIST = "receptionist";
    public static final String MEDIATOR = "mediator";
    public static final String DEPARTMENT_LIAISON = "department-liaison";
    public static final String LEADER = "leader";
    public static final String GRID_WORKER = "grid-worker";
    public static final String OFFICIAL = "official";
    public static final String AUDITOR = "auditor";
    /** Machine callers (12345 hotline, petition and grid systems) using client credentials. */
    public static final String INTEGRATION = "integration";

    /**
     * Another OneDoor module calling over REST with its own service token, on behalf of a user it has
     * already authorized (ADR 0004). Not a role people are given; not among {@link #ALL}.
     */
    public static final String PLATFORM_MODULE = "platform-module";

    public static final List<String> ALL = List.of(
            PLATFORM_OPERATOR,
            TENANT_ADMIN,
            RECEPTIONIST,
            MEDIATOR,
            DEPARTMENT_LIAISON,
            LEADER,
            GRID_WORKER,
            OFFICIAL,
            AUDITOR,
            INTEGRATION);

    /** The roles a center gives its people; the platform operator and integrations are not among them. */
    public static final List<String> CENTER_ROLES =
            List.of(TENANT_ADMIN, RECEPTIONIST, MEDIATOR, DEPARTMENT_LIAISON, LEADER, GRID_WORKER, OFFICIAL, AUDITOR);

    /**
     * Whether {@code role} works with a center's own data. Officials oversee through the rollups only
     * (issue #5): no case, matter, room or member list is theirs to read.
     */
    public static boolean isStaff(String role) {
        return !OFFICIAL.equals(role);
    }

    private Roles() {}
}
