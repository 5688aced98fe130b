package org.onedoor.journeys;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.onedoor.stack.PayaraMicroServer;
import org.onedoor.stack.junit.PlatformStack;
import org.onedoor.stack.junit.TestStack;

/**
 * The whole platform as the run command starts it: the three WARs side by side on one Payara Micro,
 * on the port the test stack's Keycloak clients point to. Started once per test run.
 */
public final class RunningPlatform implements BeforeAllCallback {

    private static volatile Running current;

    record Running(PayaraMicroServer payara) implements ExtensionContext.Store.CloseableResource {
        @Override
        public void close() {
            payara.close();
        }
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        current = context.getRoot()
                .getStore(ExtensionContext.Namespace.create(RunningPlatform.class))
                .getOrComputeIfAbsent(Running.class, key -> start(PlatformStack.stack()), Running.class);
    }

    public static String baseUrl() {
        return current.payara().baseUrl();
    }

    private static Running start(TestStack stack) {
        Path work = Path.of(System.getProperty("onedoor.stack.work-dir", "target/stack"));
        PayaraMicroServer payara = PayaraMicroServer.start(new PayaraMicroServer.Options(
                Path.of(System.getProperty("onedoor.stack.payara-micro")),
                Arrays.stream(System.getProperty("onedoor.stack.wars").split(","))
                        .map(Path::of)
                        .toList(),
                stack.platformPort(),
                stack.moduleEnvironment(),
                work.resolve("logs/payara.log"),
                work.resolve("run/payara.pid")));
        try {
            return new Running(payara.awaitReady(Duration.ofMinutes(4)));
        } catch (RuntimeException e) {
            payara.close();
            throw e;
        }
    }
}
