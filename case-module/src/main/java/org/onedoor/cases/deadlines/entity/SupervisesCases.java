package org.onedoor.cases.deadlines.entity;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.onedoor.platform.security.entity.CenterRoles;
import org.onedoor.platform.security.entity.Roles;

/** Reading the supervision list (督办): the overdue cases of the center and of the centers below it. */
@CenterRoles({Roles.LEADER, Roles.TENANT_ADMIN})
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface SupervisesCases {}
