package org.councilworkspace.implementation.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.councilworkspace.base.ConcurrentChangeException;
import org.councilworkspace.base.InvalidInputException;
import org.councilworkspace.base.NotFoundException;
import org.councilworkspace.base.ui.FinalAction;
import org.councilworkspace.base.ui.Formats;
import org.councilworkspace.base.ui.Notifications;
import org.councilworkspace.base.ui.Translations;
import org.councilworkspace.implementation.AgencyReport;
import org.councilworkspace.implementation.ImplementationService;
import org.councilworkspace.implementation.ReportDetail;
import org.councilworkspace.implementation.ReportDetail.ReportLine;
import org.councilworkspace.implementation.ReportEntry;
import org.councilworkspace.implementation.ReportStatus;
import org.councilworkspace.plan.Plan;

/**
 * One agency's report in a reporting round: its reporters fill in a value, evidence and comment per KPI, save drafts
 * and submit; the plan's managers return it with a comment or accept it. Once accepted it only reads.
 */
@Route("reports/:reportId(\\d+)")
@PermitAll
public class ReportView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final ImplementationService register;
    private String title = "";

    public ReportView(ImplementationService register) {
        this.register = register;
        addClassName("cw-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        show(event.getRouteParameters().getLong("reportId").orElseThrow(() -> new NotFoundException("Report")));
    }

    private void show(long reportId) {
        ReportDetail detail = register.report(reportId);
        AgencyReport report = detail.report();
        Plan plan = register.plan(report.round().planId());
        boolean fills = register.mayFillIn(reportId) && report.status().editable();
        boolean manages = register.rights(plan.id()).manages();
        String period = Periods.label(report.round().year(), report.round().periodNo(), report.round().frequency());
        title = report.agencyName() + " · " + period;
        removeAll();
        add(new Anchor(ImplementationPaths.register(plan.councilId(), plan.id()),
                "← " + getTranslation("implementation.back", plan.title())));
        add(new H1(getTranslation("implementation.report-heading", report.agencyName(), period)));
        Paragraph status = new Paragraph(getTranslation("implementation.report-status",
                Translations.label(report.status()), Formats.date(report.round().deadline())));
        status.setId("report-status");
        add(status);
        if (report.status() == ReportStatus.RETURNED && report.returnComment() != null) {
            Paragraph comment = new Paragraph(getTranslation("implementation.returned-with", report.returnComment()));
            comment.setId("report-return-comment");
            add(comment);
        }
        List<Supplier<ReportEntry>> entries = new ArrayList<>();
        for (ReportLine line : detail.lines()) {
            entries.add(line(line, fills));
        }
        if (fills) {
            Button save = new Button(getTranslation("implementation.save-draft"),
                    e -> act(() -> register.saveReportDraft(reportId, values(entries), report.version()),
                            "implementation.draft-saved", reportId));
            save.setId("report-save");
            Button submit = new Button(getTranslation("implementation.submit-report"), e ->
                    FinalAction.ask(getTranslation("implementation.submit-report-of", report.agencyName(), period),
                                    getTranslation("implementation.submit-report"))
                            .consequence(getTranslation("implementation.submit-consequence"))
                            .open(r -> act(() -> {
                                register.saveReportDraft(reportId, values(entries), report.version());
                                register.submitReport(reportId, report.version() + 1);
                            }, "implementation.report-sent", reportId)));
            submit.setId("report-submit");
            submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            add(new HorizontalLayout(save, submit));
        }
        if (manages && report.status() == ReportStatus.SUBMITTED) {
            add(decisions(reportId, report, period));
        }
    }

    private HorizontalLayout decisions(long reportId, AgencyReport report, String period) {
        Button giveBack = new Button(getTranslation("implementation.return-report"), e ->
                FinalAction.ask(getTranslation("implementation.return-report-of", report.agencyName(), period),
                                getTranslation("implementation.return-report"))
                        .consequence(getTranslation("implementation.return-consequence"))
                        .reason(getTranslation("implementation.return-comment"), true)
                        .open(comment -> act(() -> register.returnReport(reportId, comment, report.version()),
                                "implementation.report-returned", reportId)));
        giveBack.setId("report-return");
        Button accept = new Button(getTranslation("implementation.accept-report"), e ->
                FinalAction.ask(getTranslation("implementation.accept-report-of", report.agencyName(), period),
                                getTranslation("implementation.accept-report"))
                        .consequence(getTranslation("implementation.accept-consequence"))
                        .open(r -> act(() -> register.acceptReport(reportId, report.version()),
                                "implementation.report-accepted", reportId)));
        accept.setId("report-accept");
        accept.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        return new HorizontalLayout(giveBack, accept);
    }

    private Supplier<ReportEntry> line(ReportLine line, boolean fills) {
        long kpiId = line.kpi().id();
        add(new H3(line.kpi().name() + " · " + line.measureTitle()));
        BigDecimalField value = new BigDecimalField(getTranslation("implementation.value", line.kpi().unit()));
        value.setId("report-value-" + kpiId);
        TextField evidence = new TextField(getTranslation("implementation.evidence"));
        evidence.setId("report-evidence-" + kpiId);
        evidence.setMaxLength(500);
        TextField comment = new TextField(getTranslation("implementation.comment"));
        comment.setId("report-comment-" + kpiId);
        comment.setMaxLength(2000);
        if (line.entry() != null) {
            value.setValue(line.entry().value());
            evidence.setValue(line.entry().evidenceUrl() == null ? "" : line.entry().evidenceUrl());
            comment.setValue(line.entry().comment() == null ? "" : line.entry().comment());
        }
        value.setReadOnly(!fills);
        evidence.setReadOnly(!fills);
        comment.setReadOnly(!fills);
        add(new HorizontalLayout(value, evidence, comment));
        return () -> new ReportEntry(kpiId, value.getValue(), evidence.getValue(), comment.getValue());
    }

    private static List<ReportEntry> values(List<Supplier<ReportEntry>> entries) {
        return entries.stream().map(Supplier::get).toList();
    }

    /** Runs a step, reports a refusal as a notification, and on success shows the report again from the database. */
    private boolean act(Runnable step, String doneKey, long reportId) {
        try {
            step.run();
        } catch (InvalidInputException e) {
            Notifications.error(Translations.message(e));
            return false;
        } catch (ConcurrentChangeException e) {
            Notifications.error(getTranslation("implementation.report-changed"));
            return false;
        }
        Notifications.success(getTranslation(doneKey));
        show(reportId);
        return true;
    }

    @Override
    public String getPageTitle() {
        return title + " · " + getTranslation("app.name");
    }
}
