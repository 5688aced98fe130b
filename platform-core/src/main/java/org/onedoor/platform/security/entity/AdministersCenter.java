package org.onedoor.platform.security.entity;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** Configuring the center itself (profile, rooms, categories, routing): its administrators. */
@CenterRoles(Roles.TENANT_ADMIN)
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface AdministersCenter {}
