package org.onedoor.stack.launcher;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.HashMap;
import java.util.Map;
import org.onedoor.stack.StackException;

/**
 * The demo centers' daily work (issue #4.7): mediation rooms, routing and a district category, then
 * a few dozen matters at 大智街道 and 车站路社区 taken through every state — waiting at the desk,
 * dispatched, in mediation, resolved, referred, followed up, closed, escalated to 江岸区 — by the demo
 * staff, through the same APIs the pages use. Written once: a center with rooms is left alone.
 */
final class DemoWork {

    static final String DISTRICT = "420102";
    static final String STREET = "420102001";
    static final String COMMUNITY = "420102001001";

    private static final String[] FAMILY = {"王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴", "徐", "孙"};
    private static final String[] GIVEN = {"丽", "强", "敏", "伟", "芳", "军", "静", "磊", "娟", "涛", "霞", "斌"};

    /** Category, description, grade, risk — the matters residents bring, as the seeds describe them. */
    private static final String[][] MATTERS = {
        {"divorce", "夫妻因子女抚养费和房产分割发生争执，申请调解。", "SPECIALIST", "MEDIUM"},
        {"property-management", "小区电梯停运两周，物业未维修，业主要求退还部分物业费。", "ORDINARY", "LOW"},
        {"neighbour", "楼上住户装修噪音扰民，双方多次争吵。", "ORDINARY", "LOW"},
        {"wage-arrears", "装修公司拖欠12名工人三个月工资共计8.6万元。", "SPECIAL", "HIGH"},
        {"neighbour", "相邻两户因排水管渗漏损失赔偿产生纠纷。", "ORDINARY", "LOW"},
        {"support", "三名子女对老人赡养费用分担意见不一。", "COMMUNITY", "MEDIUM"},
        {"property-management", "业主私自占用消防通道停车，与物业发生冲突。", "ORDINARY", "MEDIUM"},
        {"consumer", "预付卡健身房闭店，会员要求退费。", "SPECIALIST", "MEDIUM"},
        {"inheritance", "兄妹三人对父母遗留房屋继承份额有争议。", "SPECIALIST", "MEDIUM"},
        {"labour", "快递员工作中受伤，与站点就工伤待遇协商未果。", "SPECIALIST", "HIGH"}
    };

    private final DemoApi api;
    private final Map<String, String> rooms = new HashMap<>();
    private int people;

    DemoWork(DemoApi api) {
        this.api = api;
    }

    void apply(Console console) {
        String admin = api.token("admin");
        if (api.call("GET", "admin", "t/" + STREET + "/rooms", admin, null)
                .body()
                .contains("\"id\"")) {
            return;
        }
        console.step("Writing the demo centers' rooms, routing and cases …");
        configure(admin);
        String desk = api.token("reception");
        String mediator = api.token("mediator");
        JsonObject hotline = api.require(
                "POST",
                "admin",
                "t/" + STREET + "/integrations",
                admin,
                Json.createObjectBuilder().add("name", "12345 热线").build());
        int i = 0;
        for (Stage stage : Stage.values()) {
            for (int n = 0; n < stage.count; n++, i++) {
                String center = stage == Stage.COMMUNITY_CLOSED ? COMMUNITY : STREET;
                work(stage, center, MATTERS[i % MATTERS.length], desk, mediator);
            }
        }
        console.step("Demo work written: " + i + " matters at 大智街道 and 车站路社区, some escalated to 江岸区.");
        console.line("大智街道's 12345 hotline integration (secret shown once; rotate it on the API): client "
                + hotline.getString("clientId") + " / secret " + hotline.getString("secret"));
    }

    private void configure(String admin) {
        room(admin, DISTRICT, "法院诉前调解室", "COURT_PRE_LITIGATION", "contract-debt");
        room(admin, DISTRICT, "医疗纠纷调解室", "MEDICAL", "medical");
        api.require(
                "POST",
                "admin",
                "t/" + DISTRICT + "/categories",
                admin,
                Json.createObjectBuilder()
                        .add("code", "rental")
                        .add("name", "房屋租赁纠纷")
                        .add("nameEn", "Rental")
                        .build());
        room(admin, STREET, "婚姻家庭纠纷调解室", "MARRIAGE_FAMILY", "marriage-family");
        room(admin, STREET, "物业纠纷调解室", "PROPERTY", "property-management");
        room(admin, STREET, "老陈调解工作室", "PERSONAL_STUDIO", "neighbour");
        room(admin, STREET, "劳动争议调解室", "LABOUR", "labour");
        room(admin, STREET, "心理疏导室", "PSYCHOLOGICAL", null);
        room(admin, COMMUNITY, "社区人民调解室", "GENERAL", "neighbour");
        route(admin, COMMUNITY, "property-management", rooms.get(COMMUNITY + "社区人民调解室"));
        route(admin, COMMUNITY, "marriage-family", rooms.get(COMMUNITY + "社区人民调解室"));
    }

