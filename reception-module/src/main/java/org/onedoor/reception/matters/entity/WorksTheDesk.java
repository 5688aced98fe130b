package org.onedoor.reception.matters.entity;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.onedoor.platform.security.entity.CenterRoles;
import org.onedoor.platform.security.entity.Roles;

/** Registering (挂号) and dispatching (派单) matters at the front desk. */
@CenterRoles({Roles.RECEPTIONIST, Roles.TENANT_ADMIN})
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface WorksTheDesk {}
