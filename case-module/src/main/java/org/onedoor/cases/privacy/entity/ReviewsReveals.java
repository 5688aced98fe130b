package org.onedoor.cases.privacy.entity;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.onedoor.platform.security.entity.CenterRoles;
import org.onedoor.platform.security.entity.Roles;

/** Reading the record of reveals: the center's administrator and its auditors. */
@CenterRoles({Roles.TENANT_ADMIN, Roles.AUDITOR})
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface ReviewsReveals {}
