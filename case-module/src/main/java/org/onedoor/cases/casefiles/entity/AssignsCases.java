package org.onedoor.cases.casefiles.entity;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.onedoor.platform.security.entity.CenterRoles;
import org.onedoor.platform.security.entity.Roles;

/** Naming anyone of a room to work on one of its cases; a room's mediators may name one another. */
@CenterRoles({Roles.LEADER, Roles.TENANT_ADMIN})
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface AssignsCases {}
