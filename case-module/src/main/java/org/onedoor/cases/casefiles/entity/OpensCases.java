package org.onedoor.cases.casefiles.entity;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.onedoor.platform.security.entity.CenterRoles;

/**
 * Opening a case file for a dispatched matter (一案一档): the front desk's module hands the matter
 * over, as registered there. No person opens a case file, whatever their roles: a receptionist's
 * token could otherwise write a backdated case with a made-up category into every statistic above
 * the center (ADR 0014).
 */
@CenterRoles(modulesOnly = true)
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface OpensCases {}
