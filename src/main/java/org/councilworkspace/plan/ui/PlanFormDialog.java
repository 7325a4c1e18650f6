package org.councilworkspace.plan.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.function.ToLongFunction;
import org.councilworkspace.base.ui.FieldErrors;
import org.councilworkspace.plan.NewPlan;

/** Title, cycle and the national plan it aligns with: for a new plan or the next cycle of one. */
class PlanFormDialog extends Dialog {

    PlanFormDialog(String heading, NewPlan initial, ToLongFunction<NewPlan> create, java.util.function.LongConsumer onCreated) {
        setHeaderTitle(heading);
        setWidth("min(40rem, 96vw)");
        TextField title = new TextField(getTranslation("plan.title"));
        title.setId("plan-form-title");
        title.setMaxLength(300);
        title.setRequiredIndicatorVisible(true);
        title.setValue(initial.title());
        IntegerField start = new IntegerField(getTranslation("plan.cycle-start"));
        start.setId("plan-form-cycle-start");
        start.setValue(initial.cycleStart());
        IntegerField end = new IntegerField(getTranslation("plan.cycle-end"));
        end.setId("plan-form-cycle-end");
        end.setValue(initial.cycleEnd());
        TextField national = new TextField(getTranslation("plan.national-plan"));
        national.setId("plan-form-national");
        national.setMaxLength(300);
        national.setHelperText(getTranslation("plan.national-plan-help"));
        national.setValue(initial.nationalPlan() == null ? "" : initial.nationalPlan());
        FormLayout form = new FormLayout(title, start, end, national);
        form.setColspan(title, 2);
        form.setColspan(national, 2);
        add(form);
        FieldErrors errors = new FieldErrors().bind("title", title).bind("cycleStart", start).bind("cycleEnd", end)
                .bind("nationalPlan", national);
        Button save = new Button(getTranslation("action.create"), e -> errors.run(() -> {
            long id = create.applyAsLong(new NewPlan(title.getValue(), start.getValue(), end.getValue(), national.getValue()));
            close();
            onCreated.accept(id);
        }));
        save.setId("plan-form-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), save);
    }
}
