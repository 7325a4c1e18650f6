package org.councilworkspace.portal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.councilworkspace.base.NotFoundException;
import org.councilworkspace.council.CouncilService;
import org.councilworkspace.implementation.FrozenMeasure;
import org.councilworkspace.implementation.ProgressTracker;
import org.councilworkspace.plan.FrozenVersion;
import org.councilworkspace.plan.PublishedConsensus;
import org.councilworkspace.plan.PublishedPlans;
import org.councilworkspace.plan.PublishedVersion;
import org.councilworkspace.plan.PublishedVersionPage;
import org.councilworkspace.plan.SectionChange;
import org.councilworkspace.plan.VersionSection;
import org.councilworkspace.plan.text.DiffHtml;
import org.councilworkspace.plan.text.LookLabels;
import org.councilworkspace.plan.text.Looks;
import org.councilworkspace.plan.text.MarkdownRenderer;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** A published plan version: its whole text with the outline, its versions, the comparison and the downloads. */
@Controller
class PlanPages {

    /** A section ready for the page: its anchor ({@code s} and the section's id, stable across versions). */
    public record ShownSection(String anchor, int depth, String title, String html) {
    }

    /**
     * A change between two versions, its diff as escaped HTML with insertions and deletions marked, and words whose
     * formatting alone changed labelled ({@code looks}: there are some, so the page explains the mark).
     */
    public record ShownChange(String anchor, SectionChange.Kind kind, String title, String previousTitle,
                              int wordsChanged, String diffHtml, boolean looks) {
    }

    /** A download of the version; the list holds only formats that exist, so nowhere is a dead link. */
    public record Download(String format, String href) {
    }

    /** A version's page in a language: where it was served recently. */
    private record VersionAddress(String lang, long versionId) {
    }

    /** Everything a version's page is made from, read on each request: the key of its remembered HTML. */
    private record VersionPage(String lang, FrozenVersion version, List<PublishedVersion> versions,
                               PublishedConsensus consensus, ProgressLinks.Link progress,
                               List<FrozenMeasure> measures) {
    }

    // Kept pictures point at the portal's own address, which serves those of published versions only.
    private static final MarkdownRenderer MARKDOWN = MarkdownRenderer.forPortal();
    private static final MediaType DOCX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.wordprocessingml.document");

    private final PortalPages pages;
    private final PublishedPlans plans;
    private final PublishedPdfs pdfs;
    private final RenderedPages rendered;
    private final ProgressLinks progressLinks;
    private final ProgressTracker register;
    private final CouncilService councils;

    PlanPages(PortalPages pages, PublishedPlans plans, PublishedPdfs pdfs, RenderedPages rendered,
              ProgressLinks progressLinks, ProgressTracker register, CouncilService councils) {
        this.register = register;
        this.councils = councils;
        this.progressLinks = progressLinks;
        this.pages = pages;
        this.plans = plans;
        this.pdfs = pdfs;
        this.rendered = rendered;
    }

    @GetMapping("/public/{lang:en|ja|th}/versions/{id:\\d+}")
    ResponseEntity<byte[]> version(@PathVariable String lang, @PathVariable long id, Model model,
                                   HttpServletRequest request, HttpServletResponse response) {
        VersionAddress address = new VersionAddress(lang, id);
        RenderedPages.Served recent = rendered.recent(address);
        if (recent != null) {
            return pages.answer(request, response, recent);
        }
        java.time.Instant readAt = rendered.now();
        PublishedVersionPage read = plans.versionPage(id);
        FrozenVersion version = read.version();
        List<PublishedVersion> all = read.versions();
        PublishedVersion current = all.stream().filter(v -> v.versionId() == id).findFirst()
                .orElseThrow(() -> new NotFoundException("Version"));
        PublishedConsensus consensus = read.consensus();
        ProgressLinks.Link progress = progressLinks.ofPlan(lang, current.planId());
        List<FrozenMeasure> measures = register.frozenMeasures(id);
        Texts t = pages.page(model, lang, "/versions/" + id, version.plan().title() + " · " + version.info().label(),
                response, current.publishedAt());
        String html = rendered.html(new VersionPage(lang, version, all, consensus, progress, measures), "portal/version",
                PortalLanguage.of(lang).locale(), () -> {
                    model.addAttribute("description", t.get("portal.plan.description", version.plan().title(),
                            version.info().label(), current.councilName()));
                    model.addAttribute("version", version);
                    model.addAttribute("current", current);
                    model.addAttribute("sections", version.sections().stream().map(PlanPages::shown).toList());
                    model.addAttribute("consensus", consensus);
                    model.addAttribute("versions", all);
                    model.addAttribute("previous", previous(all, id));
                    model.addAttribute("downloads", downloads(lang, id));
                    model.addAttribute("progress", progress);
                    model.addAttribute("measures", VersionMeasures.shown(measures, version.sections(),
                            councils.language(current.councilId()).datesFor(PortalLanguage.of(lang).locale(),
                                    pages.zone()), t));
                    return model.asMap();
                });
        return pages.answer(request, response, rendered.served(address, html, current.publishedAt(), readAt));
    }

