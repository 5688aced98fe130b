package org.onedoor.cases.casefiles.entity;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.onedoor.platform.security.entity.CenterRoles;
import org.onedoor.platform.security.entity.Roles;

/** Opening a case file for a dispatched matter (一案一档). */
@CenterRoles({Roles.RECEPTIONIST, Roles.TENANT_ADMIN})
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface OpensCases {}
