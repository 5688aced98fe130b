package org.onedoor.platform.tenancy.boundary;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.ext.Provider;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Method;
import java.util.Arrays;
import org.onedoor.platform.security.entity.ModuleAdmission;
import org.onedoor.platform.security.entity.Permission;
import org.onedoor.platform.tenancy.control.TenantScope;

/**
 * Admits a call to a center's data ({@code /t/{code}/…}) before anything of the request is read: a
 * stranger gets 404 and a member without the method's permission 403, whatever the body, the query
 * or the ids in the path. Parameters and the body are converted and validated only afterwards, when
 * the resource method is invoked, so an invalid request tells a stranger nothing about the center.
 */
@Provider
@Priority(Priorities.AUTHORIZATION)
public class CenterAccessFilter implements ContainerRequestFilter {

    /** The path every center-scoped resource class is declared under. */
    static final String CENTER_PATH = "t/{code}";

    @Context
    ResourceInfo resource;

    @Inject
    TenantScope tenantScope;

    @Override
    public void filter(ContainerRequestContext request) {
        Class<?> resourceClass = resource.getResourceClass();
        Method method = resource.getResourceMethod();
        if (resourceClass == null
                || method == null
                || !isCenterScoped(resourceClass, method)
                || admittedByModule(method)
                || admittedByModule(resourceClass)) {
            return;
        }
        String code = request.getUriInfo().getPathParameters().getFirst("code");
        tenantScope.admit(code, Permission.of(method, resourceClass));
    }

    /** Whether the method's whole path (its class's, then its own) begins with {@code t/{code}}. */
    static boolean isCenterScoped(Class<?> resourceClass, Method method) {
        String path = (valueOf(resourceClass.getAnnotation(Path.class)) + "/"
                        + valueOf(method.getAnnotation(Path.class)))
                .replaceAll("/+", "/")
                .replaceFirst("^/", "");
        return path.equals(CENTER_PATH) || path.startsWith(CENTER_PATH + "/");
    }

    private static boolean admittedByModule(AnnotatedElement element) {
        return Arrays.stream(element.getAnnotations())
                .anyMatch(annotation -> annotation.annotationType().isAnnotationPresent(ModuleAdmission.class));
    }

    private static String valueOf(Path path) {
        return path == null ? "" : path.value();
    }
}
