package org.councilworkspace.base;

import static org.assertj.core.api.Assertions.assertThat;
import static org.councilworkspace.db.Tables.MEMBERSHIP;

import java.time.LocalDate;
import org.councilworkspace.testsupport.Fixtures;
import org.councilworkspace.testsupport.ServiceTest;
import org.councilworkspace.testsupport.TestUser;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@ServiceTest
class CurrentMembershipTest {

    private static final LocalDate FROM = LocalDate.of(2026, 4, 1);
    private static final LocalDate TO = LocalDate.of(2026, 9, 30);

    @Autowired DSLContext db;
    @Autowired Fixtures fixtures;

    private TestUser secretariat;
    private long councilId;
    private long membershipId;

    @BeforeEach
    void aMembershipFromAprilToSeptember() {
        secretariat = fixtures.user("sec");
        councilId = fixtures.council(fixtures.admin(), secretariat);
        membershipId = db.select(MEMBERSHIP.ID).from(MEMBERSHIP).where(MEMBERSHIP.COUNCIL_ID.eq(councilId))
                .fetchSingle(MEMBERSHIP.ID);
        db.update(MEMBERSHIP).set(MEMBERSHIP.ACTIVE_FROM, FROM).set(MEMBERSHIP.ACTIVE_TO, TO)
                .where(MEMBERSHIP.ID.eq(membershipId)).execute();
    }

    @Test
    void a_membership_counts_from_its_first_day_up_to_the_day_before_its_end_day() {
        assertThat(current(FROM.minusDays(1))).as("the day before it starts").isFalse();
        assertThat(current(FROM)).as("its first day").isTrue();
        assertThat(current(TO.minusDays(1))).as("the day before its end day").isTrue();
        assertThat(current(TO)).as("its end day").isFalse();
        assertThat(current(TO.plusDays(1))).as("after it ended").isFalse();
    }

    @Test
    void a_membership_without_an_end_day_counts_on_every_day_from_its_start() {
        db.update(MEMBERSHIP).setNull(MEMBERSHIP.ACTIVE_TO).where(MEMBERSHIP.ID.eq(membershipId)).execute();

        assertThat(current(FROM.minusDays(1))).isFalse();
        assertThat(current(FROM.plusYears(5))).isTrue();
    }

    @Test
    void the_persons_membership_is_found_only_in_its_own_council_and_only_for_that_person() {
        TestUser other = fixtures.user("other");
        long otherCouncil = fixtures.council(fixtures.admin(), other);
        db.update(MEMBERSHIP).set(MEMBERSHIP.ACTIVE_FROM, FROM).set(MEMBERSHIP.ACTIVE_TO, TO)
                .where(MEMBERSHIP.COUNCIL_ID.eq(otherCouncil)).execute();
        LocalDate day = FROM.plusDays(10);

        assertThat(member(secretariat, councilId, day)).isTrue();
        assertThat(member(other, otherCouncil, day)).isTrue();
        assertThat(member(secretariat, otherCouncil, day)).as("another council").isFalse();
        assertThat(member(other, councilId, day)).as("another person").isFalse();
        assertThat(member(secretariat, councilId, TO)).as("on the end day").isFalse();
    }

    private boolean member(TestUser person, long council, LocalDate day) {
        return db.fetchExists(MEMBERSHIP, CurrentMembership.of(person.id(), DSL.val(council), day));
    }

    private boolean current(LocalDate day) {
        return db.fetchExists(MEMBERSHIP, MEMBERSHIP.ID.eq(membershipId).and(CurrentMembership.on(day)));
    }
}
