package org.councilworkspace.plan.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.util.List;
import java.util.function.Supplier;
import org.councilworkspace.base.NotFoundException;
import org.councilworkspace.base.ui.Formats;
import org.councilworkspace.base.ui.UserZone;
import org.councilworkspace.council.CouncilService;
import org.councilworkspace.document.PdfRenderer;
import org.councilworkspace.document.ui.ExportLink;
import org.councilworkspace.document.ui.PdfLink;
import org.councilworkspace.plan.FrozenVersion;
import org.councilworkspace.plan.PlanExports;
import org.councilworkspace.wordexport.ui.DocxLink;
import org.councilworkspace.plan.VersionRecords;
import org.councilworkspace.plan.VersionSection;
import org.councilworkspace.plan.VersionService;

/** A frozen plan version, read-only, with its table of contents and downloads as Markdown, HTML and PDF. */
@Route("plans/:planId(\\d+)/versions/:versionId(\\d+)")
@PermitAll
public class VersionView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final VersionService versions;
    private final CouncilService councils;
    private final PlanExports exports;
    private FrozenVersion version;

    public VersionView(VersionService versions, CouncilService councils, PlanExports exports) {
        this.versions = versions;
        this.councils = councils;
        this.exports = exports;
        addClassName("cw-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long versionId = event.getRouteParameters().getLong("versionId").orElseThrow(() -> new NotFoundException("Version"));
        version = versions.version(versionId);
        if (event.getRouteParameters().getLong("planId").orElse(-1L) != version.plan().id()) {
            throw new NotFoundException("Version");
        }
        removeAll();
        String file = "plan-" + version.plan().id() + "-v" + version.info().number();
        ZoneId zone = UserZone.zone();
        Anchor markdown = download(file + ".md", "text/markdown", () -> versions.exportMarkdown(versionId, zone),
                getTranslation("versions.download-md"));
        markdown.setId("download-markdown");
        Anchor html = download(file + ".html", "text/html", () -> versions.exportHtml(versionId, zone),
                getTranslation("versions.download-html"));
        html.setId("download-html");
        Anchor pdf = PdfLink.create("download-pdf", file + ".pdf", getTranslation("document.download.pdf"),
                locale -> exports.versionPdf(versionId, locale, new PdfRenderer.Options(false)));
        Anchor pdfLines = PdfLink.create("download-pdf-lines", file + "-lines.pdf",
                getTranslation("document.download.pdf-lines"),
                locale -> exports.versionPdf(versionId, locale, new PdfRenderer.Options(true)));
        Anchor docx = DocxLink.create("download-docx", file + ".docx", getTranslation("docx.download.version"),
                locale -> exports.version(versionId, locale));
        HorizontalLayout downloads = new HorizontalLayout(markdown, html, pdf, pdfLines, docx);
        add(new Anchor(PlanPaths.versions(version.plan().id()), "← " + getTranslation("versions.title")),
                new H1(version.plan().title() + " — " + version.info().label()),
                new Paragraph(getTranslation("versions.frozen-by", version.info().number(), version.info().createdByName(),
                        Formats.dateTime(version.info().createdAt(), councils.language(version.plan().councilId())
                                .calendar()))), downloads, contents(),
                body(versions.records(versionId, getLocale(), zone)));
    }

    private Nav contents() {
        OrderedList list = new OrderedList();
        list.addClassName("cw-toc");
        for (VersionSection s : version.sections()) {
            ListItem item = new ListItem(new Anchor("#s" + s.sectionId(), s.numberedTitle()));
            item.addClassName("d" + s.depth());
            list.add(item);
        }
        Nav nav = new Nav(new H2(getTranslation("versions.contents")), list);
        nav.getElement().setAttribute("aria-label", getTranslation("versions.contents"));
        return nav;
    }

    /** Each section's text as frozen, followed by what was recorded with the version for it (its measures). */
    private Div body(List<VersionRecords> records) {
        Div body = new Div();
        body.setId("version-body");
        for (VersionSection s : version.sections()) {
            Section section = new Section();
            section.setId("s" + s.sectionId());
            H2 heading = new H2(s.numberedTitle());
            heading.addClassName("cw-depth-" + s.depth());
            section.add(heading, new RenderedMarkdown(s.body()));
            for (VersionRecords r : records) {
                if (!r.ofSection(s.sectionId()).isEmpty()) {
                    section.add(new FrozenItemsPanel(s.sectionId(), r.heading(), r.ofSection(s.sectionId())));
                }
            }
            body.add(section);
        }
        return body;
    }

    private static Anchor download(String fileName, String type, Supplier<String> content, String label) {
        return ExportLink.create(null, fileName, type + "; charset=utf-8", label, true,
                () -> content.get().getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public String getPageTitle() {
        return (version == null ? "" : version.info().label() + " · " + version.plan().title() + " · ")
                + getTranslation("app.name");
    }
}
