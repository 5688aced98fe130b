package org.onedoor.platform.rest;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.glassfish.jersey.server.filter.RolesAllowedDynamicFeature;
import org.onedoor.platform.problems.boundary.ConstraintViolationMapper;
import org.onedoor.platform.problems.boundary.CorrelationIdFilter;
import org.onedoor.platform.problems.boundary.MalformedBodyMapper;
import org.onedoor.platform.problems.boundary.OneDoorExceptionMapper;
import org.onedoor.platform.problems.boundary.TransactionalExceptionMapper;
import org.onedoor.platform.problems.boundary.UnexpectedExceptionMapper;
import org.onedoor.platform.problems.boundary.UnreadableBodyMapper;
import org.onedoor.platform.problems.boundary.WebApplicationExceptionMapper;
import org.onedoor.platform.security.boundary.MeResource;
import org.onedoor.platform.tenancy.boundary.CenterAccessFilter;
import org.onedoor.platform.tenancy.boundary.CentersResource;

/**
 * What every module's REST API carries from the platform. Each module's JAX-RS {@code Application}
 * lists its classes explicitly (see ADR 0001: scanning picks up the admin client's RESTEasy
 * providers and breaks Jersey), starting from these.
 */
public final class PlatformApi {

    public static final String VERSION_PATH = "api/v1";

    private static final List<Class<?>> CLASSES = List.of(
            CorrelationIdFilter.class,
            CenterAccessFilter.class,
            RequestBodyLimit.class,
            OneDoorExceptionMapper.class,
            ConstraintViolationMapper.class,
            WebApplicationExceptionMapper.class,
            MalformedBodyMapper.class,
            UnreadableBodyMapper.class,
            TransactionalExceptionMapper.class,
            UnexpectedExceptionMapper.class,
            RolesAllowedDynamicFeature.class,
            MeResource.class,
            CentersResource.class);

    private PlatformApi() {}

    /** The platform's classes plus the module's own. */
    public static Set<Class<?>> withModuleClasses(Class<?>... moduleClasses) {
        Set<Class<?>> classes = new HashSet<>(CLASSES);
        classes.addAll(List.of(moduleClasses));
        return Set.copyOf(classes);
    }
}
