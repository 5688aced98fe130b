package org.onedoor.tenancy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.onedoor.matters.Desk.act;
import static org.onedoor.matters.Desk.dispatch;
import static org.onedoor.matters.Desk.divorce;
import static org.onedoor.matters.Desk.register;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.onedoor.journeys.RunningPlatform;
import org.onedoor.matters.Desk;
import org.onedoor.stack.junit.ApiClient;
import org.onedoor.stack.junit.PlatformStack;

/**
 * Issues #3 and #4, isolation of records: every call that names one of a center's records — rooms,
 * categories, routing rules, its integration, matters, case files with their reveal log, onboarding
 * batches, a suspended center — answers 404 problem+json to the staff of another center (sibling,
 * child → parent, unrelated district; administrators, mediators, receptionists), with the owner's
 * real ids, at the owner's center and at the caller's own; and the owner then reads every record as
 * it was before.
 *
 * <p>Tree as in {@link IsolationMatrixIT}: 江岸区 A 420102 with streets A1 420102001 and A2 420102002
 * (and the suspended street 球场街道 420102009 with its community 420102009001); 江汉区 B 420103 with
 * street B1 420103001.
 */
@ExtendWith(PlatformStack.class)
@ExtendWith(RunningPlatform.class)
class IsolationOfRecordsIT {

    static final String A = "420102";
    static final String A1 = "420102001";
    static final String A2 = "420102002";
    static final String B = "420103";
    static final String B1 = "420103001";
    static final String SUSPENDED = "420102009";
    static final String SUSPENDED_COMMUNITY = "420102009001";
    private static final String PASSWORD = "Iso-records-2026";

    /** The records each owner center made, by center code. */
    private static final Map<String, Owned> OWNED = new HashMap<>();

    /** A center's records, made by its own staff; {@code staff} prefixes their usernames. */
    record Owned(
            String center,
            String staff,
            String room,
            String closedRoom,
            String category,
            String unroutedCategory,
            String inactiveCategory,
            String matter,
            String dispatchedCase,
            String mediatingCase,
            String party,
            String resolvedCase,
            String batch,
            String integration,
            String integrationSecret) {

        /** A token of the center's own integration, as its 12345 system would get it. */
        String integrationToken() {
            return PlatformStack.stack().integrationToken(integration, integrationSecret);
        }
    }

    /** Where a call's path is: under the owner's center (also tried under the caller's own), or not under one. */
    enum Scope {
        /** A record by its id: refused at the owner's center and at the caller's own center. */
        RECORD,
        /** A center's entry by code or client (categories, routing, integrations): at the owner's center only. */
        CENTER,
        /** Not under a center (onboarding batches). */
        ROOT
    }

    record Call(String module, String method, Scope scope, Function<Owned, String> path, Function<Owned, String> body) {

        ApiClient.Response send(String token, String center, Owned records) {
            ApiClient client = Centers.api(module, token);
            String at = (scope == Scope.ROOT ? "" : "t/" + center + "/") + path.apply(records);
            String payload = body.apply(records);
            return switch (method) {
                case "GET" -> client.get(at);
                case "DELETE" -> client.delete(at);
                case "PUT" -> client.put(at, payload);
                default -> client.post(at, payload);
            };
        }

        String describe(String center, Owned records) {
            return method + " /" + module + "/api/v1/" + (scope == Scope.ROOT ? "" : "t/" + center + "/")
                    + path.apply(records);
        }
    }

    private static final String ROOM = "{\"name\":\"被改名调解室\",\"type\":\"GENERAL\",\"location\":\"地下室\"}";
    private static final String CATEGORY = "{\"code\":\"renamed\",\"name\":\"被改名\"}";
    private static final String SESSION = session("闯入者", "伪造的记录").toString();
    private static final String AGREEMENT = "{\"facts\":\"伪造事实\",\"terms\":\"伪造条款\","
            + "\"performance\":{\"manner\":\"现金\",\"place\":\"别处\",\"deadline\":\"2026-12-31\"}}";