    private static List<Download> downloads(String lang, long id) {
        return List.of(new Download("PDF", "/public/" + lang + "/versions/" + id + ".pdf"),
                new Download("Word (DOCX)", "/public/" + lang + "/versions/" + id + ".docx"),
                new Download("Markdown", "/public/" + lang + "/versions/" + id + ".md"),
                new Download("HTML", "/public/" + lang + "/versions/" + id + ".html"),
                new Download("JSON (API)", "/public/api/v1/versions/" + id));
    }

    @GetMapping("/public/{lang:en|ja|th}/versions/{id:\\d+}/compare/{from:\\d+}")
    String compare(@PathVariable String lang, @PathVariable long id, @PathVariable long from, Model model,
                   HttpServletResponse response) {
        FrozenVersion to = plans.version(id);
        FrozenVersion before = plans.version(from);
        List<SectionChange> changes = plans.compare(from, id);
        Texts t = pages.page(model, lang, "/versions/" + id + "/compare/" + from, to.plan().title() + " · "
                + before.info().label() + " → " + to.info().label(), response, null);
        LookLabels labels = LookLabels.of(t::get);
        List<ShownChange> shown = changes.stream().filter(c -> c.kind() != SectionChange.Kind.UNCHANGED)
                .map(c -> shown(c, labels)).toList();
        model.addAttribute("to", to);
        model.addAttribute("from", before);
        model.addAttribute("changes", shown);
        model.addAttribute("looks", shown.stream().anyMatch(ShownChange::looks));
        return "portal/compare";
    }

    @GetMapping("/public/{lang:en|ja|th}/versions/{id:\\d+}.md")
    ResponseEntity<String> markdown(@PathVariable String lang, @PathVariable long id) {
        return download(plans.markdown(id, pages.zone()), new MediaType("text", "markdown", StandardCharsets.UTF_8), id, "md");
    }

    @GetMapping("/public/{lang:en|ja|th}/versions/{id:\\d+}.html")
    ResponseEntity<String> html(@PathVariable String lang, @PathVariable long id) {
        return download(plans.html(id, pages.zone()), new MediaType("text", "html", StandardCharsets.UTF_8), id, "html");
    }

    @GetMapping("/public/{lang:en|ja|th}/versions/{id:\\d+}.pdf")
    ResponseEntity<byte[]> pdf(@PathVariable String lang, @PathVariable long id) {
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CACHE_CONTROL, "public, max-age=300")
                .header(HttpHeaders.CONTENT_DISPOSITION, "inline; filename=\"plan-version-" + id + ".pdf\"")
                .body(pdfs.pdf(id, PortalLanguage.of(lang)));
    }

    @GetMapping("/public/{lang:en|ja|th}/versions/{id:\\d+}.docx")
    ResponseEntity<byte[]> docx(@PathVariable String lang, @PathVariable long id) {
        return ResponseEntity.ok().contentType(DOCX)
                .header(HttpHeaders.CACHE_CONTROL, "public, max-age=300")
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"plan-version-" + id + "-" + lang + ".docx\"")
                .body(pdfs.docx(id, PortalLanguage.of(lang)));
    }

    private static ResponseEntity<String> download(String body, MediaType type, long id, String extension) {
        return ResponseEntity.ok().contentType(type)
                .header(HttpHeaders.CACHE_CONTROL, "public, max-age=300")
                .header(HttpHeaders.CONTENT_DISPOSITION, "inline; filename=\"plan-version-" + id + "." + extension + "\"")
                .body(body);
    }

    private static PublishedVersion previous(List<PublishedVersion> newestFirst, long id) {
        for (int i = 0; i < newestFirst.size() - 1; i++) {
            if (newestFirst.get(i).versionId() == id) {
                return newestFirst.get(i + 1);
            }
        }
        return null;
    }

    private static ShownSection shown(VersionSection s) {
        return new ShownSection("s" + s.sectionId(), Math.min(s.depth(), 4), s.numberedTitle(),
                MARKDOWN.toSafeHtml(s.body()));
    }

    /** The diff as the workspace's Markdown view writes it: every character escaped, only its own marks live. */
    private static ShownChange shown(SectionChange c, LookLabels labels) {
        VersionSection now = c.after() != null ? c.after() : c.before();
        Looks looks = Looks.of(c.diff());
        return new ShownChange("s" + now.sectionId(), c.kind(), now.numberedTitle(),
                c.before() != null && c.renamed() ? c.before().numberedTitle() : null, c.wordsChanged(),
                DiffHtml.inline(c.diff(), looks, labels), !looks.isEmpty());
    }
}
