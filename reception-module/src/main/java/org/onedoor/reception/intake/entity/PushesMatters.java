package org.onedoor.reception.intake.entity;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.onedoor.platform.security.entity.CenterRoles;
import org.onedoor.platform.security.entity.Roles;

/** Pushing matters in from another system (12345, petition, grid) connected to the center. */
@CenterRoles(Roles.INTEGRATION)
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface PushesMatters {}