    /** Every call that names a record of the owner center; the bodies are valid, so only the center refuses. */
    static final List<Call> CALLS = List.of(
            call("admin", "GET", Scope.RECORD, r -> "rooms/" + r.room()),
            call("admin", "PUT", Scope.RECORD, r -> "rooms/" + r.room(), r -> ROOM),
            call("admin", "POST", Scope.RECORD, r -> "rooms/" + r.room() + "/close"),
            call("admin", "POST", Scope.RECORD, r -> "rooms/" + r.closedRoom() + "/open"),
            call("admin", "PUT", Scope.CENTER, r -> "categories/" + r.category(), r -> CATEGORY),
            call("admin", "POST", Scope.CENTER, r -> "categories/" + r.category() + "/deactivate"),
            call("admin", "POST", Scope.CENTER, r -> "categories/" + r.inactiveCategory() + "/activate"),
            call(
                    "admin",
                    "PUT",
                    Scope.CENTER,
                    r -> "routing/" + r.unroutedCategory(),
                    r -> "{\"roomId\":\"" + r.room() + "\"}"),
            call("admin", "DELETE", Scope.CENTER, r -> "routing/" + r.category()),
            call("admin", "GET", Scope.CENTER, r -> "integrations"),
            call("admin", "PUT", Scope.CENTER, r -> "integrations/" + r.integration(), r -> "{}"),
            call("admin", "POST", Scope.CENTER, r -> "integrations/" + r.integration() + "/secret", r -> "{}"),
            call("admin", "DELETE", Scope.CENTER, r -> "integrations/" + r.integration()),
            call("admin", "GET", Scope.ROOT, r -> "onboarding/" + r.batch()),
            call("admin", "GET", Scope.ROOT, r -> "onboarding/" + r.batch() + "/result"),
            call("reception", "GET", Scope.RECORD, r -> "matters/" + r.matter()),
            call("reception", "POST", Scope.RECORD, r -> "matters/" + r.matter() + "/dispatch", r -> "{}"),
            call("cases", "GET", Scope.RECORD, r -> "cases/" + r.mediatingCase()),
            call("cases", "GET", Scope.RECORD, r -> "cases/" + r.mediatingCase() + "/timeline"),
            call("cases", "POST", Scope.RECORD, r -> "cases/" + r.dispatchedCase() + "/accept"),
            call("cases", "POST", Scope.RECORD, r -> "cases/" + r.mediatingCase() + "/sessions", r -> SESSION),
            call(
                    "cases",
                    "PUT",
                    Scope.RECORD,
                    r -> "cases/" + r.mediatingCase() + "/grade",
                    r -> "{\"grade\":\"SPECIAL\",\"reason\":\"闯入\"}"),
            call("cases", "POST", Scope.RECORD, r -> "cases/" + r.mediatingCase() + "/resolve", r -> AGREEMENT),
            call("cases", "GET", Scope.RECORD, r -> "cases/" + r.resolvedCase() + "/agreement.pdf"),
            call(
                    "cases",
                    "POST",
                    Scope.RECORD,
                    r -> "cases/" + r.mediatingCase() + "/refer",
                    r -> "{\"to\":\"LITIGATION\",\"reason\":\"闯入\"}"),
            call(
                    "cases",
                    "POST",
                    Scope.RECORD,
                    r -> "cases/" + r.resolvedCase() + "/follow-up",
                    r -> "{\"satisfaction\":\"NEUTRAL\",\"notes\":\"闯入\"}"),
            call("cases", "POST", Scope.RECORD, r -> "cases/" + r.resolvedCase() + "/close"),
            call(
                    "cases",
                    "POST",
                    Scope.RECORD,
                    r -> "cases/" + r.mediatingCase() + "/escalate",
                    r -> "{\"reason\":\"闯入\"}"),
            call(
                    "cases",
                    "POST",
                    Scope.RECORD,
                    r -> "cases/" + r.mediatingCase() + "/parties/" + r.party() + "/reveal",
                    r -> "{\"field\":\"PHONE\",\"reason\":\"想知道电话\"}"),
            call("cases", "GET", Scope.RECORD, r -> "cases/" + r.mediatingCase() + "/reveals"));

    @BeforeAll
    static void centersWithRecords() throws IOException, InterruptedException {
        Centers.open("420000", "湖北省", null, null);
        Centers.open("420100", "武汉市", "420000", null);
        Centers.open(A, "江岸区", "420100", null);
        Centers.open(A1, "大智街道", A, null);
        Centers.open(A2, "一元街道", A, null);
        Centers.open(B, "江汉区", "420100", null);
        Centers.open(B1, "民族街道", B, null);
        Centers.open(SUSPENDED, "球场街道", A, null);
        Centers.open(SUSPENDED_COMMUNITY, "球场社区", SUSPENDED, null);
        staff("rec.a", A);
        staff("rec.a1", A1);
        Centers.person("rec.a2.admin", PASSWORD, A2 + ":tenant-admin");
        Centers.person("rec.a2.mediator", PASSWORD, A2 + ":mediator", A2 + ":receptionist");
        Centers.person("rec.b.admin", PASSWORD, B + ":tenant-admin");
        Centers.person("rec.b.mediator", PASSWORD, B + ":mediator", B + ":receptionist");
        Centers.person("rec.b1.desk", PASSWORD, B1 + ":receptionist");
        Centers.person("rec.s1.admin", PASSWORD, SUSPENDED_COMMUNITY + ":tenant-admin");
        OWNED.put(A, furnish(A, "rec.a", "420102002008"));
        OWNED.put(A1, furnish(A1, "rec.a1", "420102001008"));
        ApiClient.Response suspended =
                Centers.admin(token("rec.a.admin")).post("tenants/" + SUSPENDED + "/suspend", "");
        assertThat(suspended.status()).as(suspended.toString()).isEqualTo(200);
    }

