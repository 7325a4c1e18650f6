package org.councilworkspace.memberimport.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.councilworkspace.base.InvalidInputException;
import org.councilworkspace.base.ui.ImportFileUpload;
import org.councilworkspace.base.ui.Notifications;
import org.councilworkspace.base.ui.Translations;
import org.councilworkspace.council.CouncilService;
import org.councilworkspace.council.ui.CouncilPaths;
import org.councilworkspace.council.ui.CouncilRoutes;
import org.councilworkspace.council.ui.CouncilTabs;
import org.councilworkspace.memberimport.ImportPreview;
import org.councilworkspace.memberimport.ImportResult;
import org.councilworkspace.memberimport.MemberImportService;

/**
 * Importing members from a file: upload, a preview that marks each line's problems, and the import, which a file
 * with problems gets only when the person chooses to skip those lines. Refusals come from the service.
 */
@Route("councils/:councilId(\\d+)/members/import")
@PermitAll
public class MemberImportView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    static final int MAX_MEGABYTES = 2;

    private final MemberImportService imports;
    private final CouncilService councils;
    private final CouncilTabs tabs;
    private final Div preview = new Div();
    private final Div result = new Div();
    private long councilId;
    private String fileName;
    private byte[] content;

    public MemberImportView(MemberImportService imports, CouncilService councils, CouncilTabs tabs) {
        this.imports = imports;
        this.councils = councils;
        this.tabs = tabs;
        addClassName("cw-page");
        preview.setId("import-preview-area");
        preview.setWidthFull();
        result.setId("import-result-area");
        result.setWidthFull();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        councilId = CouncilRoutes.councilId(event);
        // Asking for the roles one may give is the service's check that this person manages the members.
        councils.grantableRoles(councilId);
        removeAll();
        add(tabs.create(councilId, CouncilPaths.members(councilId)),
                new Anchor(CouncilPaths.members(councilId), "← " + getTranslation("members.import.back")),
                new H1(getTranslation("members.import.title")),
                new Paragraph(getTranslation("members.import.format")),
                new Paragraph(getTranslation("members.import.ceiling")), upload(), preview, result);
    }

    private Upload upload() {
        return ImportFileUpload.create("import-file", MAX_MEGABYTES,
                getTranslation("members.import.file", MAX_MEGABYTES),
                getTranslation("members.import.error.too-large", MAX_MEGABYTES), this::received);
    }

    /** What the upload brought in (null bytes: over the cap); shows the preview. */
    void received(String name, byte[] bytes) {
        preview.removeAll();
        result.removeAll();
        if (bytes == null) {
            Notifications.error(getTranslation("members.import.error.too-large", MAX_MEGABYTES));
            return;
        }
        fileName = name;
        content = bytes;
        try {
            show(imports.preview(councilId, name, bytes));
        } catch (InvalidInputException e) {
            preview.add(ImportFileUpload.refusal("import-file-problem", Translations.message(e)));
        }
    }

    private void show(ImportPreview lines) {
        Paragraph summary = new Paragraph(getTranslation("members.import.summary", lines.lines().size(),
                lines.importable(), lines.withProblems()));
        summary.setId("import-summary");
        Checkbox skip = new Checkbox(getTranslation("members.import.skip", lines.withProblems()));
        skip.setId("import-skip");
        skip.setVisible(lines.withProblems() > 0);
        Button confirm = new Button(getTranslation("members.import.confirm", lines.importable()));
        confirm.setId("import-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        confirm.setEnabled(lines.importable() > 0 && lines.withProblems() == 0);
        skip.addValueChangeListener(e -> confirm.setEnabled(lines.importable() > 0 && e.getValue()));
        confirm.addClickListener(e -> runImport(skip.getValue()));
        preview.add(summary, PreviewGrid.of(lines), skip, confirm);
    }

    private void runImport(boolean skipLinesWithProblems) {
        try {
            ImportResult done = imports.importMembers(councilId, fileName, content, skipLinesWithProblems);
            preview.removeAll();
            result.removeAll();
            result.add(ImportOutcome.of(done));
            content = null;
        } catch (InvalidInputException e) {
            Notifications.error(Translations.message(e));
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("members.import.title") + " · " + getTranslation("app.name");
    }
}
