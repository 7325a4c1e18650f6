package org.councilworkspace.council;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.councilworkspace.audit.AuditService;
import org.councilworkspace.base.CalendarSystem;
import org.councilworkspace.base.InvalidInputException;
import org.councilworkspace.security.CouncilRole;
import org.councilworkspace.testsupport.AsUser;
import org.councilworkspace.testsupport.Fixtures;
import org.councilworkspace.testsupport.ServiceTest;
import org.councilworkspace.testsupport.TestUser;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/** The language and calendar of a council's documents: a setting like the others, changed by its managers, audited. */
@ServiceTest
class CouncilLanguageTest {

    @Autowired CouncilService councils;
    @Autowired AuditService audit;
    @Autowired Fixtures fixtures;

    TestUser admin;
    TestUser secretariat;
    TestUser member;
    long councilId;

    @BeforeEach
    void setUp() {
        admin = fixtures.admin();
        secretariat = fixtures.user("secretariat");
        member = fixtures.user("member");
        councilId = fixtures.council(admin, secretariat);
        fixtures.addMember(councilId, secretariat, member, CouncilRole.MEMBER);
    }

    @AfterEach
    void signOut() {
        AsUser.signOut();
    }

    @Test
    void a_new_council_writes_english_with_gregorian_dates() {
        assertThat(councils.language(councilId)).isEqualTo(new CouncilLanguage("en", CalendarSystem.GREGORIAN));
    }

    @Test
    void the_secretariat_sets_thai_with_buddhist_era_years_and_the_audit_log_says_so() {
        AsUser.run(secretariat, () -> councils.updateCouncil(councilId, withLanguage("th", CalendarSystem.THAI_BUDDHIST), 0));
        assertThat(councils.language(councilId)).isEqualTo(new CouncilLanguage("th", CalendarSystem.THAI_BUDDHIST));
        Council council = AsUser.call(member, () -> councils.council(councilId));
        assertThat(council.documentLanguage()).isEqualTo("th");
        assertThat(council.calendar()).isEqualTo(CalendarSystem.THAI_BUDDHIST);
        assertThat(AsUser.call(secretariat, () -> audit.councilEvents(councilId, 0, 5)))
                .anySatisfy(e -> {
                    assertThat(e.action()).isEqualTo("COUNCIL_LANGUAGE_CHANGED");
                    assertThat(e.summary()).isEqualTo("en → th, GREGORIAN → THAI_BUDDHIST");
                });
    }

    @Test
    void a_member_cannot_change_the_language_or_calendar() {
        assertThatThrownBy(() -> AsUser.run(member, () -> councils.updateCouncil(councilId,
                withLanguage("ja", CalendarSystem.JAPANESE_ERA), 0))).isInstanceOf(AccessDeniedException.class);
        assertThat(councils.language(councilId)).isEqualTo(new CouncilLanguage("en", CalendarSystem.GREGORIAN));
    }

    @Test
    void a_language_the_app_is_not_translated_into_is_refused_and_nothing_changes() {
        assertThatThrownBy(() -> AsUser.run(secretariat, () -> councils.updateCouncil(councilId,
                withLanguage("fr", CalendarSystem.GREGORIAN), 0)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.field()).isEqualTo("documentLanguage");
                    assertThat(e.messageKey()).isEqualTo("council.language-unsupported");
                });
        assertThat(AsUser.call(member, () -> councils.council(councilId)).version()).isZero();
    }

    @Test
    void settings_saved_without_a_language_keep_the_one_chosen_before() {
        AsUser.run(secretariat, () -> councils.updateCouncil(councilId, withLanguage("ja", CalendarSystem.JAPANESE_ERA), 0));
        AsUser.run(secretariat, () -> councils.updateCouncil(councilId, withLanguage(null, null), 1));
        assertThat(councils.language(councilId)).isEqualTo(new CouncilLanguage("ja", CalendarSystem.JAPANESE_ERA));
    }

    private CouncilSettings withLanguage(String language, CalendarSystem calendar) {
        Council c = AsUser.call(secretariat, () -> councils.councilForEditing(councilId));
        return new CouncilSettings(c.name(), c.kind(), c.mandate(), c.parentId(), c.termStart(), c.termEnd(),
                c.consensusRule(), c.majorityPercent(), c.quorumPercent(), c.membersMayEdit(), language, calendar);
    }
}
