package org.councilworkspace.implementation.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import org.councilworkspace.base.ui.FieldErrors;
import org.councilworkspace.base.ui.Notifications;
import org.councilworkspace.implementation.GoalAlignment;
import org.councilworkspace.implementation.GoalFramework;
import org.councilworkspace.implementation.NewGoal;

/**
 * The goal frameworks of a plan, which its measures and sections are aligned with. The plan's managers add the UN
 * SDGs (17 goals, 169 targets) and define the plan's own frameworks with their goals, a title in each language.
 */
class GoalFrameworksPanel extends Details {

    GoalFrameworksPanel(GoalAlignment alignment, long planId, Runnable changed) {
        setSummaryText(getTranslation("implementation.alignment.frameworks"));
        setId("goal-frameworks");
        VerticalLayout body = new VerticalLayout();
        body.setPadding(false);
        List<GoalFramework> frameworks = alignment.frameworks(planId);
        UnorderedList list = new UnorderedList();
        list.setId("goal-framework-list");
        frameworks.forEach(f -> list.add(new ListItem(getTranslation("implementation.alignment.framework-line",
                name(f), f.goals()))));
        body.add(frameworks.isEmpty() ? new Paragraph(getTranslation("implementation.alignment.no-frameworks"))
                : list);
        if (alignment.mayEditFrameworks(planId)) {
            if (frameworks.stream().noneMatch(GoalFramework::sdg)) {
                Button sdg = new Button(getTranslation("implementation.alignment.add-sdg"), e -> {
                    if (new FieldErrors().run(() -> alignment.addSdgFramework(planId))) {
                        Notifications.success(getTranslation("implementation.alignment.sdg-added"));
                        changed.run();
                    }
                });
                sdg.setId("add-sdg-framework");
                body.add(sdg);
            }
            body.add(newFramework(alignment, planId, changed));
            List<GoalFramework> own = frameworks.stream().filter(f -> !f.sdg()).toList();
            if (!own.isEmpty()) {
                body.add(newGoal(alignment, own, changed));
            }
        }
        add(body);
        setOpened(frameworks.isEmpty());
    }

    private String name(GoalFramework f) {
        return f.sdg() ? getTranslation("implementation.alignment.sdg-name") : f.name();
    }

    private HorizontalLayout newFramework(GoalAlignment alignment, long planId, Runnable changed) {
        TextField name = new TextField(getTranslation("implementation.alignment.framework-name"));
        name.setId("framework-name");
        name.setMaxLength(200);
        name.setHelperText(getTranslation("implementation.alignment.framework-help"));
        FieldErrors errors = new FieldErrors().bind("name", name);
        Button add = new Button(getTranslation("implementation.alignment.add-framework"), e -> {
            if (errors.run(() -> alignment.addFramework(planId, name.getValue()))) {
                Notifications.success(getTranslation("implementation.alignment.framework-added", name.getValue()));
                changed.run();
            }
        });
        add.setId("add-framework");
        return row(name, add);
    }

    private HorizontalLayout newGoal(GoalAlignment alignment, List<GoalFramework> own, Runnable changed) {
        Select<GoalFramework> framework = new Select<>();
        framework.setId("goal-framework");
        framework.setLabel(getTranslation("implementation.alignment.framework"));
        framework.setItems(own);
        framework.setItemLabelGenerator(GoalFramework::name);
        framework.setValue(own.get(0));
        TextField code = field("goal-code", "implementation.alignment.code", 20);
        TextField en = field("goal-title-en", "implementation.alignment.title-en", 2000);
        TextField ja = field("goal-title-ja", "implementation.alignment.title-ja", 2000);
        TextField th = field("goal-title-th", "implementation.alignment.title-th", 2000);
        FieldErrors errors = new FieldErrors().bind("code", code).bind("titleEn", en).bind("titleJa", ja)
                .bind("titleTh", th);
        Button add = new Button(getTranslation("implementation.alignment.add-goal"), e -> {
            if (errors.run(() -> alignment.addGoal(framework.getValue().id(), new NewGoal(code.getValue(),
                    en.getValue(), ja.getValue(), th.getValue())))) {
                Notifications.success(getTranslation("implementation.alignment.goal-added", code.getValue()));
                changed.run();
            }
        });
        add.setId("add-goal");
        return row(framework, code, en, ja, th, add);
    }

    private TextField field(String id, String label, int max) {
        TextField field = new TextField(getTranslation(label));
        field.setId(id);
        field.setMaxLength(max);
        return field;
    }

    private static HorizontalLayout row(com.vaadin.flow.component.Component... parts) {
        HorizontalLayout row = new HorizontalLayout(parts);
        row.setAlignItems(FlexComponent.Alignment.BASELINE);
        row.setWrap(true);
        return row;
    }
}
