package org.onedoor.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.onedoor.stack.junit.PlatformStack;
import org.openqa.selenium.By;

/**
 * Issue #2.5 in a real browser: a mediator logs in once at /admin and works in /reception and /cases
 * without logging in again; the language switch follows them; logging out in one module ends the
 * session in all of them.
 */
@ExtendWith(PlatformStack.class)
@ExtendWith(RunningPlatform.class)
class SingleSignOnJourneyIT {

    private static final By USERNAME = By.id("username");
    private static final By PASSWORD = By.id("password");
    private static final By LOGIN = By.id("kc-login");
    private static final By MODULE_TITLE = By.id("module-title");
    private static final By CALLER = By.id("caller-name");

    private Browser browser;

    @BeforeEach
    void openBrowser() {
        browser = new Browser();
    }

    @AfterEach
    void closeBrowser() {
        browser.close();
    }

    @Test
    @DisplayName("#2.5 log in once at /admin, reach /reception and /cases without logging in again, log out everywhere")
    void singleSignOnAcrossModules() {
        String base = RunningPlatform.baseUrl();

        browser.open(base + "/admin/");
        browser.awaitUrlStartingWith(PlatformStack.stack().issuer());
        browser.type(USERNAME, "mediator");
        browser.type(PASSWORD, PlatformStack.stack().demoPassword());
        browser.click(LOGIN);

        assertThat(browser.text(MODULE_TITLE)).isEqualTo("中心管理");
        assertThat(browser.text(CALLER)).isEqualTo("陈志强");

        browser.open(base + "/reception/");
        assertThat(browser.text(MODULE_TITLE)).isEqualTo("前台接待");
        assertThat(browser.url()).startsWith(base + "/reception/");
        assertThat(browser.isPresent(PASSWORD)).isFalse();

        browser.open(base + "/cases/");
        assertThat(browser.text(MODULE_TITLE)).isEqualTo("案件办理");
        assertThat(browser.text(CALLER)).isEqualTo("陈志强");

        browser.click(By.id("language:en"));
        assertThat(browser.text(MODULE_TITLE)).isEqualTo("Cases");
        browser.open(base + "/reception/");
        assertThat(browser.text(MODULE_TITLE)).isEqualTo("Reception");

        browser.click(By.id("logout"));
        browser.awaitUrlStartingWith(PlatformStack.stack().issuer());
        for (String module : new String[] {"admin", "reception", "cases"}) {
            browser.open(base + "/" + module + "/");
            browser.awaitUrlStartingWith(PlatformStack.stack().issuer());
            assertThat(browser.isPresent(PASSWORD))
                    .as("login form at /%s after logout", module)
                    .isTrue();
        }
    }

    @Test
    @DisplayName("#2.5 a wrong password is refused by the identity provider and nothing opens")
    void wrongPasswordDoesNotOpenTheModule() {
        String base = RunningPlatform.baseUrl();

        browser.open(base + "/cases/");
        browser.type(USERNAME, "mediator");
        browser.type(PASSWORD, "not-the-password");
        browser.click(LOGIN);

        assertThat(browser.text(By.id("input-error-username"))).isNotBlank();
        browser.open(base + "/cases/");
        assertThat(browser.url()).startsWith(PlatformStack.stack().issuer());
    }
}
