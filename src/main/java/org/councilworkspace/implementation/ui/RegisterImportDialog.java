package org.councilworkspace.implementation.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.StreamResource;
import java.util.Locale;
import java.util.stream.Collectors;
import org.councilworkspace.base.InvalidInputException;
import org.councilworkspace.base.ui.ImportFileUpload;
import org.councilworkspace.base.ui.Notifications;
import org.councilworkspace.base.ui.Translations;
import org.councilworkspace.implementation.ImplementationService;
import org.councilworkspace.implementation.ImportProblem;
import org.councilworkspace.implementation.RegisterImportLine;
import org.councilworkspace.implementation.RegisterImportPreview;
import org.councilworkspace.implementation.RegisterImportResult;

/**
 * Importing measures and KPIs from a file: the templates to download, the upload, a preview that lists every line
 * with what it creates or why it cannot, and the import, which a file with problems gets only when the person
 * chooses to skip those lines. Every refusal comes from the service.
 */
class RegisterImportDialog extends Dialog {

    static final int MAX_MEGABYTES = 2;

    private final ImplementationService register;
    private final long planId;
    private final Runnable onImported;
    private final Div preview = new Div();
    private String fileName;
    private byte[] content;
    private boolean imported;

    RegisterImportDialog(ImplementationService register, long planId, Runnable onImported) {
        this.register = register;
        this.planId = planId;
        this.onImported = onImported;
        setHeaderTitle(getTranslation("implementation.import.title"));
        setWidth("min(72rem, 96vw)");
        preview.setId("register-import-preview-area");
        preview.setWidthFull();
        add(new Paragraph(getTranslation("implementation.import.intro")),
                new HorizontalLayout(template(false), template(true)), upload(), preview);
        Button close = new Button(getTranslation("implementation.import.close"), e -> close());
        close.setId("register-import-close");
        getFooter().add(close);
        // The page behind shows the new measures once the person has read the result and closed the dialog.
        addOpenedChangeListener(e -> {
            if (!e.isOpened() && imported) {
                onImported.run();
            }
        });
    }

    private Anchor template(boolean csv) {
        Locale locale = UI.getCurrent().getLocale();
        StreamResource file = new StreamResource("register-template-" + planId + (csv ? ".csv" : ".xlsx"),
                (out, session) -> register.writeImportTemplate(planId, locale, csv, out));
        file.setContentType(csv ? "text/csv; charset=utf-8"
                : "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        Anchor anchor = new Anchor(file, getTranslation(csv ? "implementation.import.template-csv"
                : "implementation.import.template-xlsx"));
        anchor.getElement().setAttribute("download", true);
        anchor.setId(csv ? "register-template-csv" : "register-template-xlsx");
        return anchor;
    }

    private Upload upload() {
        return ImportFileUpload.create("register-import-file", MAX_MEGABYTES,
                getTranslation("implementation.import.file", MAX_MEGABYTES),
                getTranslation("implementation.import.error.too-large", MAX_MEGABYTES), this::received);
    }

    /** What the upload brought in (null bytes: over the cap); shows the preview or why the file is refused. */
    void received(String name, byte[] bytes) {
        preview.removeAll();
        if (bytes == null) {
            refused(getTranslation("implementation.import.error.too-large", MAX_MEGABYTES));
            return;
        }
        fileName = name;
        content = bytes;
        try {
            show(register.previewImport(planId, name, bytes));
        } catch (InvalidInputException e) {
            refused(Translations.message(e));
        }
    }

    private void refused(String message) {
        preview.add(ImportFileUpload.refusal("register-import-file-problem", message));
    }

    private void show(RegisterImportPreview lines) {
        Paragraph summary = new Paragraph(getTranslation("implementation.import.summary", lines.lines().size(),
                lines.importable(), lines.measures(), lines.kpis(), lines.withProblems()));
        summary.setId("register-import-summary");
        Checkbox skip = new Checkbox(getTranslation("implementation.import.skip", lines.withProblems()));
        skip.setId("register-import-skip");
        skip.setVisible(lines.withProblems() > 0);
        Button confirm = new Button(getTranslation("implementation.import.confirm", lines.importable()));
        confirm.setId("register-import-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        confirm.setEnabled(lines.importable() > 0 && lines.withProblems() == 0);
        skip.addValueChangeListener(e -> confirm.setEnabled(lines.importable() > 0 && e.getValue()));
        confirm.addClickListener(e -> runImport(skip.getValue()));
        preview.add(summary, grid(lines), skip, confirm);
    }

    /** At most the file's cap of lines, so they are held in memory while the dialog is open. */
    private Grid<RegisterImportLine> grid(RegisterImportPreview lines) {
        Grid<RegisterImportLine> grid = new Grid<>();
        grid.setId("register-import-lines");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT);
        grid.getElement().setAttribute("aria-label", getTranslation("implementation.import.preview"));
        grid.addColumn(RegisterImportLine::line).setHeader(getTranslation("implementation.import.col.line"))
                .setAutoWidth(true).setFlexGrow(0).setKey("line");
        grid.addColumn(RegisterImportLine::section).setHeader(getTranslation("implementation.import.col.section"))
                .setAutoWidth(true);
        grid.addColumn(RegisterImportLine::measureTitle)
                .setHeader(getTranslation("implementation.import.col.measure")).setFlexGrow(2);
        grid.addColumn(RegisterImportLine::kpiName).setHeader(getTranslation("implementation.import.col.kpi"))
                .setFlexGrow(2);
        grid.addComponentColumn(RegisterImportDialog::status)
                .setHeader(getTranslation("implementation.import.col.problems")).setFlexGrow(3).setKey("status");
        grid.setItems(lines.lines());
        grid.setHeight("min(28rem, 60vh)");
        return grid;
    }

    private static Span status(RegisterImportLine line) {
        if (line.importable()) {
            String what = line.measureLine() ? Translations.t("implementation.import.ready-measure")
                    + (line.kpi() == null ? "" : " + " + Translations.t("implementation.import.ready-kpi"))
                    : Translations.t("implementation.import.ready-kpi");
            return new Span("✔ " + what);
        }
        Span problems = new Span("⚠ " + line.problems().stream().map(RegisterImportDialog::problem)
                .collect(Collectors.joining(" · ")));
        problems.addClassName("cw-warning");
        return problems;
    }

    /** "Lead agency: there is no agency …": the column in the reader's language, then the reason. */
    static String problem(ImportProblem p) {
        String reason = Translations.t(p.messageKey(), p.args().toArray());
        return p.column() == null ? reason
                : Translations.t("implementation.import.col." + p.column().replace('_', '-')) + ": " + reason;
    }

    private void runImport(boolean skipLinesWithProblems) {
        try {
            RegisterImportResult done = register.importMeasures(planId, fileName, content, skipLinesWithProblems);
            preview.removeAll();
            content = null;
            Paragraph result = new Paragraph("✔ " + getTranslation("implementation.import.done", done.measures(),
                    done.kpis(), done.skipped()));
            result.setId("register-import-result");
            result.getElement().setAttribute("role", "status");
            preview.add(result);
            imported = true;
        } catch (InvalidInputException e) {
            Notifications.error(Translations.message(e));
        }
    }
}
