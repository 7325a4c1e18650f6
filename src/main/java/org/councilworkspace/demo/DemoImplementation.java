package org.councilworkspace.demo;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.councilworkspace.implementation.AgencyReport;
import org.councilworkspace.implementation.BudgetLine;
import org.councilworkspace.implementation.Direction;
import org.councilworkspace.implementation.ImplementationService;
import org.councilworkspace.implementation.KpiTarget;
import org.councilworkspace.implementation.Measure;
import org.councilworkspace.implementation.MeasureDetail;
import org.councilworkspace.implementation.MeasureFilter;
import org.councilworkspace.implementation.MeasureStatus;
import org.councilworkspace.implementation.Milestone;
import org.councilworkspace.implementation.NewActual;
import org.councilworkspace.implementation.NewKpi;
import org.councilworkspace.implementation.NewMeasure;
import org.councilworkspace.implementation.NewRound;
import org.councilworkspace.implementation.ProgressRequest;
import org.councilworkspace.implementation.ProgressTracker;
import org.councilworkspace.implementation.ReportEntry;
import org.councilworkspace.implementation.ReportingFrequency;
import org.councilworkspace.plan.OutlineNode;
import org.springframework.stereotype.Component;

/**
 * The automotive plan's implementation register: agencies linked to the members' affiliations, thirty measures
 * under the five strategies, three KPIs with baselines and two years of actuals (reported by the lead agencies'
 * members, last year's through a reporting round), one measure delayed with its reason, one actual corrected and
 * one agency's report overdue; the measures aligned with SDG targets and national milestones; and, once the plan
 * is public on the portal, its progress published there.
 */
@Component
class DemoImplementation {

    private record Agency(String name, String affiliation) {
    }

    private static final List<Agency> AGENCIES = List.of(
            new Agency("Office of Industrial Economics", "Ministry of Industry, Office of Industrial Economics"),
            new Agency("Board of Investment", "Board of Investment"),
            new Agency("Ministry of Higher Education, Science, Research and Innovation",
                    "Ministry of Higher Education, Science, Research and Innovation"),
            new Agency("Auto-Parts Manufacturers Association", "Auto-Parts Manufacturers Association"),
            new Agency("Automotive Industry Institute", "Automotive Industry Institute"),
            new Agency("Federation of Industries, Automotive Club", "Federation of Industries, Automotive Club"));

    /** Six measures per strategy, in the order of the strategies in the plan; the number picks the lead agency. */
    private static final Map<String, List<String>> MEASURES = Map.of(
            "Electric-vehicle transition", List.of("0 Excise tax cuts for battery-electric cars",
                    "0 Investment privileges for EV assembly", "0 Public charging on main highways",
                    "4 Battery recycling plans from producers", "1 EV bus and truck pilot fleets",
                    "5 Consumer information on running costs"),
            "Supply-chain localization", List.of("1 Cell and pack plants with local content rules",
                    "3 Supplier matching with foreign assemblers", "0 Local content accounting standard",
                    "3 Tooling and die upgrade fund", "1 Rare-metal sourcing agreements",
                    "4 Supplier localization scorecard"),
            "Skills and workforce", List.of("2 EV technician curriculum in vocational colleges",
                    "2 Reskilling vouchers for engine-part workers", "4 Training centre at the institute",
                    "2 Engineering scholarships in battery chemistry", "5 Apprenticeships in assembly plants",
                    "2 Women in automotive engineering programme"),
            "Standards and testing", List.of("4 Battery safety test laboratory", "0 Charging connector standard",
                    "4 Type approval for electric motorcycles", "0 Recycling standard for traction batteries",
                    "4 Cyber-security rules for connected vehicles", "1 Mutual recognition of test results"),
            "Small and medium suppliers", List.of("3 Transition loans for small suppliers",
                    "3 Digital factory diagnostics", "5 Export fairs for parts makers",
                    "0 Late-payment rules for suppliers", "4 Shared prototyping workshop",
                    "3 Succession advice for family suppliers"));

    private final ImplementationService register;
    private final ProgressTracker tracker;
    private final DemoAlignment alignment;
    private final Clock clock;

