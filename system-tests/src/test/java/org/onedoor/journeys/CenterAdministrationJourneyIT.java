package org.onedoor.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.onedoor.stack.junit.ApiClient;
import org.onedoor.stack.junit.PlatformStack;
import org.openqa.selenium.By;

/**
 * Issue #3.8 in a real browser: the platform operator works the tenant tree — opens a district
 * beneath a city with a new administrator, watches its provisioning finish, gives someone a role,
 * suspends and reactivates it — and onboards streets from a file. Works in 湖南省 (430000).
 */
@ExtendWith(PlatformStack.class)
@ExtendWith(RunningPlatform.class)
class CenterAdministrationJourneyIT {

    private static final By STATUS = By.id("centers:selected-status");

    private Browser browser;

    @BeforeAll
    static void province() {
        ApiClient admin = ApiClient.of(URI.create(RunningPlatform.baseUrl() + "/admin/api/v1/"))
                .withToken(PlatformStack.stack().token("operator"));
        for (String[] center : new String[][] {{"430000", "湖南省", null}, {"430100", "长沙市", "430000"}}) {
            String body = "{\"code\":\"" + center[0] + "\",\"name\":\"" + center[1] + "\""
                    + (center[2] == null ? "" : ",\"parentCode\":\"" + center[2] + "\"") + "}";
            assertThat(admin.post("tenants", body).status()).isIn(201, 409);
        }
        awaitActive(admin, "430100");
    }

    @BeforeEach
    void logIn() {
        browser = new Browser();
        browser.open(RunningPlatform.baseUrl() + "/admin/centers.xhtml");
        browser.type(By.id("username"), "operator");
        browser.type(By.id("password"), PlatformStack.stack().demoPassword());
        browser.click(By.id("kc-login"));
        browser.await(By.id("centers:tree"));
    }

    @AfterEach
    void closeBrowser() {
        browser.close();
    }

    @Test
    @DisplayName("#3.8 open a district in the tree, follow its provisioning, give a role, suspend and reactivate it")
    void operatorWorksTheTree() {
        expand("湖南省");
        select("长沙市");
        browser.type(By.id("centers:code"), "430102");
        browser.type(By.id("centers:name"), "芙蓉区");
        browser.type(By.id("centers:admin-username"), "furong.admin");
        browser.type(By.id("centers:admin-email"), "furong@example.org");
        browser.click(By.id("centers:create"));

        assertThat(browser.text(By.id("handover"))).contains("furong.admin").contains("Tmp-");
        assertThat(browser.text(By.id("selected-name"))).isEqualTo("芙蓉区");
        browser.awaitText(STATUS, "运行中", Duration.ofSeconds(90));
        assertThat(browser.text(By.id("centers:steps")))
                .doesNotContain("PENDING")
                .doesNotContain("FAILED");

        browser.type(By.id("centers:member-username"), "reception");
        browser.click(By.id("centers:grant"));
        browser.awaitText(By.id("centers:members"), "reception", Duration.ofSeconds(20));
        assertThat(browser.text(By.id("centers:members"))).contains("furong.admin");

        browser.click(By.id("centers:suspend"));
        browser.accept();
        browser.awaitText(STATUS, "已暂停", Duration.ofSeconds(20));
        browser.click(By.id("centers:reactivate"));
        browser.awaitText(STATUS, "运行中", Duration.ofSeconds(20));
    }

    @Test
    @DisplayName("#3.8 a code that does not belong beneath the center shows the reason and opens nothing")
    void invalidCodeIsExplained() {
        expand("湖南省");
        select("长沙市");
        browser.type(By.id("centers:code"), "440199");
        browser.type(By.id("centers:name"), "错误的区");
        browser.click(By.id("centers:create"));

        assertThat(browser.text(By.id("centers:feedback_container")))
                .contains("440199")
                .contains("430100");
        ApiClient admin = ApiClient.of(URI.create(RunningPlatform.baseUrl() + "/admin/api/v1/"))
                .withToken(PlatformStack.stack().token("operator"));
        assertThat(admin.get("tenants/440199").status()).isEqualTo(404);
    }

    @Test
    @DisplayName("#3.6 onboard streets from a file in the browser and follow the progress to the end")
    void bulkOnboardingWithProgress() throws Exception {
        ApiClient admin = ApiClient.of(URI.create(RunningPlatform.baseUrl() + "/admin/api/v1/"))
                .withToken(PlatformStack.stack().token("operator"));
        assertThat(admin.post("tenants", "{\"code\":\"430103\",\"name\":\"天心区\",\"parentCode\":\"430100\"}")
                        .status())
                .isIn(201, 409);
        awaitActive(admin, "430103");
        Path file = Files.createTempFile("streets", ".csv");
        Files.writeString(
                file, "区划代码,名称,上级代码\n430103001,坡子街街道,430103\n430103002,城南路街道,430103\n", StandardCharsets.UTF_8);

        browser.open(RunningPlatform.baseUrl() + "/admin/onboarding.xhtml");
        browser.upload(By.cssSelector("input[type=file]"), file);

        browser.awaitText(By.id("batch-status"), "2 / 2", Duration.ofSeconds(90));
        assertThat(browser.isPresent(By.id("result"))).isTrue();
    }

    private void expand(String name) {
        browser.click(By.xpath("//span[contains(@class,'ui-treenode-label')][contains(.,'" + name
                + "')]/preceding-sibling::span[contains(@class,'ui-tree-toggler')]"));
        browser.await(By.xpath("//li[contains(@class,'ui-treenode')][.//span[contains(.,'" + name
                + "')]]//ul[contains(@class,'ui-treenode-children')]//span[contains(@class,'ui-treenode-label')]"));
    }

    private void select(String name) {
        browser.click(By.xpath("//span[contains(@class,'ui-treenode-label')][contains(.,'" + name + "')]"));
        browser.awaitText(By.id("selected-name"), name, Duration.ofSeconds(20));
    }

    private static void awaitActive(ApiClient admin, String code) {
        for (int i = 0; i < 300; i++) {
            if (admin.get("tenants/" + code).body().contains("\"status\":\"ACTIVE\"")) {
                return;
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
        throw new AssertionError(code + " did not open");
    }
}