    static Stream<Arguments> strangers() {
        return Stream.of(
                Arguments.of("sibling street, administrator", "rec.a2.admin", A2, A1),
                Arguments.of("sibling street, mediator and desk", "rec.a2.mediator", A2, A1),
                Arguments.of("child to parent, administrator", "rec.a1.admin", A1, A),
                Arguments.of("child to parent, mediator", "rec.a1.mediator", A1, A),
                Arguments.of("unrelated district, administrator", "rec.b.admin", B, A),
                Arguments.of("unrelated district, mediator and desk", "rec.b.mediator", B, A),
                Arguments.of("unrelated district to a street, administrator", "rec.b.admin", B, A1),
                Arguments.of("unrelated street, receptionist", "rec.b1.desk", B1, A1));
    }

    record Attempt(String call, ApiClient.Response answer) {}

    @ParameterizedTest(name = "{0}: {1} ({2}) → {3}")
    @MethodSource("strangers")
    @DisplayName("#3 #4 another center's staff cannot read or act on a record by its real id: 404, nothing changes")
    void strangersCannotReachTheRecords(String relation, String username, String home, String center) {
        Owned records = OWNED.get(center);
        String token = token(username);
        Map<String, String> before = snapshot(records);

        List<Attempt> attempts = new ArrayList<>();
        List<Attempt> atHome = new ArrayList<>();
        for (Call call : CALLS) {
            attempts.add(new Attempt(call.describe(center, records), call.send(token, center, records)));
            if (call.scope() == Scope.RECORD) {
                atHome.add(new Attempt(call.describe(home, records), call.send(token, home, records)));
            }
        }

        assertThat(attempts).allSatisfy(IsolationOfRecordsIT::isNotFound);
        assertThat(atHome).allSatisfy(IsolationOfRecordsIT::isRefusedAtHome);
        assertThat(atHome)
                .as("the caller's own schema was searched for the owner's ids, and had none")
                .anySatisfy(attempt -> assertThat(attempt.answer().status()).isEqualTo(404));
        assertThat(snapshot(records))
                .as("the owner's records after %s", relation)
                .isEqualTo(before);
    }

