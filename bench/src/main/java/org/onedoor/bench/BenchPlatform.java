package org.onedoor.bench;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.onedoor.stack.PayaraMicroServer;
import org.onedoor.stack.junit.ApiClient;
import org.onedoor.stack.junit.TestStack;

/** The whole platform for a benchmark: real PostgreSQL, Keycloak and Payara Micro with the three modules. */
final class BenchPlatform implements AutoCloseable {

    final TestStack stack;
    private PayaraMicroServer payara;
    private final Path work = Path.of(System.getProperty("onedoor.stack.work-dir", "target/stack"));

    BenchPlatform() {
        stack = TestStack.start();
    }

    /** Starts Payara Micro with {@code wars} (the built modules when null) and returns the seconds until every module is ready. */
    double startPayara(List<Path> wars) {
        long started = System.nanoTime();
        payara = PayaraMicroServer.start(new PayaraMicroServer.Options(
                Path.of(System.getProperty("onedoor.stack.payara-micro")),
                wars == null ? builtWars() : wars,
                stack.platformPort(),
                Map.copyOf(stack.moduleEnvironment()),
                work.resolve("logs/payara.log"),
                work.resolve("run/payara.pid")));
        payara.awaitReady(Duration.ofMinutes(60));
        return (System.nanoTime() - started) / 1e9;
    }

    void stopPayara() {
        if (payara != null) {
            payara.close();
            payara = null;
        }
    }

    static List<Path> builtWars() {
        return Arrays.stream(System.getProperty("onedoor.stack.wars").split(","))
                .map(Path::of)
                .toList();
    }

    Path work() {
        return work;
    }

    ApiClient admin(String token) {
        return ApiClient.of(URI.create("http://localhost:" + stack.platformPort() + "/admin/api/v1/"))
                .withToken(token);
    }

    String operator() {
        return stack.token("operator");
    }

    ApiClient.Response create(String token, String code, String name, String parent) {
        var body = Json.createObjectBuilder().add("code", code).add("name", name);
        if (parent != null) {
            body.add("parentCode", parent);
        }
        return admin(token).post("tenants", body.build().toString());
    }

    /** Opens 湖北省 → 武汉市 → 江岸区 → the street {@code code} (大智街道), as the operator. */
    void openStreet(String code) {
        String operator = operator();
        for (String[] center : List.of(
                new String[] {"420000", "湖北省", null},
                new String[] {"420100", "武汉市", "420000"},
                new String[] {"420102", "江岸区", "420100"},
                new String[] {code, "大智街道", "420102"})) {
            create(operator, center[0], center[1], center[2]);
            awaitActive(operator, center[0]);
        }
    }

    /** A person with {@code role} in {@code center}, and a token that already names the membership. */
    String person(String username, String center, String role) {
        String password = password(username);
        stack.createPerson(username, "测", "试", password);
        ApiClient.Response granted = admin(operator())
                .post(
                        "t/" + center + "/members",
                        Json.createObjectBuilder()
                                .add("username", username)
                                .add("role", role)
                                .add("confirmExistingAccount", true)
                                .build()
                                .toString());
        if (granted.status() != 201) {
            throw new IllegalStateException(granted.toString());
        }
        return stack.token(username, password);
    }

    static String password(String username) {
        return "Bench-" + username + "-2026";
    }

    /** A fresh token of a person {@link #person} made (tokens live 5 minutes). */
    String token(String username) {
        return stack.token(username, password(username));
    }

    /** The pid of a server the stack started ({@code payara}, {@code keycloak}), from its pid file. */
    long pid(String server) {
        try {
            return Long.parseLong(java.nio.file.Files.readString(work.resolve("run/" + server + ".pid"))
                    .strip());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Polls every 20 ms until the center is ACTIVE; fails on FAILED. */
    void awaitActive(String token, String code) {
        while (true) {
            JsonObject center = admin(token).get("tenants/" + code).json();
            String status = center.getString("status");
            if (status.equals("ACTIVE")) {
                return;
            }
            if (status.equals("FAILED")) {
                throw new IllegalStateException("center " + code + " failed: " + center);
            }
            sleep(20);
        }
    }

    /** Heap in use by the Payara Micro JVM after a full GC, in MB (jcmd of the running JDK). */
    double payaraHeapAfterGcMb() throws IOException, InterruptedException {
        long pid = Long.parseLong(
                java.nio.file.Files.readString(work.resolve("run/payara.pid")).strip());
        String jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd").toString();
        run(jcmd, Long.toString(pid), "GC.run");
        String info = run(jcmd, Long.toString(pid), "GC.heap_info");
        // e.g. " garbage-first heap   total 262144K, used 123456K"
        var matcher = Pattern.compile("used (\\d+)K").matcher(info);
        if (!matcher.find()) {
            throw new IllegalStateException("no heap figure in: " + info);
        }
        return Long.parseLong(matcher.group(1)) / 1024.0;
    }

    private static String run(String... command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        process.waitFor(60, TimeUnit.SECONDS);
        return output;
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static String machine() {
        return Runtime.getRuntime().availableProcessors() + " cores, "
                + ManagementFactory.getOperatingSystemMXBean().getName() + ", Java "
                + System.getProperty("java.version");
    }

    @Override
    public void close() {
        stopPayara();
        stack.close();
    }
}
