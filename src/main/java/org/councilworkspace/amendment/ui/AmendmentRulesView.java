package org.councilworkspace.amendment.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.EnumSet;
import org.councilworkspace.amendment.AmendmentSupportService;
import org.councilworkspace.amendment.SupportRule;
import org.councilworkspace.base.ConcurrentChangeException;
import org.councilworkspace.base.ui.FieldErrors;
import org.councilworkspace.base.ui.Notifications;
import org.councilworkspace.base.ui.Translations;
import org.councilworkspace.council.StakeholderGroup;
import org.councilworkspace.council.ui.CouncilRoutes;
import org.councilworkspace.council.ui.CouncilTabs;

/**
 * The support a council's amendments need before they can be accepted: every member reads it; the chair,
 * vice-chair and secretariat change it here.
 */
@Route("councils/:councilId(\\d+)/amendment-rules")
@PermitAll
public class AmendmentRulesView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final AmendmentSupportService support;
    private final CouncilTabs tabs;
    private long councilId;

    public AmendmentRulesView(AmendmentSupportService support, CouncilTabs tabs) {
        this.support = support;
        this.tabs = tabs;
        addClassName("cw-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        councilId = CouncilRoutes.councilId(event);
        show(support.rule(councilId));
    }

    private void show(SupportRule rule) {
        removeAll();
        add(tabs.create(councilId, AmendmentRulesTabContributor.path(councilId)),
                new H1(getTranslation("amendment.support.title")),
                new Paragraph(getTranslation("amendment.support.intro")));
        if (support.maySetRule(councilId)) {
            add(form(rule));
        } else {
            add(summary(rule), muted(getTranslation("amendment.support.read-only")));
        }
    }

    private VerticalLayout form(SupportRule rule) {
        IntegerField min = new IntegerField(getTranslation("amendment.support.min"));
        min.setId("support-min");
        min.setMin(0);
        min.setMax(SupportRule.MAX_SUPPORTERS);
        min.setStepButtonsVisible(true);
        min.setValue(rule.minSupporters());
        Checkbox other = new Checkbox(getTranslation("amendment.support.other-group"), rule.otherGroup());
        other.setId("support-other-group");
        CheckboxGroup<StakeholderGroup> groups = new CheckboxGroup<>(getTranslation("amendment.support.groups"));
        groups.setId("support-groups");
        groups.setItems(StakeholderGroup.values());
        groups.setItemLabelGenerator(Translations::label);
        groups.setValue(rule.groups());
        FieldErrors errors = new FieldErrors().bind("minSupporters", min);
        Button save = new Button(getTranslation("amendment.support.save"), e -> {
            SupportRule wanted = new SupportRule(min.getValue() == null ? 0 : min.getValue(), other.getValue(),
                    groups.getValue().isEmpty() ? EnumSet.noneOf(StakeholderGroup.class) : groups.getValue(),
                    rule.version());
            try {
                if (errors.run(() -> show(support.setRule(councilId, wanted)))) {
                    Notifications.success(getTranslation("amendment.support.saved"));
                }
            } catch (ConcurrentChangeException ex) {
                Notifications.error(getTranslation("amendment.support.changed-meanwhile"));
                show(support.rule(councilId));
            }
        });
        save.setId("support-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        VerticalLayout form = new VerticalLayout(min, other, groups, save);
        form.setPadding(false);
        return form;
    }

    private UnorderedList summary(SupportRule rule) {
        UnorderedList list = new UnorderedList();
        list.setId("support-rule");
        if (rule.requiresNothing()) {
            list.add(new ListItem(getTranslation("amendment.support.none")));
        }
        if (rule.minSupporters() > 0) {
            list.add(new ListItem(getTranslation("amendment.support.rule-min", rule.minSupporters())));
        }
        if (rule.otherGroup()) {
            list.add(new ListItem(getTranslation("amendment.support.other-group")));
        }
        for (StakeholderGroup group : StakeholderGroup.values()) {
            if (rule.groups().contains(group)) {
                list.add(new ListItem(getTranslation("amendment.support.rule-group", Translations.label(group))));
            }
        }
        return list;
    }

    private static Paragraph muted(String text) {
        Paragraph p = new Paragraph(text);
        p.addClassName("cw-muted");
        return p;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("amendment.support.title") + " · " + getTranslation("app.name");
    }
}
