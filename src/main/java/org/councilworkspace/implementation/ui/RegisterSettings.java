package org.councilworkspace.implementation.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import org.councilworkspace.base.ui.FieldErrors;
import org.councilworkspace.base.ui.Notifications;
import org.councilworkspace.implementation.Agency;
import org.councilworkspace.implementation.ImplementationService;

/**
 * What the plan's managers set up: the council's agencies (each linked to the affiliation its reporters give in
 * their membership) and the tolerance of the KPI status rule.
 */
class RegisterSettings extends Details {

    RegisterSettings(ImplementationService register, long councilId, Runnable changed) {
        setSummaryText(getTranslation("implementation.settings"));
        setId("register-settings");
        VerticalLayout body = new VerticalLayout();
        body.setPadding(false);
        Grid<Agency> agencies = new Grid<>();
        agencies.setId("agencies-grid");
        agencies.setAllRowsVisible(true);
        agencies.getElement().setAttribute("aria-label", getTranslation("implementation.agencies"));
        agencies.addColumn(Agency::name).setHeader(getTranslation("implementation.agency"));
        agencies.addColumn(Agency::affiliation).setHeader(getTranslation("implementation.affiliation"));
        agencies.setItems(register.agencies(councilId));
        agencies.setEmptyStateText(getTranslation("implementation.no-agencies"));
        TextField name = new TextField(getTranslation("implementation.agency-name"));
        name.setId("agency-name");
        name.setMaxLength(200);
        ComboBox<String> affiliation = new ComboBox<>(getTranslation("implementation.affiliation"));
        affiliation.setId("agency-affiliation");
        affiliation.setItems(register.memberAffiliations(councilId));
        affiliation.setAllowCustomValue(true);
        affiliation.addCustomValueSetListener(e -> affiliation.setValue(e.getDetail()));
        affiliation.setHelperText(getTranslation("implementation.affiliation-help"));
        FieldErrors errors = new FieldErrors().bind("name", name).bind("affiliation", affiliation);
        Button add = new Button(getTranslation("implementation.add-agency"), e -> {
            if (errors.run(() -> register.addAgency(councilId, name.getValue(), affiliation.getValue()))) {
                Notifications.success(getTranslation("implementation.agency-added", name.getValue()));
                changed.run();
            }
        });
        add.setId("add-agency");
        HorizontalLayout agencyRow = new HorizontalLayout(name, affiliation, add);
        agencyRow.setAlignItems(FlexComponent.Alignment.BASELINE);
        agencyRow.setWrap(true);
        IntegerField tolerance = new IntegerField(getTranslation("implementation.tolerance"));
        tolerance.setId("kpi-tolerance");
        tolerance.setMin(0);
        tolerance.setMax(100);
        tolerance.setStepButtonsVisible(true);
        tolerance.setValue(register.tolerance(councilId));
        tolerance.setHelperText(getTranslation("implementation.tolerance-help"));
        FieldErrors toleranceErrors = new FieldErrors().bind("tolerance", tolerance);
        Button save = new Button(getTranslation("action.save"), e -> {
            if (toleranceErrors.run(() -> register.setTolerance(councilId, tolerance.getValue()))) {
                Notifications.success(getTranslation("implementation.tolerance-saved", tolerance.getValue()));
                changed.run();
            }
        });
        save.setId("save-tolerance");
        save.getElement().setAttribute("aria-label", getTranslation("implementation.tolerance-save"));
        HorizontalLayout toleranceRow = new HorizontalLayout(tolerance, save);
        toleranceRow.setAlignItems(FlexComponent.Alignment.BASELINE);
        body.add(agencies, agencyRow, toleranceRow);
        add(body);
    }
}
