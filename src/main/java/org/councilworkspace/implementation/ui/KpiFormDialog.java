package org.councilworkspace.implementation.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.councilworkspace.base.ui.FieldErrors;
import org.councilworkspace.base.ui.Translations;
import org.councilworkspace.implementation.Direction;
import org.councilworkspace.implementation.ImplementationService;
import org.councilworkspace.implementation.KpiTarget;
import org.councilworkspace.implementation.NewKpi;
import org.councilworkspace.implementation.ReportingFrequency;

/** Adds a KPI to a measure: what is measured, its baseline, a target per year, direction, source, frequency. */
class KpiFormDialog extends Dialog {

    private static final int TARGET_ROWS = 5;

    KpiFormDialog(ImplementationService register, long measureId, int firstYear, Runnable onSaved) {
        setHeaderTitle(getTranslation("implementation.new-kpi"));
        setWidth("min(44rem, 96vw)");
        TextField name = new TextField(getTranslation("implementation.kpi-name"));
        name.setId("kpi-form-name");
        name.setMaxLength(300);
        TextField unit = new TextField(getTranslation("implementation.unit"));
        unit.setId("kpi-form-unit");
        unit.setMaxLength(50);
        IntegerField baselineYear = new IntegerField(getTranslation("implementation.baseline-year"));
        baselineYear.setId("kpi-form-baseline-year");
        baselineYear.setValue(firstYear - 1);
        BigDecimalField baseline = new BigDecimalField(getTranslation("implementation.baseline-value"));
        baseline.setId("kpi-form-baseline-value");
        Select<Direction> direction = new Select<>();
        direction.setId("kpi-form-direction");
        direction.setLabel(getTranslation("implementation.direction"));
        direction.setItems(Direction.values());
        direction.setItemLabelGenerator(Translations::label);
        direction.setValue(Direction.INCREASE);
        TextField source = new TextField(getTranslation("implementation.data-source"));
        source.setId("kpi-form-source");
        source.setMaxLength(500);
        Select<ReportingFrequency> frequency = new Select<>();
        frequency.setId("kpi-form-frequency");
        frequency.setLabel(getTranslation("implementation.frequency"));
        frequency.setItems(ReportingFrequency.values());
        frequency.setItemLabelGenerator(Translations::label);
        frequency.setValue(ReportingFrequency.ANNUAL);
        FormLayout form = new FormLayout(name, unit, baselineYear, baseline, direction, frequency);
        form.add(source, 2);
        IntegerField[] years = new IntegerField[TARGET_ROWS];
        BigDecimalField[] values = new BigDecimalField[TARGET_ROWS];
        for (int i = 0; i < TARGET_ROWS; i++) {
            years[i] = new IntegerField(getTranslation("implementation.target-year"));
            years[i].setId("kpi-form-target-year-" + i);
            years[i].setValue(firstYear + i);
            values[i] = new BigDecimalField(getTranslation("implementation.target-value"));
            values[i].setId("kpi-form-target-value-" + i);
            form.add(years[i], values[i]);
        }
        add(form);
        FieldErrors errors = new FieldErrors().bind("name", name).bind("unit", unit)
                .bind("baselineYear", baselineYear).bind("baselineValue", baseline).bind("direction", direction)
                .bind("dataSource", source).bind("frequency", frequency).bind("targets", values[0]);
        Button save = new Button(getTranslation("action.save"), e -> {
            // A target row counts once it has a value; its year alone is only the form's suggestion.
            List<KpiTarget> targets = Stream.iterate(0, i -> i + 1).limit(TARGET_ROWS)
                    .filter(i -> values[i].getValue() != null)
                    .map(i -> new KpiTarget(Objects.requireNonNullElse(years[i].getValue(), 0), values[i].getValue()))
                    .toList();
            if (errors.run(() -> register.addKpi(measureId, new NewKpi(name.getValue(), unit.getValue(),
                    baselineYear.getValue(), baseline.getValue(), direction.getValue(), source.getValue(),
                    frequency.getValue(), targets)))) {
                close();
                onSaved.run();
            }
        });
        save.setId("kpi-form-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), save);
    }
}
