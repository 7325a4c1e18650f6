package org.councilworkspace.memberimport.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Span;
import java.util.stream.Collectors;
import org.councilworkspace.base.ui.Translations;
import org.councilworkspace.memberimport.ImportLine;
import org.councilworkspace.memberimport.ImportPreview;

/** The preview: one row per line of the file, its problems in words beside what was read. */
final class PreviewGrid {

    private PreviewGrid() {
    }

    /** The lines are at most the file's cap (2,000), so they are held in memory for the preview's lifetime. */
    static Grid<ImportLine> of(ImportPreview preview) {
        Grid<ImportLine> grid = new Grid<>();
        grid.setId("import-preview");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT);
        grid.getElement().setAttribute("aria-label", Translations.t("members.import.preview"));
        grid.addColumn(ImportLine::line).setHeader(Translations.t("members.import.col.line")).setAutoWidth(true)
                .setFlexGrow(0).setKey("line");
        grid.addColumn(ImportLine::name).setHeader(Translations.t("members.import.col.name")).setKey("name");
        grid.addColumn(ImportLine::email).setHeader(Translations.t("members.import.col.email")).setKey("email");
        grid.addColumn(ImportLine::affiliation).setHeader(Translations.t("members.import.col.affiliation"));
        grid.addColumn(l -> l.group() == null ? "" : Translations.label(l.group()))
                .setHeader(Translations.t("members.import.col.group"));
        grid.addColumn(l -> l.role() == null ? "" : Translations.label(l.role()))
                .setHeader(Translations.t("members.import.col.role"));
        grid.addColumn(ImportLine::language).setHeader(Translations.t("members.import.col.language")).setAutoWidth(true)
                .setFlexGrow(0);
        grid.addComponentColumn(PreviewGrid::status).setHeader(Translations.t("members.import.col.status"))
                .setFlexGrow(2).setKey("status");
        grid.setItems(preview.lines());
        grid.setHeight("min(32rem, 70vh)");
        return grid;
    }

    private static Span status(ImportLine line) {
        if (line.importable()) {
            return new Span("✔ " + Translations.t(line.existingAccount() ? "members.import.ready-existing"
                    : "members.import.ready-new"));
        }
        Span problems = new Span("⚠ " + line.problems().stream().map(p -> Translations.t(p.messageKey(), p.value()))
                .collect(Collectors.joining(" · ")));
        problems.addClassName("cw-warning");
        return problems;
    }
}
