package org.councilworkspace.amendment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import java.util.Set;
import org.councilworkspace.base.InvalidInputException;
import org.councilworkspace.plan.DraftingService;
import org.councilworkspace.plan.text.DiffHtml;
import org.councilworkspace.testsupport.AsUser;
import org.councilworkspace.testsupport.HostileStrings;
import org.councilworkspace.testsupport.PlanFixtures;
import org.councilworkspace.testsupport.PlanFixtures.PlanWorld;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Every free-text input of amendments (proposed text, rationale, support/oppose reason, reject reason) with
 * every hostile string: stored exactly as the text rules normalize it or refused with nothing stored, and
 * the diff shown of it is inert.
 */
abstract class AmendmentHostileInputContract {

    @Autowired PlanFixtures planFixtures;
    @Autowired AmendmentService amendments;
    @Autowired DraftingService drafting;

    @AfterEach
    void signOut() {
        AsUser.signOut();
    }

    @Test
    void hostile_strings_are_stored_exactly_or_refused_and_rendered_inert() {
        PlanWorld w = planFixtures.world();
        long section = planFixtures.section(w, null, "Vision");
        planFixtures.write(w.lead(), section, "The current text.");
        AsUser.signIn(w.member());
        Long base = drafting.section(section).revisionId();
        long target = amendments.propose(section, base, "A proposal to support.", "For opinions.");
        int stored = 1;
        for (String input : corpus()) {
            Optional<String> text = HostileStrings.expectedText(input, AmendmentService.MAX_TEXT);
            Optional<String> why = HostileStrings.expectedText(input, AmendmentService.MAX_RATIONALE);
            AsUser.signIn(w.member());
            if (text.isPresent() && !text.get().equals("The current text.")) {
                long id = amendments.propose(section, base, input, "Rationale.");
                stored++;
                assertThat(amendments.amendment(id).proposedText()).as(input).isEqualTo(text.get());
                HostileStrings.assertInert(DiffHtml.inline(amendments.diff(id)));
            } else if (text.isEmpty()) {
                assertThatThrownBy(() -> amendments.propose(section, base, input, "Rationale."))
                        .as(input).isInstanceOf(InvalidInputException.class);
            }
            if (why.isPresent()) {
                long id = amendments.propose(section, base, "Another text.", input);
                stored++;
                assertThat(amendments.amendment(id).rationale()).as(input).isEqualTo(why.get());
                rejectWith(w, id, input);
            } else {
                assertThatThrownBy(() -> amendments.propose(section, base, "Another text.", input))
                        .as(input).isInstanceOf(InvalidInputException.class);
            }
            opineWith(w, target, input);
        }
        AsUser.signIn(w.chair());
        assertThat(amendments.count(w.planId(), Set.of())).isEqualTo(stored);
    }

    private void rejectWith(PlanWorld w, long id, String input) {
        Optional<String> reason = HostileStrings.expectedText(input, AmendmentService.MAX_REASON);
        AsUser.signIn(w.chair());
        if (reason.isPresent()) {
            assertThat(amendments.reject(id, 0, input).decisionReason()).as(input).isEqualTo(reason.get());
        } else {
            assertThatThrownBy(() -> amendments.reject(id, 0, input)).as(input)
                    .isInstanceOf(InvalidInputException.class);
            assertThat(amendments.amendment(id).state()).isEqualTo(AmendmentState.OPEN);
        }
    }

    private void opineWith(PlanWorld w, long id, String input) {
        AsUser.signIn(w.lead());
        if (input.isBlank()) {
            amendments.opine(id, AmendmentStance.OPPOSE, input);
            assertThat(amendments.opinions(id)).singleElement().satisfies(o -> assertThat(o.reason()).isNull());
            return;
        }
        Optional<String> reason = HostileStrings.expectedText(input, AmendmentService.MAX_REASON);
        if (reason.isPresent()) {
            amendments.opine(id, AmendmentStance.OPPOSE, input);
            assertThat(amendments.opinions(id)).singleElement()
                    .satisfies(o -> assertThat(o.reason()).as(input).isEqualTo(reason.get()));
        } else {
            String before = amendments.opinions(id).stream().findFirst().map(Opinion::reason).orElse(null);
            assertThatThrownBy(() -> amendments.opine(id, AmendmentStance.OPPOSE, input)).as(input)
                    .isInstanceOf(InvalidInputException.class);
            assertThat(amendments.opinions(id).stream().findFirst().map(Opinion::reason).orElse(null))
                    .isEqualTo(before);
        }
    }

    /** The hostile strings to use: all of them here; the PostgreSQL run takes a spread (see HostileStrings.sample). */
    protected java.util.List<String> corpus() {
        return HostileStrings.all();
    }
}
