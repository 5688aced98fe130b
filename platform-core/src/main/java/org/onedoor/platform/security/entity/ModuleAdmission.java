package org.onedoor.platform.security.entity;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a permission whose rule is not "a role in this center" — e.g. delegated administration,
 * where an administrator of a center above is admitted too. The module that declares it checks it
 * with a request filter of its own, also before the body is read; the platform's center filter
 * leaves such calls to it.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.ANNOTATION_TYPE)
public @interface ModuleAdmission {}
