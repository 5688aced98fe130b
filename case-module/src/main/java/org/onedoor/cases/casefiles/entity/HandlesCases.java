package org.onedoor.cases.casefiles.entity;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.onedoor.platform.security.entity.CenterRoles;
import org.onedoor.platform.security.entity.Roles;

/** Working the center's cases: accept, sessions, grade, resolve, refer, follow-up, close, escalate. */
@CenterRoles({Roles.MEDIATOR, Roles.TENANT_ADMIN, Roles.LEADER})
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface HandlesCases {}
