package org.councilworkspace.planimport.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.util.Optional;
import org.councilworkspace.plan.Plan;
import org.councilworkspace.plan.ui.PlanToolContributor;
import org.councilworkspace.planimport.ImportService;
import org.councilworkspace.security.AccessGuard;
import org.councilworkspace.security.CouncilAction;

/** "Import a document" on the plans list and "Import into this plan" on the outline, for those who manage plans. */
@org.springframework.stereotype.Component
class ImportTools implements PlanToolContributor {

    private final ImportService imports;
    private final AccessGuard guard;

    ImportTools(ImportService imports, AccessGuard guard) {
        this.imports = imports;
        this.guard = guard;
    }

    @Override
    public Optional<Component> plansListTool(long councilId) {
        if (!guard.may(councilId, CouncilAction.MANAGE_PLAN)) {
            return Optional.empty();
        }
        Button button = new Button(null, VaadinIcon.UPLOAD.create(), e -> ImportDialog.newPlan(imports, councilId).open());
        button.setText(button.getTranslation("import.open"));
        button.setId("import-document");
        return Optional.of(button);
    }

    @Override
    public Optional<Component> outlineTool(Plan plan) {
        if (!guard.may(plan.councilId(), CouncilAction.MANAGE_PLAN) || plan.status().textLocked()) {
            return Optional.empty();
        }
        Button button = new Button(null, VaadinIcon.UPLOAD.create(), e -> ImportDialog.into(imports, plan).open());
        button.setText(button.getTranslation("import.into"));
        button.setId("import-into-plan");
        return Optional.of(button);
    }
}