    DemoImplementation(ImplementationService register, ProgressTracker tracker, DemoAlignment alignment,
                       Clock clock) {
        this.alignment = alignment;
        this.register = register;
        this.tracker = tracker;
        this.clock = clock;
    }

    void seed(Map<String, Long> ids, long councilId) {
        int year = LocalDate.now(clock).getYear();
        long planId = as(ids, "pranee", () -> register.plans(councilId)).get(0).id();
        List<Long> agencies = AGENCIES.stream().map(a -> as(ids, "pranee",
                () -> register.addAgency(councilId, a.name(), a.affiliation()))).toList();
        as(ids, "pranee", () -> register.setTolerance(councilId, 10));
        List<OutlineNode> sections = as(ids, "pranee", () -> register.sections(planId));
        long evMeasure = 0;
        long localMeasure = 0;
        long skillsMeasure = 0;
        long delayed = 0;
        Map<String, Long> byTitle = new HashMap<>();
        Map<String, Long> strategies = new HashMap<>();
        for (OutlineNode section : sections) {
            List<String> titles = MEASURES.get(section.title());
            if (titles == null) {
                continue;
            }
            strategies.put(section.title(), section.sectionId());
            for (int i = 0; i < titles.size(); i++) {
                int lead = titles.get(i).charAt(0) - '0';
                String title = titles.get(i).substring(2);
                long co = agencies.get((lead + 1) % agencies.size());
                NewMeasure measure = new NewMeasure(section.sectionId(), title,
                        title + ": as set out in section " + section.number() + " of the plan.", agencies.get(lead),
                        Set.of(co), LocalDate.of(year - 2, 1 + i, 1), LocalDate.of(2031, 12, 31),
                        List.of(new Milestone("Programme design approved", LocalDate.of(year - 1, 3, 31)),
                                new Milestone("Mid-term review", LocalDate.of(2029, 6, 30))),
                        List.of(new BudgetLine(year, BigDecimal.valueOf(50_000_000L + 10_000_000L * i), "THB"),
                                new BudgetLine(year + 1, BigDecimal.valueOf(60_000_000L + 10_000_000L * i), "THB")));
                long id = as(ids, "pranee", () -> register.createMeasure(planId, measure));
                as(ids, "pranee", () -> register.changeStatus(id, MeasureStatus.ONGOING, null, 0));
                byTitle.put(title, id);
                evMeasure = title.startsWith("Investment privileges") ? id : evMeasure;
                localMeasure = title.startsWith("Cell and pack") ? id : localMeasure;
                skillsMeasure = title.startsWith("EV technician") ? id : skillsMeasure;
                delayed = title.startsWith("Battery safety test") ? id : delayed;
            }
        }
        long testLab = delayed;
        as(ids, "pranee", () -> register.changeStatus(testLab, MeasureStatus.DELAYED,
                "The laboratory building tender had to be re-run; the new contract starts next quarter.", 1));
        kpis(ids, councilId, planId, year, evMeasure, localMeasure, skillsMeasure);
        alignment.seed(ids, planId, byTitle, strategies);
    }

    /**
     * After the working group, the recycling measure covers importers as well as producers and gains the Ministry
     * of Industry's office as co-agency: the second version's measures differ from the first's.
     */
    void widenRecyclingMeasure(Map<String, Long> ids, long councilId) {
        long planId = as(ids, "pranee", () -> register.plans(councilId)).get(0).id();
        Measure recycling = as(ids, "pranee", () -> register.measures(planId, MeasureFilter.ALL, 0, 100)).stream()
                .filter(m -> m.title().startsWith("Battery recycling")).findFirst().orElseThrow();
        MeasureDetail detail = as(ids, "pranee", () -> register.measure(recycling.id()));
        Set<Long> co = new java.util.HashSet<>(detail.coAgencies().stream().map(a -> a.id()).toList());
        co.add(as(ids, "pranee", () -> register.agencies(councilId)).stream()
                .filter(a -> a.name().equals(AGENCIES.get(0).name())).findFirst().orElseThrow().id());
        as(ids, "pranee", () -> register.updateMeasure(recycling.id(), new NewMeasure(recycling.sectionId(),
                "Battery recycling plans from importers and producers", recycling.description()
                        + " Importers file a plan too, as the working group agreed.", recycling.leadAgencyId(), co,
                recycling.startsOn(), recycling.endsOn(), detail.milestones(), detail.budget()), recycling.version()));
    }

