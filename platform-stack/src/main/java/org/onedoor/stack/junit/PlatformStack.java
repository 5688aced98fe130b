package org.onedoor.stack.junit;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Gives a test class the real PostgreSQL and Keycloak ({@link TestStack}), started at the first test
 * class that asks and stopped when the test run ends. Declare it before Arquillian's extension, so
 * the stack is up (and the settings file written) before Payara Micro starts:
 * {@code @ExtendWith(PlatformStack.class) @ArquillianTest}.
 */
public class PlatformStack implements BeforeAllCallback {

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(PlatformStack.class);
    private static volatile TestStack current;

    @Override
    public void beforeAll(ExtensionContext context) {
        current = context.getRoot()
                .getStore(NAMESPACE)
                .getOrComputeIfAbsent(TestStack.class, key -> TestStack.start(), TestStack.class);
    }

    /** The stack of this test run; only valid in a class extended with {@code PlatformStack}. */
    public static TestStack stack() {
        if (current == null) {
            throw new IllegalStateException("No stack: annotate the test class with @ExtendWith(PlatformStack.class)");
        }
        return current;
    }
}
