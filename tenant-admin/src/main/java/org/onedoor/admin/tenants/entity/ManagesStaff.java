package org.onedoor.admin.tenants.entity;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.onedoor.platform.security.entity.ModuleAdmission;

/** Managing a center's staff and connected systems: the operator, its own administrators or those of a center above it ({@code Delegation.requireMayManageStaff}). */
@ModuleAdmission
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface ManagesStaff {}
