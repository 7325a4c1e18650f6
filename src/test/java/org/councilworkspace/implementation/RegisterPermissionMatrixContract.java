package org.councilworkspace.implementation;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.councilworkspace.base.NotAMemberException;
import org.councilworkspace.council.CouncilService;
import org.councilworkspace.plan.OutlineService;
import org.councilworkspace.testsupport.AsUser;
import org.councilworkspace.testsupport.Fixtures;
import org.councilworkspace.testsupport.MutableClock;
import org.councilworkspace.testsupport.PlanFixtures;
import org.councilworkspace.testsupport.TestUser;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/**
 * Every person who could try × every register action, called on the service directly: the right people succeed,
 * everyone else is refused, and outsiders are told only that they are not members.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class RegisterPermissionMatrixContract {

    enum Who { CHAIR, SECRETARIAT, LEAD_DRAFTER, MEMBER, REPORTER, CO_AGENCY_REPORTER, AFFILIATED_OBSERVER,
        OBSERVER, OUTSIDER }

    enum Action { READ_REGISTER, READ_MEASURE, READ_DASHBOARD, READ_KPI_HISTORY, ADD_AGENCY, SET_TOLERANCE,
        CREATE_MEASURE, UPDATE_MEASURE, CHANGE_STATUS, ADD_KPI, REPORT_ACTUAL, CORRECT_ACTUAL, READ_ROUNDS,
        OPEN_ROUND, FILL_IN_REPORT, RETURN_REPORT, ACCEPT_REPORT, PUBLISH_PROGRESS }

    private static final Set<Who> READERS = EnumSet.complementOf(EnumSet.of(Who.OUTSIDER));
    private static final Set<Who> MANAGERS = EnumSet.of(Who.CHAIR, Who.SECRETARIAT);
    private static final Set<Who> MAINTAINERS = EnumSet.of(Who.CHAIR, Who.SECRETARIAT, Who.LEAD_DRAFTER);

    private static final Map<Action, Set<Who>> ALLOWED = Map.ofEntries(
            Map.entry(Action.READ_REGISTER, READERS),
            Map.entry(Action.READ_MEASURE, READERS),
            Map.entry(Action.READ_DASHBOARD, READERS),
            Map.entry(Action.READ_KPI_HISTORY, READERS),
            Map.entry(Action.ADD_AGENCY, MANAGERS),
            Map.entry(Action.SET_TOLERANCE, MANAGERS),
            // The lead drafter of the measure's section; the plan's managers for every section.
            Map.entry(Action.CREATE_MEASURE, MAINTAINERS),
            Map.entry(Action.UPDATE_MEASURE, MAINTAINERS),
            Map.entry(Action.CHANGE_STATUS, MAINTAINERS),
            Map.entry(Action.ADD_KPI, MAINTAINERS),
            // Only members whose affiliation is the lead agency; an observer there still only reads.
            Map.entry(Action.REPORT_ACTUAL, EnumSet.of(Who.REPORTER)),
            Map.entry(Action.CORRECT_ACTUAL, EnumSet.of(Who.REPORTER)),
            Map.entry(Action.READ_ROUNDS, READERS),
            Map.entry(Action.OPEN_ROUND, MANAGERS),
            Map.entry(Action.FILL_IN_REPORT, EnumSet.of(Who.REPORTER)),
            Map.entry(Action.RETURN_REPORT, MANAGERS),
            Map.entry(Action.ACCEPT_REPORT, MANAGERS),
            Map.entry(Action.PUBLISH_PROGRESS, MANAGERS));

    @Autowired Fixtures fixtures;
    @Autowired PlanFixtures plans;
    @Autowired CouncilService councils;
    @Autowired OutlineService outline;
    @Autowired ImplementationService register;
    @Autowired MutableClock clock;
    @Autowired ProgressTracker tracker;
    @Autowired org.councilworkspace.plan.VersionService versions;
    @Autowired org.councilworkspace.plan.PublishedPlans published;

    private final Map<Who, TestUser> people = new EnumMap<>(Who.class);
    private RegisterWorld w;
    /** Quarterly rounds are opened for ever later years, so each opening case has a period of its own. */
    private int nextQuarterYear = 2100;
    /** Annual periods whose report can still be accepted (an accepted report becomes that period's actual). */
    private int nextAnnualYear;
    private Long submitted;

    @BeforeAll
    void world() {
        w = new RegisterWorld(fixtures, plans, councils, outline, register, clock);
        people.put(Who.CHAIR, w.plan.chair());
        people.put(Who.SECRETARIAT, w.plan.secretariat());
        people.put(Who.LEAD_DRAFTER, w.plan.lead());
        people.put(Who.MEMBER, w.plan.member());
        people.put(Who.REPORTER, w.reporter);
        people.put(Who.CO_AGENCY_REPORTER, w.otherReporter);
        people.put(Who.AFFILIATED_OBSERVER, w.affiliatedObserver);
        people.put(Who.OBSERVER, w.plan.observer());
        people.put(Who.OUTSIDER, w.plan.outsider());
        NewKpi k = w.evShare();
        AsUser.call(w.plan.secretariat(), () -> register.addKpi(w.measureId, new NewKpi("Charging points", "points",
                k.baselineYear(), k.baselineValue(), k.direction(), k.dataSource(), ReportingFrequency.QUARTERLY,
                k.targets())));
        nextAnnualYear = w.year - 2;
        // A published version makes the plan public, so its progress may be published too.
        plans.write(w.plan.lead(), w.sectionId, "Electric vehicles.");
        long version = AsUser.call(w.plan.secretariat(), () -> versions.freeze(w.plan.planId(), false, "v1", null));
        AsUser.run(w.plan.secretariat(), () -> published.publish(version));
    }

    private long openRound(ReportingFrequency frequency, int year) {
        return AsUser.call(w.plan.secretariat(), () -> register.openReportingRound(w.plan.planId(),
                new NewRound(frequency, year, 1, java.time.LocalDate.of(2200, 1, 1))));
    }

    private AgencyReport ministryReport(long roundId) {
        return AsUser.call(w.plan.secretariat(), () -> register.reportsOfRound(roundId)).stream()
                .filter(r -> r.agencyId() == w.ministry).findFirst().orElseThrow();
    }

    /**
     * A submitted report of the ministry. Refused decisions leave it submitted for the next case; a returned one is
     * submitted again; only an accepted one needs a new round (and uses up an annual period).
     */
    private AgencyReport submittedReport() {
        ReportStatus status = submitted == null ? null
                : AsUser.call(w.plan.secretariat(), () -> register.report(submitted)).report().status();
        if (status == null || status == ReportStatus.ACCEPTED) {
            submitted = ministryReport(openRound(ReportingFrequency.ANNUAL, nextAnnualYear++)).id();
        }
        if (status != ReportStatus.SUBMITTED) {
            ReportDetail detail = AsUser.call(w.reporter, () -> register.report(submitted));
            List<ReportEntry> values = detail.lines().stream().map(l -> new ReportEntry(l.kpi().id(),
                    java.math.BigDecimal.TEN, null, null)).toList();
            int version = detail.report().version();
            AsUser.run(w.reporter, () -> register.saveReportDraft(submitted, values, version));
            AsUser.run(w.reporter, () -> register.submitReport(submitted, version + 1));
        }
        return AsUser.call(w.plan.secretariat(), () -> register.report(submitted)).report();
    }

    @AfterEach
    void signOut() {
        AsUser.signOut();
    }

    Stream<Arguments> matrix() {
        return Stream.of(Who.values()).flatMap(who -> Stream.of(Action.values())
                .map(action -> Arguments.of(who, action, ALLOWED.get(action).contains(who))));
    }

    @ParameterizedTest(name = "{0} {1}: allowed = {2}")
    @MethodSource("matrix")
    void only_the_right_people_may_act(Who who, Action action, boolean allowed) {
        Runnable call = prepare(action);
        if (allowed) {
            assertThatCode(() -> AsUser.run(people.get(who), call)).doesNotThrowAnyException();
        } else {
            assertThatThrownBy(() -> AsUser.run(people.get(who), call))
                    .isInstanceOf(who == Who.OUTSIDER ? NotAMemberException.class : AccessDeniedException.class);
        }
    }

    /**
     * Each case acts on something of its own where an earlier case could have changed the outcome: the measure's
     * current version and a status it does not have yet, a fresh KPI to report on.
     */
    private Runnable prepare(Action action) {
        long planId = w.plan.planId();
        long councilId = w.plan.councilId();
        NewActual lastYear = RegisterWorld.annual(w.year - 1, "12");
        Measure measure = AsUser.call(w.plan.secretariat(), () -> register.measure(w.measureId)).measure();
        MeasureStatus other = measure.status() == MeasureStatus.ONGOING ? MeasureStatus.PLANNED : MeasureStatus.ONGOING;
        long freshKpi = AsUser.call(w.plan.secretariat(), () -> register.addKpi(w.measureId, w.evShare()));
        if (action == Action.CORRECT_ACTUAL) {
            AsUser.call(w.reporter, () -> register.reportActual(freshKpi, lastYear));
        }
        AgencyReport draft = action == Action.FILL_IN_REPORT ? ministryReport(openRound(ReportingFrequency.QUARTERLY,
                nextQuarterYear++)) : null;
        AgencyReport decided = action == Action.RETURN_REPORT || action == Action.ACCEPT_REPORT ? submittedReport()
                : null;
        int openYear = action == Action.OPEN_ROUND ? nextQuarterYear++ : 0;
        // After the first publication, another as of the same day is a correction and needs its reason.
        String correction = tracker.publications(planId).isEmpty() ? null : "Case " + action + " again";
        return switch (action) {
            case READ_REGISTER -> () -> register.measures(planId, MeasureFilter.ALL, 0, 10);
            case READ_MEASURE -> () -> register.measure(w.measureId);
            case READ_DASHBOARD -> () -> register.dashboard(planId);
            case READ_KPI_HISTORY -> () -> register.actualHistory(w.kpiId);
            case ADD_AGENCY -> () -> register.addAgency(councilId, Fixtures.unique("Agency"), null);
            case SET_TOLERANCE -> () -> register.setTolerance(councilId, 15);
            case CREATE_MEASURE -> () -> register.createMeasure(planId, w.measure(w.sectionId));
            case UPDATE_MEASURE -> () -> register.updateMeasure(w.measureId, w.measure(w.sectionId), measure.version());
            case CHANGE_STATUS -> () -> register.changeStatus(w.measureId, other, null, measure.version());
            case ADD_KPI -> () -> register.addKpi(w.measureId, w.evShare());
            case REPORT_ACTUAL -> () -> register.reportActual(freshKpi, lastYear);
            case CORRECT_ACTUAL -> () -> register.correctActual(freshKpi, RegisterWorld.annual(w.year - 1, "13"),
                    "Revised survey");
            case READ_ROUNDS -> () -> register.reportingRounds(planId);
            case OPEN_ROUND -> () -> register.openReportingRound(planId, new NewRound(ReportingFrequency.QUARTERLY,
                    openYear, 1, java.time.LocalDate.of(2200, 1, 1)));
            case FILL_IN_REPORT -> () -> register.saveReportDraft(draft.id(), List.of(), draft.version());
            case RETURN_REPORT -> () -> register.returnReport(decided.id(), "Check the total", decided.version());
            case ACCEPT_REPORT -> () -> register.acceptReport(decided.id(), decided.version());
            case PUBLISH_PROGRESS -> () -> tracker.publish(planId, new ProgressRequest(
                    java.time.LocalDate.now(clock), correction));
        };
    }
}
