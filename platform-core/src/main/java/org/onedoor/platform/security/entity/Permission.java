package org.onedoor.platform.security.entity;

import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A permission on a center, read from an annotation type that carries {@link CenterRoles}.
 *
 * @param roles any one of these in the center admits the caller; empty: any staff role
 * @param modulesOnly only OneDoor modules' service accounts are admitted
 */
public record Permission(Set<String> roles, boolean modulesOnly) {

    /** Any member of the center's staff. */
    public static final Permission ANY_STAFF = new Permission(Set.of(), false);

    public Permission {
        roles = Set.copyOf(roles);
    }

    public static Permission of(Class<? extends Annotation> permission) {
        CenterRoles declared = permission.getAnnotation(CenterRoles.class);
        if (declared == null) {
            throw new IllegalArgumentException(permission.getName() + " is not a permission: it lacks @CenterRoles");
        }
        return of(declared);
    }

    /** The permission declared on a resource method, else on its class; none declared: any staff role. */
    public static Permission of(Method method, Class<?> resourceClass) {
        return declaredOn(method).or(() -> declaredOn(resourceClass)).orElse(ANY_STAFF);
    }

    /** Whether a caller holding {@code held} in the center is admitted (modules are admitted elsewhere). */
    public boolean admits(Set<String> held) {
        if (modulesOnly) {
            return false;
        }
        return roles.isEmpty()
                ? held.stream().anyMatch(Roles::isStaff)
                : roles.stream().anyMatch(held::contains);
    }

    private static Permission of(CenterRoles declared) {
        return new Permission(Set.of(declared.value()), declared.modulesOnly());
    }

    private static Optional<Permission> declaredOn(AnnotatedElement element) {
        return element == null
                ? Optional.empty()
                : Arrays.stream(element.getAnnotations())
                        .map(annotation -> annotation.annotationType().getAnnotation(CenterRoles.class))
                        .filter(Objects::nonNull)
                        .findFirst()
                        .map(Permission::of);
    }
}
