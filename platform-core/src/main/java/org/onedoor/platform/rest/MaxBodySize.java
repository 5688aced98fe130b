package org.onedoor.platform.rest;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** A larger request body than the platform's default for this endpoint, e.g. a file upload. */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface MaxBodySize {

    /** The largest body accepted, in bytes. */
    long value();
}
