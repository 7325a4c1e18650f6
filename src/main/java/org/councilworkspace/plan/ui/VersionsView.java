package org.councilworkspace.plan.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import org.councilworkspace.base.CalendarDates;
import org.councilworkspace.base.NotFoundException;
import org.councilworkspace.base.ui.FieldErrors;
import org.councilworkspace.base.ui.FinalAction;
import org.councilworkspace.base.ui.Formats;
import org.councilworkspace.base.ui.Notifications;
import org.councilworkspace.council.CouncilService;
import org.councilworkspace.plan.Plan;
import org.councilworkspace.plan.PlanService;
import org.councilworkspace.plan.PlanVersionInfo;
import org.councilworkspace.plan.PublishedPlans;
import org.councilworkspace.plan.VersionService;

/** A plan's frozen versions: freeze a new one, open one, compare two. */
@Route("plans/:planId(\\d+)/versions")
@PermitAll
public class VersionsView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final PlanService plans;
    private final VersionService versions;
    private final CouncilService councils;
    private final PublishedPlans published;
    private Plan plan;

    public VersionsView(PlanService plans, VersionService versions, CouncilService councils, PublishedPlans published) {
        this.councils = councils;
        this.plans = plans;
        this.versions = versions;
        this.published = published;
        addClassName("cw-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long planId = event.getRouteParameters().getLong("planId").orElseThrow(() -> new NotFoundException("Plan"));
        plan = plans.plan(planId);
        List<PlanVersionInfo> list = versions.versions(planId);
        removeAll();
        add(PlanHeader.create(plan, PlanHeader.Page.VERSIONS));
        if (plans.mayManage(planId)) {
            Button freeze = new Button(getTranslation("versions.freeze"), VaadinIcon.LOCK.create(), e -> freezeDialog());
            freeze.setId("freeze-version");
            freeze.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            add(freeze);
        }
        Grid<PlanVersionInfo> grid = new Grid<>(PlanVersionInfo.class, false);
        grid.setId("versions-grid");
        grid.addComponentColumn(v -> new Anchor(PlanPaths.version(plan.id(), v.id()), v.label()))
                .setHeader(getTranslation("versions.label")).setFlexGrow(2);
        grid.addColumn(PlanVersionInfo::number).setHeader(getTranslation("versions.number")).setAutoWidth(true);
        grid.addColumn(PlanVersionInfo::createdByName).setHeader(getTranslation("versions.by")).setAutoWidth(true);
        CalendarDates dates = Formats.dates(councils.language(plan.councilId()).calendar());
        grid.addColumn(v -> dates.dateTime(v.createdAt())).setHeader(getTranslation("history.when")).setAutoWidth(true);
        grid.addColumn(PlanVersionInfo::sections).setHeader(getTranslation("versions.sections")).setAutoWidth(true);
        grid.addColumn(v -> v.note() == null ? "" : v.note()).setHeader(getTranslation("history.note")).setFlexGrow(2);
        var publications = published.publicationsOfPlan(planId);
        boolean manager = plans.mayManage(planId);
        grid.addComponentColumn(v -> VersionPublication.cell(v, plan, publications.get(v.id()), manager,
                () -> published.publish(v.id()), () -> UI.getCurrent().navigate(PlanPaths.versions(plan.id()))))
                .setKey("public").setHeader(getTranslation("versions.public")).setAutoWidth(true);
        // A plan has tens of versions over its life, never thousands: listed whole.
        grid.setItems(list);
        grid.setAllRowsVisible(true);
        add(grid);
        if (list.size() >= 2) {
            add(comparePicker(list));
        }
    }

    private VerticalLayout comparePicker(List<PlanVersionInfo> list) {
        Select<PlanVersionInfo> from = versionSelect("versions.compare-from", list, list.get(1));
        from.setId("compare-from");
        Select<PlanVersionInfo> to = versionSelect("versions.compare-to", list, list.get(0));
        to.setId("compare-to");
        Button compare = new Button(getTranslation("versions.compare"), e -> UI.getCurrent()
                .navigate(PlanPaths.compare(plan.id(), from.getValue().id(), to.getValue().id())));
        compare.setId("compare-versions");
        HorizontalLayout row = new HorizontalLayout(from, to, compare);
        row.setAlignItems(Alignment.BASELINE);
        row.getStyle().set("flex-wrap", "wrap");
        VerticalLayout box = new VerticalLayout(new H2(getTranslation("versions.compare")), row);
        box.setPadding(false);
        return box;
    }

    private Select<PlanVersionInfo> versionSelect(String labelKey, List<PlanVersionInfo> list, PlanVersionInfo initial) {
        Select<PlanVersionInfo> select = new Select<>();
        select.setLabel(getTranslation(labelKey));
        select.setItems(list);
        select.setItemLabelGenerator(v -> v.label() + " (" + v.number() + ")");
        select.setValue(initial);
        return select;
    }

    private void freezeDialog() {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("versions.freeze"));
        RadioButtonGroup<Boolean> kind = new RadioButtonGroup<>(getTranslation("versions.kind"));
        kind.setItems(false, true);
        kind.setItemLabelGenerator(major -> getTranslation(major ? "versions.major" : "versions.minor"));
        kind.setValue(false);
        TextField label = new TextField(getTranslation("versions.label"));
        label.setId("version-label");
        label.setMaxLength(200);
        label.setPlaceholder(getTranslation("versions.label-placeholder"));
        TextArea note = new TextArea(getTranslation("history.note"));
        note.setMaxLength(2000);
        FormLayout form = new FormLayout(kind, label, note);
        form.setColspan(note, 2);
        dialog.add(form);
        FieldErrors errors = new FieldErrors().bind("label", label).bind("note", note);
        Button save = new Button(getTranslation("versions.freeze"), e -> confirmFreeze(kind.getValue(), label.getValue())
                .openAndClose(reason -> {
                    if (errors.run(() -> versions.freeze(plan.id(), kind.getValue(), label.getValue(), note.getValue()))) {
                        dialog.close();
                        Notifications.success(getTranslation("versions.frozen"));
                        UI.getCurrent().navigate(PlanPaths.versions(plan.id()));
                    }
                }));
        save.setId("version-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), e -> dialog.close()), save);
        dialog.open();
    }

    /** Meetings and consultation rounds will point at the version for good, so freezing asks first. */
    private FinalAction confirmFreeze(boolean major, String label) {
        String title = label == null || label.isBlank()
                ? getTranslation(major ? "versions.freeze-major-title" : "versions.freeze-minor-title", plan.title())
                : getTranslation("versions.freeze-title", label.strip(), plan.title());
        return FinalAction.ask(title, getTranslation("versions.freeze-confirm"))
                .consequence(getTranslation("versions.freeze-copies"))
                .consequence(getTranslation("versions.freeze-used"))
                .consequence(getTranslation("versions.freeze-never-changes"));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("versions.title") + " · " + (plan == null ? "" : plan.title() + " · ")
                + getTranslation("app.name");
    }
}
