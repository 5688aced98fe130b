package org.onedoor.platform.security.entity;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Makes an annotation type a permission on a center: the roles, any one of which the caller must
 * hold in the center (none listed: any staff role). The permission is written once, e.g.
 * {@code @CenterRoles({MEDIATOR, LEADER}) @interface HandlesCases}, and used twice: on the REST
 * method, where the request filter checks it before the body is read, and in the control that the
 * pages share, {@code tenantScope.enter(code, HandlesCases.class)}.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.ANNOTATION_TYPE)
public @interface CenterRoles {

    String[] value() default {};

    /** Only OneDoor modules (their service accounts) may do this; no person, whatever their roles. */
    boolean modulesOnly() default false;
}
