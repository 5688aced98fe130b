package org.onedoor.admin.tenants.entity;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.onedoor.platform.security.entity.ModuleAdmission;

/** Renaming, suspending, reactivating, archiving or retrying a center: the operator, or an administrator of a center above it ({@code Delegation.requireMayAdminister}). */
@ModuleAdmission
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface AdministersTenant {}
