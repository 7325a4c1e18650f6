package org.councilworkspace.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Page;
import java.util.List;

/** An axe-core scan of the page as it is now, failing on serious or critical violations with where they are. */
final class Axe {

    private Axe() {
    }

    static void assertNoSeriousViolations(Page page, String where) {
        // A notice or dialog still fading in is half transparent, and axe would measure its contrast mid-way; so
        // every animation with an end (not a spinner) has to be over first.
        page.waitForFunction("() => document.getAnimations().every(a => a.playState !== 'running'"
                + " || !a.effect || a.effect.getComputedTiming().endTime === Infinity)");
        List<String> serious = new AxeBuilder(page).analyze().getViolations().stream()
                .filter(v -> "serious".equals(v.getImpact()) || "critical".equals(v.getImpact()))
                .map(Axe::describe)
                .toList();
        assertThat(serious).as(where + " at " + page.url()).isEmpty();
    }

    private static String describe(Rule rule) {
        return rule.getId() + " (" + rule.getImpact() + "): " + rule.getHelp() + " at "
                + rule.getNodes().stream().map(n -> String.valueOf(n.getTarget())).toList();
    }
}
