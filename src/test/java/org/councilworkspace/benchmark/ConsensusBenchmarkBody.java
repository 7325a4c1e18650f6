package org.councilworkspace.benchmark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.councilworkspace.db.Tables.APP_USER;
import static org.councilworkspace.db.Tables.MEMBERSHIP;
import static org.councilworkspace.db.Tables.MEMBER_POSITION;
import static org.councilworkspace.db.Tables.PLAN_SECTION;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.councilworkspace.consensus.ConsensusMatrix;
import org.councilworkspace.consensus.ConsensusService;
import org.councilworkspace.consensus.MatrixFilter;
import org.councilworkspace.consensus.Stance;
import org.councilworkspace.council.StakeholderGroup;
import org.councilworkspace.plan.DraftingService;
import org.councilworkspace.plan.NewPlan;
import org.councilworkspace.plan.OutlineService;
import org.councilworkspace.plan.PlanService;
import org.councilworkspace.testsupport.AsUser;
import org.councilworkspace.testsupport.TestUser;
import org.jooq.DSLContext;
import org.jooq.Query;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The consensus matrix of a 500-section plan in a council of 200 voting members who have all taken a
 * position on every section (100,000 positions, some stale), computed on the server.
 */
abstract class ConsensusBenchmarkBody {

    @Autowired PlanService plans;
    @Autowired OutlineService outline;
    @Autowired DraftingService drafting;
    @Autowired ConsensusService consensus;
    @Autowired DSLContext db;

    @Test
    void matrix_of_500_sections_and_200_members() {
        TestUser secretariat = demoUser("pranee");
        long councilId = 1;
        List<Long> members = addVotingMembers(councilId, 200);
        long planId = AsUser.call(secretariat, () -> plans.createPlan(councilId, new NewPlan("Matrix plan", 2040, 2044, null)));
        List<Long> sections = new ArrayList<>();
        for (int i = 0; i < 500; i++) {
            int n = i;
            long id = AsUser.call(secretariat, () -> outline.addSection(planId, null, "Section " + n));
            AsUser.call(secretariat, () -> drafting.save(id, null, "Text of section " + n, null));
            sections.add(id);
        }
        Random random = new Random(7);
        OffsetDateTime now = OffsetDateTime.now();
        List<Query> inserts = new ArrayList<>();
        for (long section : sections) {
            Long revision = db.select(PLAN_SECTION.CURRENT_REVISION_ID).from(PLAN_SECTION)
                    .where(PLAN_SECTION.ID.eq(section)).fetchOne().value1();
            for (long member : members) {
                Stance stance = Stance.values()[random.nextInt(Stance.values().length)];
                inserts.add(db.insertInto(MEMBER_POSITION)
                        .set(MEMBER_POSITION.PLAN_ID, planId)
                        .set(MEMBER_POSITION.SECTION_ID, section)
                        .set(MEMBER_POSITION.USER_ID, member)
                        .set(MEMBER_POSITION.STANCE, stance.name())
                        .set(MEMBER_POSITION.REASON, stance.requiresReason() ? "Because." : null)
                        // One in ten was given on an earlier text.
                        .set(MEMBER_POSITION.REVISION_ID, random.nextInt(10) == 0 ? null : revision)
                        .set(MEMBER_POSITION.CREATED_AT, now));
            }
        }
        db.batch(inserts).execute();
        TestUser chair = demoUser("somchai");
        double[] figures = Figures.time("consensus matrix, 500 sections x 200 members (100,000 positions)", 10, 30,
                () -> AsUser.call(chair, () -> consensus.matrix(planId, MatrixFilter.ALL)));
        ConsensusMatrix matrix = AsUser.call(chair, () -> consensus.matrix(planId, MatrixFilter.ALL));
        assertThat(matrix.sections()).hasSize(500);
        assertThat(figures[1]).isPositive();
    }

    private List<Long> addVotingMembers(long councilId, int count) {
        List<Long> ids = new ArrayList<>();
        StakeholderGroup[] groups = StakeholderGroup.values();
        for (int i = 0; i < count; i++) {
            long id = db.insertInto(APP_USER)
                    .set(APP_USER.USERNAME, "bench" + i)
                    .set(APP_USER.DISPLAY_NAME, "Bench member " + i)
                    .set(APP_USER.EMAIL, "bench" + i + "@example.org")
                    .set(APP_USER.CREATED_AT, OffsetDateTime.now())
                    .returningResult(APP_USER.ID).fetchOne(APP_USER.ID);
            db.insertInto(MEMBERSHIP)
                    .set(MEMBERSHIP.COUNCIL_ID, councilId)
                    .set(MEMBERSHIP.USER_ID, id)
                    .set(MEMBERSHIP.ROLE, "MEMBER")
                    .set(MEMBERSHIP.STAKEHOLDER_GROUP, groups[i % groups.length].name())
                    .set(MEMBERSHIP.ORGANIZATION_NAME, "Bench organization")
                    .set(MEMBERSHIP.ORGANIZATION_TYPE, "FIRM")
                    .set(MEMBERSHIP.ACTIVE_FROM, LocalDate.now().minusDays(1))
                    .set(MEMBERSHIP.CREATED_AT, OffsetDateTime.now())
                    .execute();
            ids.add(id);
        }
        return ids;
    }

    private TestUser demoUser(String username) {
        long id = db.select(APP_USER.ID).from(APP_USER).where(APP_USER.USERNAME.eq(username)).fetchSingle().value1();
        return new TestUser(id, username, false);
    }
}
