package org.councilworkspace.demo;

import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.councilworkspace.implementation.Goal;
import org.councilworkspace.implementation.GoalAlignment;
import org.councilworkspace.implementation.NewGoal;
import org.springframework.stereotype.Component;

/**
 * The automotive plan's alignment: the UN SDGs and the national plan's milestones as its frameworks, its measures
 * aligned with the targets they serve (clean energy, productivity, industry upgrading, recycling, climate policy …)
 * and its strategies with the goals they pursue.
 */
@Component
class DemoAlignment {

    /** By the start of a measure's title: the codes it is aligned with (SDG targets, national milestones). */
    private static final Map<String, List<String>> MEASURES = Map.ofEntries(
            Map.entry("Excise tax cuts", List.of("9.4", "13.2", "Milestone 3")),
            Map.entry("Investment privileges", List.of("9.2", "8.2", "Milestone 3")),
            Map.entry("Public charging", List.of("9.1", "7.2")),
            Map.entry("Battery recycling plans", List.of("12.5", "12.4")),
            Map.entry("EV bus and truck", List.of("11.2", "11.6")),
            Map.entry("Consumer information", List.of("12.8")),
            Map.entry("Cell and pack plants", List.of("9.2", "8.2", "Milestone 3")),
            Map.entry("Supplier matching", List.of("9.3")),
            Map.entry("Local content accounting", List.of("9.2")),
            Map.entry("Tooling and die", List.of("9.4", "8.2")),
            Map.entry("Rare-metal sourcing", List.of("12.2")),
            Map.entry("EV technician curriculum", List.of("4.4", "Milestone 12")),
            Map.entry("Reskilling vouchers", List.of("4.4", "8.5", "Milestone 12")),
            Map.entry("Training centre", List.of("4.3")),
            Map.entry("Engineering scholarships", List.of("9.5")),
            Map.entry("Apprenticeships", List.of("8.6")),
            Map.entry("Women in automotive", List.of("5.5", "4.5")),
            Map.entry("Battery safety test", List.of("9.5")),
            Map.entry("Charging connector", List.of("9.4")),
            Map.entry("Recycling standard", List.of("12.5")),
            Map.entry("Mutual recognition", List.of("17.10")),
            Map.entry("Transition loans", List.of("8.3", "9.3")),
            Map.entry("Digital factory", List.of("8.2")),
            Map.entry("Export fairs", List.of("17.11")),
            Map.entry("Late-payment rules", List.of("8.3")));

    /** By a strategy's title: the goals it pursues as a whole. */
    private static final Map<String, List<String>> SECTIONS = Map.of(
            "Electric-vehicle transition", List.of("7", "13", "Milestone 3"),
            "Supply-chain localization", List.of("9"),
            "Skills and workforce", List.of("4", "Milestone 12"),
            "Small and medium suppliers", List.of("8"));

    private final GoalAlignment alignment;

    DemoAlignment(GoalAlignment alignment) {
        this.alignment = alignment;
    }

    void seed(Map<String, Long> ids, long planId, Map<String, Long> measures, Map<String, Long> sections) {
        as(ids, () -> alignment.addSdgFramework(planId));
        long national = as(ids, () -> alignment.addFramework(planId, "National plan milestones"));
        as(ids, () -> alignment.addGoal(national, new NewGoal("Milestone 3",
                "Thailand is a major production base of electric vehicles",
                "タイが電気自動車の主要な生産拠点となる", "ไทยเป็นฐานการผลิตยานยนต์ไฟฟ้าที่สำคัญ")));
        as(ids, () -> alignment.addGoal(national, new NewGoal("Milestone 12",
                "Thailand has a highly capable workforce", "タイが高い能力を持つ人材を擁する", "ไทยมีกำลังคนสมรรถนะสูง")));
        Map<String, Long> goals = as(ids, () -> alignment.goals(planId)).stream()
                .collect(Collectors.toMap(Goal::code, Goal::id));
        measures.forEach((title, id) -> MEASURES.entrySet().stream().filter(e -> title.startsWith(e.getKey()))
                .findFirst().ifPresent(e -> e.getValue().forEach(code ->
                        as(ids, () -> alignment.alignMeasure(id, goals.get(code))))));
        sections.forEach((title, id) -> SECTIONS.getOrDefault(title, List.of()).forEach(code ->
                as(ids, () -> alignment.alignSection(id, goals.get(code)))));
    }

    private static <T> T as(Map<String, Long> ids, Supplier<T> action) {
        return RunAs.user(ids.get("pranee"), "pranee", false, action);
    }

    private static void as(Map<String, Long> ids, Runnable action) {
        RunAs.user(ids.get("pranee"), "pranee", false, action);
    }
}