    private void room(String admin, String center, String name, String type, String category) {
        JsonObject created = api.require(
                "POST",
                "admin",
                "t/" + center + "/rooms",
                admin,
                Json.createObjectBuilder()
                        .add("name", name)
                        .add("type", type)
                        .add("location", "中心一楼")
                        .add("mediators", Json.createArrayBuilder().add("mediator"))
                        .build());
        String id = created.getString("id");
        rooms.put(center + name, id);
        if (category != null) {
            route(admin, center, category, id);
        }
    }

    private void route(String admin, String center, String category, String roomId) {
        api.require(
                "PUT",
                "admin",
                "t/" + center + "/routing/" + category,
                admin,
                Json.createObjectBuilder().add("roomId", roomId).build());
    }

    /** How far each demo matter gets, and how many of each. */
    private enum Stage {
        WAITING(3),
        DISPATCHED(4),
        IN_MEDIATION(4),
        RESOLVED(3),
        REFERRED(3),
        FOLLOWED_UP(3),
        CLOSED(8),
        ESCALATED(2),
        ESCALATED_RESOLVED(2),
        COMMUNITY_CLOSED(4);

        final int count;

        Stage(int count) {
            this.count = count;
        }
    }

    private void work(Stage stage, String center, String[] matter, String desk, String mediator) {
        JsonObject registered = api.require("POST", "reception", "t/" + center + "/matters", desk, matter(matter));
        if (stage == Stage.WAITING) {
            return;
        }
        // a category without routing: the desk chooses the center's general room
        JsonObject choice = !registered.containsKey("room") || registered.isNull("room")
                ? Json.createObjectBuilder().add("roomId", generalRoom(center)).build()
                : JsonValue.EMPTY_JSON_OBJECT;
        JsonObject dispatched = api.require(
                "POST",
                "reception",
                "t/" + center + "/matters/" + registered.getString("id") + "/dispatch",
                desk,
                choice);
        if (stage == Stage.DISPATCHED) {
            return;
        }
        String path = "t/" + center + "/cases/" + dispatched.getString("caseId") + "/";
        act(mediator, path + "accept", null);
        act(
                mediator,
                path + "sessions",
                Json.createObjectBuilder()
                        .add("heldAt", "2026-11-20T10:00:00+08:00")
                        .add("participants", "双方当事人、调解员")
                        .add("notes", "听取双方陈述，释法明理，双方同意继续协商。")
                        .build());
        boolean concludesHere =
                stage != Stage.IN_MEDIATION && stage != Stage.ESCALATED && stage != Stage.ESCALATED_RESOLVED;
        if (concludesHere) {
            pathSteps(matter[2], center, dispatched.getString("caseId"), mediator);
        }
        switch (stage) {
            case IN_MEDIATION -> {}
            case REFERRED -> refer(mediator, path);
            case ESCALATED, ESCALATED_RESOLVED -> {
                act(
                        mediator,
                        path + "escalate",
                        Json.createObjectBuilder().add("reason", "案情复杂，提请区级会诊").build());
                if (stage == Stage.ESCALATED_RESOLVED) {
                    String district = "t/" + DISTRICT + "/cases/" + dispatched.getString("caseId") + "/";
                    act(mediator, district + "accept", null);
                    resolve(mediator, district);
                }
            }
            default -> {
                resolve(mediator, path);
                if (stage != Stage.RESOLVED) {
                    act(
                            mediator,
                            path + "follow-up",
                            Json.createObjectBuilder()
                                    .add("satisfaction", people % 5 == 0 ? "SATISFIED" : "VERY_SATISFIED")
                                    .add("notes", "电话回访，协议已履行。")
                                    .build());
                }
                if (stage == Stage.CLOSED || stage == Stage.COMMUNITY_CLOSED) {
                    act(mediator, path + "close", null);
                }
            }
        }
    }

