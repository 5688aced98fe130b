package org.onedoor.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.onedoor.stack.junit.ApiClient;
import org.onedoor.stack.junit.PlatformStack;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

/**
 * Issue #3.7 in a real browser: a mediator who works in two centers switches the active center in
 * one module, and every module follows, without logging in again. Works in 江西省 (360000).
 */
@ExtendWith(PlatformStack.class)
@ExtendWith(RunningPlatform.class)
class CenterSwitchJourneyIT {

    private static final String PASSWORD = "Switch-2026-ok";
    private Browser browser;

    @BeforeAll
    static void twoCenters() {
        ApiClient admin = ApiClient.of(URI.create(RunningPlatform.baseUrl() + "/admin/api/v1/"))
                .withToken(PlatformStack.stack().token("operator"));
        String[][] centers = {
            {"360000", "江西省", null},
            {"360100", "南昌市", "360000"},
            {"360102", "东湖区", "360100"},
            {"360103", "西湖区", "360100"}
        };
        for (String[] center : centers) {
            String body = "{\"code\":\"" + center[0] + "\",\"name\":\"" + center[1] + "\""
                    + (center[2] == null ? "" : ",\"parentCode\":\"" + center[2] + "\"") + "}";
            assertThat(admin.post("tenants", body).status()).isIn(201, 409);
            for (int i = 0; i < 300 && !admin.get("tenants/" + center[0]).body().contains("\"ACTIVE\""); i++) {
                sleep();
            }
        }
        PlatformStack.stack().createPerson("switch.mediator", "万", "里", PASSWORD);
        for (String center : new String[] {"360102", "360103"}) {
            assertThat(admin.post(
                                    "t/" + center + "/members",
                                    "{\"username\":\"switch.mediator\",\"role\":\"mediator\",\"confirmExistingAccount\":true}")
                            .status())
                    .isEqualTo(201);
        }
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    @DisplayName("#3.7 switch the active center in /cases; /reception and /admin follow without a new login")
    void switchFollowsEverywhere() {
        browser = new Browser();
        browser.open(RunningPlatform.baseUrl() + "/cases/");
        browser.type(By.id("username"), "switch.mediator");
        browser.type(By.id("password"), PASSWORD);
        browser.click(By.id("kc-login"));

        assertThat(browser.text(By.id("active-center"))).isEqualTo("东湖区");
        assertThat(browser.text(By.id("active-roles"))).isEqualTo("调解员");
        new Select(browser.await(By.id("center:active"))).selectByVisibleText("西湖区");
        browser.awaitText(By.id("active-center"), "西湖区", java.time.Duration.ofSeconds(20));

        browser.open(RunningPlatform.baseUrl() + "/reception/");
        assertThat(browser.text(By.id("active-center"))).isEqualTo("西湖区");
        assertThat(browser.isPresent(By.id("password"))).isFalse();
        browser.open(RunningPlatform.baseUrl() + "/admin/");
        assertThat(browser.text(By.id("active-center"))).isEqualTo("西湖区");
    }

    private static void sleep() {
        try {
            Thread.sleep(200);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
