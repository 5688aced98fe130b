package org.onedoor.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.List;
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
 * Issue #14.6 in a real browser: the workbench and the front desk page their lists (20 rows a page,
 * the total shown) instead of reading every case of the center; the workbench filters by state.
 * Works in 鹦鹉街道 420105006 with 23 dispatched cases.
 */
@ExtendWith(PlatformStack.class)
@ExtendWith(RunningPlatform.class)
class PagedListsJourneyIT {

    static final String STREET = "420105006";
    private static final String PASSWORD = "Journey-2026-paged";
    private static final By PAGE = By.cssSelector(".ui-paginator-current");

    static final List<String> tickets = new ArrayList<>();
    static String accepted;

    private Browser browser;

    @BeforeAll
    static void center() {
        Centers.open("420000", "湖北省", null, null);
        Centers.open("420100", "武汉市", "420000", null);
        Centers.open("420105", "汉阳区", "420100", null);
        Centers.open(STREET, "鹦鹉街道", "420105", null);
        String admin = Centers.person("pg.admin", PASSWORD, STREET + ":tenant-admin");
        String desk = Centers.person("pg.desk", PASSWORD, STREET + ":receptionist");
        String mediator = Centers.person("pg.mediator", PASSWORD, STREET + ":mediator");
        Desk.room(admin, STREET, "家事调解室", "MARRIAGE_FAMILY", "divorce", "pg.mediator");
        for (int i = 0; i < 23; i++) {
            var matter = Desk.register(desk, STREET, Desk.divorce().build());
            tickets.add(matter.getString("ticket"));
            String caseId = Desk.dispatch(desk, STREET, matter.getString("id")).getString("caseId");
            if (i == 0) {
                Desk.act(mediator, STREET, caseId, "accept", JsonValue.EMPTY_JSON_OBJECT);
                accepted = matter.getString("ticket");
            }
        }
    }

    @AfterEach
    void close() {
        if (browser != null) {
            browser.close();
        }
    }

    private static Browser login(String start, String username) {
        return Browser.loggedIn(start, username, PASSWORD);
    }

    @Test
    @DisplayName("#14.6 the workbench shows 20 of 23 cases, pages on, and filters by state")
    void workbenchPages() {
        browser = login("/cases/workbench.xhtml", "pg.mediator");

        browser.awaitText(PAGE, "1–20 / 23");
        browser.click(By.cssSelector("#workbench\\:cases .ui-paginator-next"));
        browser.awaitText(PAGE, "21–23 / 23");
        assertThat(browser.text(By.id("workbench:cases_data"))).contains(accepted);

        browser.click(By.id("workbench:state"));
        browser.click(By.cssSelector("#workbench\\:state_items li[data-label='调解中']"));
        browser.awaitAjax();
        browser.awaitGone(PAGE);
        String rows = browser.text(By.id("workbench:cases_data"));
        assertThat(rows).contains(accepted);
        assertThat(tickets.stream().filter(ticket -> !ticket.equals(accepted))).noneMatch(rows::contains);
    }

    @Test
    @DisplayName("#14.6 the front desk shows the day's matters 20 at a time with their total")
    void deskPages() {
        browser = login("/reception/desk.xhtml", "pg.desk");

        browser.awaitText(PAGE, "1–20 / 23");
        assertThat(browser.text(By.id("desk:today_data")))
                .contains(tickets.get(22))
                .doesNotContain(accepted);
        browser.click(By.cssSelector("#desk\\:today .ui-paginator-next"));
        browser.awaitText(PAGE, "21–23 / 23");
        assertThat(browser.text(By.id("desk:today_data"))).contains(accepted);
    }
}
