package org.onedoor.admin.tenants.entity;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.onedoor.platform.security.entity.ModuleAdmission;

/**
 * Reading the record of a center's role grants and revocations: those who may manage its staff
 * (the operator, its administrators and those above it) and its auditors
 * ({@code Delegation.requireMayReadRoleChanges}).
 */
@ModuleAdmission
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface ReadsRoleChanges {}