    /**
     * What a grade's path asks before a case concludes here (issue #15.3): a special case's
     * consultation with 江岸区, who records its opinion; a community case's routine visit.
     */
    private void pathSteps(String grade, String center, String caseId, String mediator) {
        if (grade.equals("SPECIAL")) {
            act(
                    mediator,
                    "t/" + center + "/cases/" + caseId + "/consultation",
                    Json.createObjectBuilder()
                            .add("question", "涉及12名工人欠薪，拟由人社部门督促支付，请区级会诊确定方案。")
                            .build());
            String consultation = api
                    .require("GET", "cases", "t/" + DISTRICT + "/consultations?open=true", mediator, null)
                    .getJsonArray("items")
                    .getValuesAs(JsonObject.class)
                    .stream()
                    .filter(item -> item.getString("caseId").equals(caseId))
                    .findFirst()
                    .orElseThrow(() -> new StackException("The district did not list the consultation of " + caseId))
                    .getString("id");
            act(
                    mediator,
                    "t/" + DISTRICT + "/consultations/" + consultation + "/opinion",
                    Json.createObjectBuilder()
                            .add("opinion", "同意街道方案：人社局劳动监察大队三日内约谈装修公司，欠薪先行垫付，协议报区中心备案。")
                            .build());
        } else if (grade.equals("COMMUNITY")) {
            act(
                    mediator,
                    "t/" + center + "/cases/" + caseId + "/visits",
                    Json.createObjectBuilder()
                            .add("note", "入户走访三位子女，均同意按月分担赡养费。")
                            .build());
        }
    }

    private String generalRoom(String center) {
        return rooms.get(center + (center.equals(COMMUNITY) ? "社区人民调解室" : "老陈调解工作室"));
    }

    private void resolve(String mediator, String path) {
        act(
                mediator,
                path + "resolve",
                Json.createObjectBuilder()
                        .add("facts", "双方因上述事项发生纠纷，经调解查明事实清楚，双方均有一定责任。")
                        .add("terms", "一、被申请人于协议签订之日起十五日内一次性支付申请人人民币伍仟元；二、双方就此事再无其他争议。")
                        .add(
                                "performance",
                                Json.createObjectBuilder()
                                        .add("manner", "银行转账")
                                        .add("place", "武汉市江岸区")
                                        .add("deadline", "2026-12-31"))
                        .build());
    }

    private void refer(String mediator, String path) {
        act(
                mediator,
                path + "refer",
                Json.createObjectBuilder()
                        .add("to", "LITIGATION")
                        .add("reason", "双方分歧较大，调解不成，引导通过诉讼解决。")
                        .build());
    }

    private void act(String token, String path, JsonObject body) {
        api.require("POST", "cases", path, token, body == null ? JsonValue.EMPTY_JSON_OBJECT : body);
    }

    private JsonObject matter(String[] matter) {
        JsonArrayBuilder parties =
                Json.createArrayBuilder().add(person("APPLICANT")).add(person("RESPONDENT"));
        return Json.createObjectBuilder()
                .add("categoryCode", matter[0])
                .add("channel", people % 7 == 0 ? "PHONE" : "WALK_IN")
                .add("description", matter[1])
                .add("grade", matter[2])
                .add("riskLevel", matter[3])
                .add("parties", parties)
                .build();
    }

    /** A made-up resident with a well-formed (check character computed) identity number. */
    private JsonObject person(String role) {
        int n = people++;
        String seventeen = String.format("420102%04d%02d%02d%03d", 1950 + n % 50, 1 + n % 12, 1 + n % 28, n % 1000);
        return Json.createObjectBuilder()
                .add("role", role)
                .add("name", FAMILY[n % FAMILY.length] + GIVEN[(n / FAMILY.length + n) % GIVEN.length])
                .add("idNumber", seventeen + checkCharacter(seventeen))
                .add("phone", String.format("1380000%04d", n))
                .add("address", "湖北省武汉市江岸区大智路" + (n + 1) + "号")
                .build();
    }

    static char checkCharacter(String seventeen) {
        int[] weights = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
        int sum = 0;
        for (int i = 0; i < weights.length; i++) {
            sum += (seventeen.charAt(i) - '0') * weights[i];
        }
        return "10X98765432".charAt(sum % 11);
    }
}