    /**
     * The secretariat publishes the register's progress as of today on the portal, once the plan's versions are
     * public there (the portal shows progress only of a plan it shows).
     */
    void publishProgress(Map<String, Long> ids, long councilId) {
        long planId = as(ids, "pranee", () -> register.plans(councilId)).get(0).id();
        as(ids, "pranee", () -> tracker.publish(planId, new ProgressRequest(LocalDate.now(clock), null)));
    }

    private void kpis(Map<String, Long> ids, long councilId, long planId, int year, long ev, long local,
                      long skills) {
        long evShare = as(ids, "pranee", () -> register.addKpi(ev, new NewKpi("EV share of production", "%",
                year - 3, new BigDecimal("8"), Direction.INCREASE, "Office of Industrial Economics, production survey",
                ReportingFrequency.ANNUAL, List.of(new KpiTarget(2027, new BigDecimal("20")),
                        new KpiTarget(2030, new BigDecimal("30"))))));
        long content = as(ids, "pranee", () -> register.addKpi(local, new NewKpi("Local content of batteries", "%",
                year - 3, new BigDecimal("15"), Direction.INCREASE, "Board of Investment, certified plant returns",
                ReportingFrequency.ANNUAL, List.of(new KpiTarget(2027, new BigDecimal("35")),
                        new KpiTarget(2031, new BigDecimal("60"))))));
        long trained = as(ids, "pranee", () -> register.addKpi(skills, new NewKpi("Skilled workers trained",
                "people", year - 3, BigDecimal.ZERO, Direction.INCREASE, "Vocational education commission records",
                ReportingFrequency.ANNUAL, List.of(new KpiTarget(2027, new BigDecimal("10000")),
                        new KpiTarget(2031, new BigDecimal("25000"))))));
        // The year before last was reported directly; last year's figures came in through the reporting round,
        // where the Board of Investment's report is still a draft after the deadline.
        as(ids, "kittisak", () -> register.reportActual(evShare, actual(year - 2, "11.5", null)));
        as(ids, "nattaya", () -> register.reportActual(content, actual(year - 2, "17", null)));
        as(ids, "siriporn", () -> register.reportActual(trained, actual(year - 2, "2100", null)));
        long round = as(ids, "pranee", () -> register.openReportingRound(planId, new NewRound(
                ReportingFrequency.ANNUAL, year - 1, 1, LocalDate.of(year, 1, 31))));
        submitAndAccept(ids, "kittisak", councilId, round, evShare, "13.2");
        submitAndAccept(ids, "siriporn", councilId, round, trained, "4300");
        as(ids, "siriporn", () -> register.correctActual(trained, actual(year - 1, "4650",
                "Includes the late returns of two colleges."), "Two colleges filed their returns after the report."));
    }

    private void submitAndAccept(Map<String, Long> ids, String reporter, long councilId, long round, long kpi,
                                 String value) {
        AgencyReport report = as(ids, reporter, () -> register.reportingTasks(councilId)).stream()
                .filter(r -> r.round().id() == round).findFirst().orElseThrow();
        as(ids, reporter, () -> register.saveReportDraft(report.id(), List.of(new ReportEntry(kpi,
                new BigDecimal(value), "https://example.org/statistics/annual.pdf", "Preliminary figure.")),
                report.version()));
        as(ids, reporter, () -> register.submitReport(report.id(), report.version() + 1));
        as(ids, "pranee", () -> register.acceptReport(report.id(), report.version() + 2));
    }

    private static NewActual actual(int year, String value, String comment) {
        return new NewActual(year, 1, new BigDecimal(value), "https://example.org/statistics/" + year + ".pdf",
                comment);
    }

    private static <T> T as(Map<String, Long> ids, String username, Supplier<T> action) {
        return RunAs.user(ids.get(username), username, false, action);
    }

    private static void as(Map<String, Long> ids, String username, Runnable action) {
        RunAs.user(ids.get(username), username, false, action);
    }
}
