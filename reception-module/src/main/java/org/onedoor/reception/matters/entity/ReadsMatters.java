package org.onedoor.reception.matters.entity;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.onedoor.platform.security.entity.CenterRoles;
import org.onedoor.platform.security.entity.Roles;

/** Reading the center's matters and the hall display. */
@CenterRoles({Roles.RECEPTIONIST, Roles.TENANT_ADMIN, Roles.MEDIATOR, Roles.LEADER})
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface ReadsMatters {}
