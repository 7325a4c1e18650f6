package org.councilworkspace.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SignInIT extends BrowserTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            // who    | side navigation has   | side navigation lacks          | council | its tabs have              | its tabs lack
            "admin    | admin/users;admin/councils;admin/audit | councils/1;councils/3 | -  | -                          | -",
            "pranee   | councils/1            | admin/users;admin/audit;councils/3 | 1 | councils/1/members;councils/1/audit | -",
            "somchai  | councils/1            | admin/users                    | 1       | councils/1/audit           | -",
            "kittisak | councils/1            | admin/users;councils/3         | 1       | councils/1/members         | councils/1/audit",
            "malee    | councils/1            | admin/users                    | 1       | councils/1/members         | councils/1/audit",
            "tanaka   | councils/1;councils/3 | admin/users;councils/2         | 3       | councils/3/members         | councils/3/audit",
            "yamamoto | councils/2;councils/3 | councils/1;admin/users         | 3       | councils/3/audit           | -"})
    void each_demo_role_sees_only_what_it_may_open(String username, String navHas, String navLacks, String council,
                                                  String tabsHave, String tabsLack) {
        ShellPage shell = loginPage(page).open().signIn(username, LoginPage.DEMO_PASSWORD);
        List<String> nav = shell.navigationPaths();
        assertThat(nav).contains(navHas.split(";"));
        assertThat(nav).doesNotContainAnyElementsOf(List.of(navLacks.split(";")));
        if (!council.equals("-")) {
            page.navigate(url("councils/" + council));
            List<String> tabs = shell.councilTabPaths();
            assertThat(tabs).contains(tabsHave.split(";"));
            assertThat(tabs).doesNotContainAnyElementsOf(List.of(tabsLack.split(";")));
        }
    }

    @Test
    void a_wrong_password_gives_a_clear_error() {
        LoginPage login = loginPage(page).open();
        login.attempt("kittisak", "not the right password");
        assertThat(login.error()).containsText("The user name or password is not right");
        assertThat(page).hasURL(java.util.regex.Pattern.compile(".*/login\\?error.*"));
    }

    @Test
    void after_ten_failures_the_account_is_refused_even_with_the_right_password() {
        LoginPage login = loginPage(page).open();
        for (int i = 0; i < 10; i++) {
            login.attempt("wichai", "wrong guess number " + i);
            page.waitForURL("**/login?error**");
            page.waitForSelector("#vaadinLoginUsername input");
        }
        login.attempt("wichai", LoginPage.DEMO_PASSWORD);
        assertThat(login.error()).containsText("too many failed sign-ins");
        screenshot(page, "sign-in-throttled");
    }

    @Test
    void signing_in_replaces_the_session_id_and_signing_out_ends_the_session() {
        loginPage(page).open();
        String before = sessionId();
        ShellPage shell = loginPage(page).signIn("nattaya", LoginPage.DEMO_PASSWORD);
        assertThat(sessionId()).isNotEqualTo(before);
        shell.signOut();
        page.navigate(url(""));
        page.waitForSelector("#vaadinLoginUsername input");
    }

    private String sessionId() {
        return context.cookies().stream().filter(c -> c.name.equals("JSESSIONID")).map(c -> c.value)
                .findFirst().orElse("");
    }

}
