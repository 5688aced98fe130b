package org.onedoor.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.onedoor.matters.Desk;
import org.onedoor.stack.junit.PlatformStack;
import org.onedoor.tenancy.Centers;
import org.openqa.selenium.By;

/**
 * Issue #22.6: the main pages, as their users see them with data on them, checked by axe-core for
 * WCAG 2.1 AA (the basis of GB/T 37668-2019): no serious or critical violation. Works in 洪山区
 * 420111 and its street 关山街道 420111002.
 */
@ExtendWith(PlatformStack.class)
@ExtendWith(RunningPlatform.class)
class AccessibilityIT {

    static final String DISTRICT = "420111";
    static final String STREET = "420111002";
    private static final String PASSWORD = "Access-2026-axe";
    private static String caseId;

    private Browser browser;

    @BeforeAll
    static void centerWithWork() {
        Centers.open("420000", "湖北省", null, null);
        Centers.open("420100", "武汉市", "420000", null);
        Centers.open(DISTRICT, "洪山区", "420100", null);
        Centers.open(STREET, "关山街道", DISTRICT, null);
        String admin = Centers.person(
                "a11y.staff",
                PASSWORD,
                STREET + ":tenant-admin",
                STREET + ":receptionist",
                STREET + ":mediator",
                DISTRICT + ":tenant-admin");
        Desk.room(admin, STREET, "婚姻家庭纠纷调解室", "MARRIAGE_FAMILY", "divorce", "a11y.staff");
        JsonObject matter = Desk.register(admin, STREET, Desk.divorce().build());
        caseId = Desk.dispatch(admin, STREET, matter.getString("id")).getString("caseId");
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    @DisplayName("#22.6 axe-core finds no serious or critical WCAG 2.1 AA violation on the main pages")
    void mainPagesPassAxe() {
        browser = Browser.loggedIn("/cases/workbench.xhtml?center=" + STREET, "a11y.staff", PASSWORD);
        browser.await(By.id("workbench:cases"));
        Map<String, By> pages = new LinkedHashMap<>();
        pages.put("/cases/workbench.xhtml", By.id("workbench:cases"));
        pages.put("/cases/case.xhtml?id=" + caseId, By.id("case-number"));
        pages.put("/cases/supervision.xhtml", By.id("supervision:cases"));
        pages.put("/cases/consultations.xhtml", By.id("consultations:list"));
        pages.put("/cases/rollups.xhtml", By.tagName("h1"));
        pages.put("/reception/desk.xhtml", By.id("desk:register"));
        pages.put("/admin/centers.xhtml", By.tagName("h1"));
        pages.put("/admin/configuration.xhtml", By.tagName("h1"));
        pages.put("/admin/onboarding.xhtml", By.tagName("h1"));
        Map<String, List<String>> found = new LinkedHashMap<>();
        for (Map.Entry<String, By> page : pages.entrySet()) {
            String separator = page.getKey().contains("?") ? "&" : "?";
            browser.open(RunningPlatform.baseUrl() + page.getKey() + separator + "center=" + STREET);
            browser.await(page.getValue());
            browser.awaitAjax();
            List<String> violations = browser.accessibilityViolations();
            if (!violations.isEmpty()) {
                found.put(page.getKey(), violations);
            }
        }
        assertThat(found).as("serious or critical violations by page").isEmpty();
    }
}