    static Stream<Arguments> strangersOfTheSuspendedStreet() {
        return Stream.of(
                Arguments.of("sibling street, administrator", "rec.a2.admin"),
                Arguments.of("sibling street, mediator", "rec.a2.mediator"),
                Arguments.of("child to parent, administrator", "rec.s1.admin"),
                Arguments.of("unrelated district, administrator", "rec.b.admin"),
                Arguments.of("unrelated street, receptionist", "rec.b1.desk"));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("strangersOfTheSuspendedStreet")
    @DisplayName("#3 another center's staff cannot reactivate a suspended street: 404, still suspended")
    void strangersCannotReactivate(String relation, String username) {
        JsonObject before = registryEntry(SUSPENDED);

        ApiClient.Response answer = Centers.admin(token(username)).post("tenants/" + SUSPENDED + "/reactivate", "");

        isNotFound(new Attempt("POST tenants/" + SUSPENDED + "/reactivate", answer));
        assertThat(before.getString("status")).isEqualTo("SUSPENDED");
        assertThat(registryEntry(SUSPENDED)).isEqualTo(before);
    }

    @Test
    @DisplayName("#3 positive control: the same ids answer the owner center's own staff")
    void ownersReachTheirRecords() {
        Owned records = OWNED.get(A1);
        String admin = token("rec.a1.admin");
        List<Call> reads =
                CALLS.stream().filter(call -> call.method().equals("GET")).toList();

        assertThat(reads)
                .allSatisfy(call -> assertThat(call.send(admin, A1, records).status())
                        .as(call.describe(A1, records))
                        .isEqualTo(200));
        assertThat(Claims.of(records.integrationToken()).toString())
                .as("the center's integration is connected")
                .contains(A1 + ":integration");
    }

    /**
     * The owner's id under the caller's own center: not there (404: the caller's schema has no such
     * record) or, for a caller without the call's role at home, 403 before any record is read.
     */
    private static void isRefusedAtHome(Attempt attempt) {
        assertThat(attempt.answer().status())
                .as(attempt.call() + " → " + attempt.answer())
                .isIn(403, 404);
        assertThat(attempt.answer().contentType())
                .as(attempt.call() + " → " + attempt.answer())
                .startsWith("application/problem+json");
    }

    private static void isNotFound(Attempt attempt) {
        assertThat(attempt.answer().status())
                .as(attempt.call() + " → " + attempt.answer())
                .isEqualTo(404);
        assertThat(attempt.answer().contentType())
                .as(attempt.call() + " → " + attempt.answer())
                .startsWith("application/problem+json");
    }

    /** Everything the owner reads of its records; each read must succeed, so two snapshots compare content. */
    private static Map<String, String> snapshot(Owned r) {
        String admin = token(r.staff() + ".admin");
        String c = "t/" + r.center() + "/";
        Map<String, String> state = new LinkedHashMap<>();
        read(state, "admin", admin, c + "rooms/" + r.room());
        read(state, "admin", admin, c + "rooms/" + r.closedRoom());
        read(state, "admin", admin, c + "categories");
        read(state, "admin", admin, c + "routing");
        read(state, "admin", admin, "tenants/" + r.center());
        read(state, "admin", admin, "onboarding/" + r.batch());
        read(state, "reception", admin, c + "matters/" + r.matter());
        for (String caseId : List.of(r.dispatchedCase(), r.mediatingCase(), r.resolvedCase())) {
            read(state, "cases", admin, c + "cases/" + caseId);
            read(state, "cases", admin, c + "cases/" + caseId + "/timeline");
            read(state, "cases", admin, c + "cases/" + caseId + "/reveals");
        }
        state.put("integration memberships in " + r.center(), integrationMemberships(r));
        return state;
    }

    private static void read(Map<String, String> state, String module, String token, String path) {
        ApiClient.Response answer = Centers.api(module, token).get(path);
        assertThat(answer.status())
                .as("the owner reads " + path + ": " + answer)
                .isEqualTo(200);
        state.put(module + " " + path, answer.body());
    }

    private static String integrationMemberships(Owned r) {
        String center = r.center();
        return Claims.of(r.integrationToken()).getJsonArray("memberships").getValuesAs(JsonString.class).stream()
                .map(JsonString::getString)
                .filter(membership -> membership.startsWith(center + ":"))
                .toList()
                .toString();
    }

    private static JsonObject registryEntry(String code) {
        ApiClient.Response answer = Centers.admin(Centers.operator()).get("tenants/" + code);
        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
        return answer.json();
    }

    /** The center's administrator, front desk and mediator: {@code prefix}.admin, .desk, .mediator. */
    private static void staff(String prefix, String center) {
        Centers.person(prefix + ".admin", PASSWORD, center + ":tenant-admin");
        Centers.person(prefix + ".desk", PASSWORD, center + ":receptionist");
        Centers.person(prefix + ".mediator", PASSWORD, center + ":mediator");
    }

    /**
     * The owner's records, made by its staff: two rooms (one closed), three categories of its own
     * (routed, unrouted, deactivated), its integration, a waiting matter, case files dispatched, in
     * mediation (with a session and a reveal) and resolved (with an agreement), and an onboarding
     * batch that opened community {@code community}.
     */
    private static Owned furnish(String center, String staff, String community)
            throws IOException, InterruptedException {
        String admin = token(staff + ".admin");
        String desk = token(staff + ".desk");
        String mediator = token(staff + ".mediator");
        ApiClient config = Centers.admin(admin);
        String room = Desk.room(admin, center, "隔离调解室", "MARRIAGE_FAMILY", "marriage-family", staff + ".mediator");
        String closedRoom = created(config.post("t/" + center + "/rooms", "{\"name\":\"旧调解室\",\"type\":\"GENERAL\"}"))
                .getString("id");
        succeeded(config.post("t/" + center + "/rooms/" + closedRoom + "/close", ""));
        String category = ownCategory(config, center, "routed", "本中心分类");
        String unrouted = ownCategory(config, center, "unrouted", "未分流分类");
        String inactive = ownCategory(config, center, "inactive", "停用分类");
        succeeded(config.put("t/" + center + "/routing/" + category, "{\"roomId\":\"" + room + "\"}"));
        succeeded(config.post("t/" + center + "/categories/" + inactive + "/deactivate", ""));
        JsonObject integration = created(config.post("t/" + center + "/integrations", "{\"name\":\"12345 热线\"}"));

        String matter = register(desk, center, divorce().build()).getString("id");
        String dispatched = dispatchedCase(desk, center);
        String mediating = dispatchedCase(desk, center);
        act(mediator, center, mediating, "accept", JsonValue.EMPTY_JSON_OBJECT);
        act(mediator, center, mediating, "sessions", session("王丽、赵强、调解员", "双方陈述事实。"));
        String party = Desk.caseFile(mediator, center, mediating)
                .getJsonArray("parties")
                .getJsonObject(0)
                .getString("id");
        act(
                mediator,
                center,
                mediating,
                "parties/" + party + "/reveal",
                Json.createObjectBuilder()
                        .add("field", "PHONE")
                        .add("reason", "联系申请人约定调解时间")
                        .build());
        String resolved = dispatchedCase(desk, center);
        act(mediator, center, resolved, "accept", JsonValue.EMPTY_JSON_OBJECT);
        act(
                mediator,
                center,
                resolved,
                "resolve",
                Json.createObjectBuilder()
                        .add("facts", "双方就抚养费发生争议。")
                        .add("terms", "赵强每月支付抚养费贰仟元。")
                        .add(
                                "performance",
                                Json.createObjectBuilder()
                                        .add("manner", "银行转账")
                                        .add("place", "武汉市")
                                        .add("deadline", "2026-12-31"))
                        .build());
        String batch = onboardedBatch(admin, community, center.equals(A) ? A2 : center);
        return new Owned(
                center,
                staff,
                room,
                closedRoom,
                category,
                unrouted,
                inactive,
                matter,
                dispatched,
                mediating,
                party,
                resolved,
                batch,
                integration.getString("clientId"),
                integration.getString("secret"));
    }

    private static JsonObject session(String participants, String notes) {
        return Json.createObjectBuilder()
                .add("heldAt", "2026-11-22T10:00:00+08:00")
                .add("participants", participants)
                .add("notes", notes)
                .build();
    }

    private static String ownCategory(ApiClient config, String center, String purpose, String name) {
        String code = "rec-" + purpose + "-" + center;
        created(config.post("t/" + center + "/categories", "{\"code\":\"" + code + "\",\"name\":\"" + name + "\"}"));
        return code;
    }

    private static String dispatchedCase(String desk, String center) {
        return dispatch(desk, center, register(desk, center, divorce().build()).getString("id"))
                .getString("caseId");
    }

    /** A one-line onboarding file opening {@code community} beneath {@code parent}; waits until it is open. */
    private static String onboardedBatch(String admin, String community, String parent)
            throws IOException, InterruptedException {
        String csv = "code,name,level,parent code,administrator username\n" + community + ",批量社区,COMMUNITY," + parent
                + ",\n";
        HttpResponse<String> accepted = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(
                                        RunningPlatform.baseUrl() + "/admin/api/v1/onboarding?fileName=one.csv"))
                                .header("Authorization", "Bearer " + admin)
                                .header("Content-Type", "text/csv")
                                .POST(HttpRequest.BodyPublishers.ofString(csv, StandardCharsets.UTF_8))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(202);
        String batch = accepted.headers().firstValue("Location").orElseThrow().replaceFirst(".*/onboarding/", "");
        Centers.awaitStatus(community, "ACTIVE", Duration.ofSeconds(90));
        awaitAccounts(admin, batch);
        return batch;
    }

    /** Progress settles once every line's account step is done; only then do two reads compare. */
    private static void awaitAccounts(String admin, String batch) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        JsonObject progress = null;
        while (Instant.now().isBefore(deadline)) {
            progress = Centers.admin(admin).get("onboarding/" + batch).json();
            if (progress.getInt("accountsDone") == progress.getInt("total")
                    && "CREATED".equals(progress.getString("status"))) {
                return;
            }
            Centers.sleep(Duration.ofMillis(500));
        }
        throw new AssertionError("batch " + batch + " did not settle: " + progress);
    }

    private static JsonObject created(ApiClient.Response answer) {
        assertThat(answer.status()).as(answer.toString()).isEqualTo(201);
        return answer.json();
    }

    private static void succeeded(ApiClient.Response answer) {
        assertThat(answer.status()).as(answer.toString()).isIn(200, 204);
    }

    private static String token(String username) {
        return PlatformStack.stack().token(username, PASSWORD);
    }

    private static Call call(String module, String method, Scope scope, Function<Owned, String> path) {
        return call(module, method, scope, path, r -> "");
    }

    private static Call call(
            String module, String method, Scope scope, Function<Owned, String> path, Function<Owned, String> body) {
        return new Call(module, method, scope, path, body);
    }
}
