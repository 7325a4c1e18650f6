package org.councilworkspace.planimport.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import java.time.Year;
import org.councilworkspace.base.ui.Pickers;
import org.councilworkspace.base.InvalidInputException;
import org.councilworkspace.base.ui.FieldErrors;
import org.councilworkspace.base.ui.Notifications;
import org.councilworkspace.base.ui.Translations;
import org.councilworkspace.plan.NewPlan;
import org.councilworkspace.plan.Plan;
import org.councilworkspace.planimport.ImportPreview;
import org.councilworkspace.planimport.ImportService;

/**
 * Upload, preview, then save: the preview shows the outline and what will not be carried over, and nothing is saved
 * until the person presses the button under it. For a new plan the title and cycle are asked for there too.
 */
final class ImportDialog extends Dialog {

    private final ImportService imports;
    private final Long councilId;
    private final Plan plan;
    private final Div result = new Div();
    private final Paragraph refusal = new Paragraph();
    private final Button save = new Button();
    private final TextField title = new TextField();
    private final IntegerField start = new IntegerField();
    private final IntegerField end = new IntegerField();
    private ImportPreview preview;

    /** Importing as a new plan of the council. */
    static ImportDialog newPlan(ImportService imports, long councilId) {
        return new ImportDialog(imports, councilId, null);
    }

    /** Importing into the plan's outline. */
    static ImportDialog into(ImportService imports, Plan plan) {
        return new ImportDialog(imports, null, plan);
    }

    private ImportDialog(ImportService imports, Long councilId, Plan plan) {
        this.imports = imports;
        this.councilId = councilId;
        this.plan = plan;
        setId("import-dialog");
        setWidth("min(44rem, 96vw)");
        setHeaderTitle(plan == null ? getTranslation("import.open") : getTranslation("import.into-title", plan.title()));
        long maxMb = imports.maxBytes() / (1024 * 1024);
        UI ui = UI.getCurrent();
        Upload upload = Pickers.localize(new Upload(new CappedUpload(imports.maxBytes(), received -> ui.access(() -> show(received)))));
        upload.setId("import-upload");
        upload.setMaxFiles(1);
        upload.setMaxFileSize((int) Math.min(Integer.MAX_VALUE, imports.maxBytes()));
        // A hint for the file chooser only; the service decides from the content.
        upload.setAcceptedFileTypes(".docx", ".md", ".markdown", ".txt");
        upload.getElement().setAttribute("aria-label", getTranslation("import.open"));
        upload.addFileRejectedListener(e -> refuse(getTranslation("import.refused-by-browser", maxMb)));
        upload.addFileRemovedListener(e -> clear());
        refusal.setId("import-refusal");
        refusal.getStyle().set("color", "var(--lumo-error-text-color)");
        add(new Paragraph(getTranslation("import.upload-hint", maxMb)), upload, refusal, result);
        save.setId("import-save");
        save.setText(getTranslation(plan == null ? "import.create" : "import.add"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setEnabled(false);
        save.addClickListener(e -> save());
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), save);
    }

    /** What the upload received; package-private so a browserless test can hand a file over directly. */
    void show(CappedUpload.Received received) {
        clear();
        if (received.content() == null) {
            refuse(Translations.t("import.too-large", imports.maxBytes() / (1024 * 1024)));
            return;
        }
        try {
            preview = plan == null ? imports.preview(councilId, received.fileName(), received.content())
                    : imports.previewInto(plan.id(), received.fileName(), received.content());
        } catch (InvalidInputException e) {
            refuse(Translations.message(e));
            return;
        }
        result.add(new ImportPreviewPanel(preview, imports.maxImageBytes() / (1024 * 1024)));
        if (plan == null) {
            result.add(planFields(preview));
        }
        save.setEnabled(true);
    }

    private FormLayout planFields(ImportPreview preview) {
        int year = Year.now().getValue() + 1;
        title.setLabel(getTranslation("plan.title"));
        title.setId("import-plan-title");
        title.setMaxLength(300);
        title.setValue(preview.documentTitle() != null ? preview.documentTitle()
                : preview.fileName().replaceFirst("\\.[^.]+$", ""));
        start.setLabel(getTranslation("plan.cycle-start"));
        start.setId("import-cycle-start");
        start.setValue(year);
        end.setLabel(getTranslation("plan.cycle-end"));
        end.setId("import-cycle-end");
        end.setValue(year + 4);
        FormLayout form = new FormLayout(title, start, end);
        form.setColspan(title, 2);
        return form;
    }

    private void save() {
        FieldErrors errors = new FieldErrors().bind("title", title).bind("cycleStart", start).bind("cycleEnd", end);
        errors.run(() -> {
            if (plan == null) {
                long id = imports.createPlan(councilId, new NewPlan(title.getValue(), start.getValue(), end.getValue(),
                        null), preview);
                Notifications.success(getTranslation("import.created", preview.fileName()));
                close();
                UI.getCurrent().navigate("plans/" + id);
            } else {
                int added = imports.addToPlan(plan.id(), preview);
                Notifications.success(getTranslation("import.added", added, preview.fileName()));
                close();
                UI.getCurrent().getPage().reload();
            }
        });
    }

    private void refuse(String message) {
        preview = null;
        save.setEnabled(false);
        refusal.setText(message);
    }

    private void clear() {
        preview = null;
        save.setEnabled(false);
        refusal.setText("");
        result.removeAll();
    }
}
