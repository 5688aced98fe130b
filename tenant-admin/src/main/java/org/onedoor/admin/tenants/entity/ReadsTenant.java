package org.onedoor.admin.tenants.entity;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.onedoor.platform.security.entity.ModuleAdmission;

/** Reading a center's entry in the tree: the platform operator, or an administrator who may see it ({@code Delegation.requireMayRead}). */
@ModuleAdmission
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface ReadsTenant {}
