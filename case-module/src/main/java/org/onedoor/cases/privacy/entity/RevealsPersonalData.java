package org.onedoor.cases.privacy.entity;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.onedoor.platform.security.entity.CenterRoles;
import org.onedoor.platform.security.entity.Roles;

/** Seeing a party's personal data in full (ADR 0012): those who handle the center's cases. */
@CenterRoles({Roles.MEDIATOR, Roles.TENANT_ADMIN, Roles.LEADER})
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface RevealsPersonalData {}
