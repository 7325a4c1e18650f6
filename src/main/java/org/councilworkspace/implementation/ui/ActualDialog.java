package org.councilworkspace.implementation.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.util.stream.IntStream;
import org.councilworkspace.base.ui.FieldErrors;
import org.councilworkspace.base.ui.UserZone;
import org.councilworkspace.implementation.Actual;
import org.councilworkspace.implementation.ImplementationService;
import org.councilworkspace.implementation.Kpi;
import org.councilworkspace.implementation.NewActual;

/**
 * The lead agency's reporter enters a period's actual with its evidence and a comment; or corrects one already
 * reported, which needs a reason and is kept as a new version beside the original.
 */
class ActualDialog extends Dialog {

    ActualDialog(ImplementationService register, Kpi kpi, Actual correcting, Runnable onSaved) {
        boolean correction = correcting != null;
        setHeaderTitle(getTranslation(correction ? "implementation.correct-actual" : "implementation.report-actual",
                kpi.name()));
        setWidth("min(40rem, 96vw)");
        IntegerField year = new IntegerField(getTranslation("implementation.year"));
        year.setId("actual-year");
        Select<Integer> period = new Select<>();
        period.setId("actual-period");
        period.setLabel(getTranslation("implementation.period"));
        period.setItems(IntStream.rangeClosed(1, kpi.frequency().periodsPerYear()).boxed().toList());
        period.setItemLabelGenerator(n -> Periods.part(n, kpi.frequency()));
        period.setValue(1);
        period.setVisible(kpi.frequency().periodsPerYear() > 1);
        BigDecimalField value = new BigDecimalField(getTranslation("implementation.value", kpi.unit()));
        value.setId("actual-value");
        TextField evidence = new TextField(getTranslation("implementation.evidence"));
        evidence.setId("actual-evidence");
        evidence.setMaxLength(500);
        evidence.setHelperText(getTranslation("implementation.evidence-help"));
        TextArea comment = new TextArea(getTranslation("implementation.comment"));
        comment.setId("actual-comment");
        comment.setMaxLength(2000);
        TextArea reason = new TextArea(getTranslation("implementation.correction-reason"));
        reason.setId("actual-reason");
        reason.setMaxLength(2000);
        reason.setRequiredIndicatorVisible(true);
        reason.setVisible(correction);
        if (correction) {
            year.setValue(correcting.year());
            year.setReadOnly(true);
            period.setValue(correcting.periodNo());
            period.setReadOnly(true);
            value.setValue(correcting.value());
            evidence.setValue(correcting.evidenceUrl() == null ? "" : correcting.evidenceUrl());
            comment.setValue(correcting.comment() == null ? "" : correcting.comment());
        } else {
            year.setValue(LocalDate.now(UserZone.zone()).getYear() - 1);
        }
        FormLayout form = new FormLayout(year, period, value, evidence);
        form.add(comment, 2);
        form.add(reason, 2);
        add(form);
        // For a KPI reported once a year the period is not shown, so a refusal about it is shown at the year.
        FieldErrors errors = new FieldErrors().bind("year", year)
                .bind("period", kpi.frequency().periodsPerYear() > 1 ? period : year).bind("value", value)
                .bind("evidence", evidence).bind("comment", comment).bind("reason", reason);
        Button save = new Button(getTranslation(correction ? "implementation.save-correction"
                : "implementation.save-actual"), e -> {
            // A yearly KPI has one period; its selector is hidden and not relied on.
            Integer periodNo = kpi.frequency().periodsPerYear() == 1 ? Integer.valueOf(1) : period.getValue();
            NewActual input = new NewActual(year.getValue(), periodNo, value.getValue(),
                    evidence.getValue(), comment.getValue());
            if (errors.run(() -> {
                if (correction) {
                    register.correctActual(kpi.id(), input, reason.getValue());
                } else {
                    register.reportActual(kpi.id(), input);
                }
            })) {
                close();
                onSaved.run();
            }
        });
        save.setId("actual-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), save);
    }
}
