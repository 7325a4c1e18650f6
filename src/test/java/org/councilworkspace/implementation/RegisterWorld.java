package org.councilworkspace.implementation;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.councilworkspace.council.CouncilService;
import org.councilworkspace.council.NewMembership;
import org.councilworkspace.council.OrganizationType;
import org.councilworkspace.council.StakeholderGroup;
import org.councilworkspace.plan.OutlineService;
import org.councilworkspace.security.CouncilRole;
import org.councilworkspace.testsupport.AsUser;
import org.councilworkspace.testsupport.Fixtures;
import org.councilworkspace.testsupport.PlanFixtures;
import org.councilworkspace.testsupport.PlanFixtures.PlanWorld;
import org.councilworkspace.testsupport.TestUser;

/**
 * A plan world with two agencies (the ministry of industry and a battery association), a reporter of each, an
 * observer who works at the ministry, a section led by the world's lead drafter, and on it one measure of the
 * ministry with one KPI: EV share of production, 10 % two years ago, 30 % three years from now.
 */
public final class RegisterWorld {

    public static final String MINISTRY = "Ministry of Industry";
    public static final String ASSOCIATION = "Battery Association";

    public final PlanWorld plan;
    public final TestUser reporter;
    public final TestUser otherReporter;
    public final TestUser affiliatedObserver;
    public final long sectionId;
    public final long otherSectionId;
    public final long ministry;
    public final long association;
    public final long measureId;
    public final long kpiId;
    public final int year;

    public RegisterWorld(Fixtures fixtures, PlanFixtures plans, CouncilService councils, OutlineService outline,
                  ImplementationService register, Clock clock) {
        plan = plans.world();
        year = LocalDate.now(clock).getYear();
        reporter = member(fixtures, councils, CouncilRole.MEMBER, MINISTRY, "reporter");
        otherReporter = member(fixtures, councils, CouncilRole.MEMBER, ASSOCIATION, "association");
        affiliatedObserver = member(fixtures, councils, CouncilRole.OBSERVER, MINISTRY, "ministry-observer");
        long chapter = plans.section(plan, null, "Strategies");
        sectionId = plans.section(plan, chapter, "Electric vehicles");
        // A second section with no lead drafter: only the plan's managers maintain its measures.
        otherSectionId = AsUser.call(plan.secretariat(), () -> outline.addSection(plan.planId(), chapter, "Skills"));
        ministry = AsUser.call(plan.secretariat(), () -> register.addAgency(plan.councilId(), MINISTRY, null));
        association = AsUser.call(plan.secretariat(), () -> register.addAgency(plan.councilId(), ASSOCIATION, ""));
        measureId = AsUser.call(plan.secretariat(), () -> register.createMeasure(plan.planId(), measure(sectionId)));
        kpiId = AsUser.call(plan.secretariat(), () -> register.addKpi(measureId, evShare()));
    }

    public NewMeasure measure(long section) {
        return new NewMeasure(section, "EV production incentives", "Tax credits for EV assembly lines.", ministry,
                Set.of(association), LocalDate.of(year - 1, 1, 1), LocalDate.of(year + 3, 12, 31),
                List.of(new Milestone("Incentive scheme in force", LocalDate.of(year, 6, 30))),
                List.of(new BudgetLine(year, new BigDecimal("1200000.00"), "THB")));
    }

    public NewKpi evShare() {
        return new NewKpi("EV share of production", "%", year - 2, new BigDecimal("10"), Direction.INCREASE,
                "Office of Industrial Economics", ReportingFrequency.ANNUAL,
                List.of(new KpiTarget(year + 3, new BigDecimal("30"))));
    }

    /** The value the path expects at the end of last year: a fifth of the way from 10 to 30. */
    public BigDecimal onPathLastYear() {
        return new BigDecimal("14");
    }

    public static NewActual annual(int year, String value) {
        return new NewActual(year, 1, new BigDecimal(value), "https://example.org/report.pdf", "From the survey.");
    }

    private TestUser member(Fixtures fixtures, CouncilService councils, CouncilRole role, String affiliation,
                            String prefix) {
        TestUser person = fixtures.user(prefix);
        AsUser.run(plan.secretariat(), () -> councils.addMember(plan.councilId(), new NewMembership(person.id(), role,
                StakeholderGroup.MINISTRY, affiliation, OrganizationType.GOVERNMENT)));
        return person;
    }
}
