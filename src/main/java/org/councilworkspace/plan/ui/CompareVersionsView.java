package org.councilworkspace.plan.ui;

import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.councilworkspace.base.NotFoundException;
import org.councilworkspace.base.ui.UserZone;
import org.councilworkspace.base.ui.Translations;
import org.councilworkspace.document.ui.PdfLink;
import org.councilworkspace.plan.FrozenVersion;
import org.councilworkspace.plan.PlanExports;
import org.councilworkspace.plan.SectionChange;
import org.councilworkspace.plan.VersionService;
import org.councilworkspace.wordexport.ui.DocxLink;

/** Two plan versions compared plan-wide: what was added, removed, moved, renamed and changed, with each diff. */
@Route("plans/:planId(\\d+)/compare/:from(\\d+)/:to(\\d+)")
@PermitAll
public class CompareVersionsView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final VersionService versions;
    private final PlanExports exports;

    public CompareVersionsView(VersionService versions, PlanExports exports) {
        this.versions = versions;
        this.exports = exports;
        addClassName("cw-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long fromId = event.getRouteParameters().getLong("from").orElseThrow(() -> new NotFoundException("Version"));
        long toId = event.getRouteParameters().getLong("to").orElseThrow(() -> new NotFoundException("Version"));
        FrozenVersion from = versions.version(fromId);
        FrozenVersion to = versions.version(toId);
        List<SectionChange> changes = versions.compare(fromId, toId);
        String tableName = "plan-" + from.plan().id() + "-v" + from.info().number() + "-v" + to.info().number()
                + "-table";
        removeAll();
        add(new Anchor(PlanPaths.versions(from.plan().id()), "← " + getTranslation("versions.title")),
                new H1(getTranslation("compare.title", from.info().label(), to.info().label())), summary(changes),
                DocxLink.ofBytes("download-tracked-docx", "plan-" + from.plan().id() + "-v" + from.info().number() + "-v"
                        + to.info().number() + "-changes.docx", getTranslation("docx.download.tracked"),
                        locale -> TrackedChangesExport.docx(versions, fromId, toId, locale)),
                DocxLink.create("download-comparison-docx", tableName + ".docx",
                        getTranslation("docx.download.comparison"),
                        locale -> exports.comparison(fromId, toId, locale.zone())),
                PdfLink.create("download-comparison-pdf", tableName + ".pdf",
                        getTranslation("comparison.download.pdf"),
                        locale -> exports.comparisonPdf(fromId, toId, locale.zone())));
        Div list = new Div();
        list.setId("version-changes");
        changes.stream().filter(c -> c.kind() != SectionChange.Kind.UNCHANGED).forEach(c -> list.add(change(c)));
        if (list.getChildren().findAny().isEmpty()) {
            list.add(new Paragraph(getTranslation("diff.no-changes")));
        }
        add(list, new FrozenItemChanges(versions.compareRecords(fromId, toId, getLocale(), UserZone.zone())));
    }

    private Paragraph summary(List<SectionChange> changes) {
        Map<SectionChange.Kind, Long> counts = new EnumMap<>(SectionChange.Kind.class);
        counts.putAll(changes.stream().collect(Collectors.groupingBy(SectionChange::kind, Collectors.counting())));
        String text = counts.entrySet().stream().filter(e -> e.getKey() != SectionChange.Kind.UNCHANGED)
                .map(e -> Translations.label(e.getKey()) + ": " + e.getValue()).collect(Collectors.joining(" · "));
        Paragraph summary = new Paragraph(text.isEmpty() ? getTranslation("diff.no-changes") : text);
        summary.setId("compare-summary");
        return summary;
    }

    private Details change(SectionChange c) {
        Span kind = new Span(Translations.label(c.kind()));
        kind.getElement().getThemeList().add("badge");
        String title = c.after() != null ? c.after().numberedTitle() : c.before().numberedTitle();
        Div summary = new Div(kind, new Span(" " + title));
        if (c.moved() || c.renamed()) {
            Span was = new Span(" " + getTranslation("compare.was", c.before().numberedTitle()));
            was.addClassName("cw-muted");
            summary.add(was);
        }
        Details details = new Details(summary);
        details.setWidthFull();
        if (!c.diff().isEmpty()) {
            details.add(new DiffView(c.diff()));
        }
        details.setOpened(c.kind() == SectionChange.Kind.CHANGED);
        return details;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("versions.compare") + " · " + getTranslation("app.name");
    }
}
