package org.councilworkspace.plan.text;

import java.util.List;
import java.util.Objects;
import org.commonmark.Extension;
import org.commonmark.ext.footnotes.FootnotesExtension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.Node;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.commonmark.renderer.html.UrlSanitizer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.safety.Cleaner;

/** Renders plan Markdown to HTML that is safe to show to every member of a council. */
public final class MarkdownRenderer {

    /** How a section's Markdown shows a picture kept with the plan: {@code ![alt](attachment:ID)}. */
    public static final String ATTACHMENT = "attachment:";
    /** Where the workspace serves kept pictures (to the council's members). */
    public static final String WORKSPACE_IMAGES = "/plan-images/";
    /** Where the portal serves kept pictures (those of published versions). */
    public static final String PUBLIC_IMAGES = "/public/images/";

    private static final List<Extension> EXTENSIONS = List.of(TablesExtension.create());

    // Parser and HtmlRenderer are immutable once built and documented as thread-safe; so is the Safelist as we
    // never change it after construction. A Cleaner is made per call because it is cheap.
    private final Parser parser = Parser.builder().extensions(EXTENSIONS).build();
    private final HtmlRenderer renderer = HtmlRenderer.builder()
            .extensions(EXTENSIONS)
            .escapeHtml(true)
            .sanitizeUrls(true)
            .urlSanitizer(new PolicySanitizer())
            .percentEncodeUrls(true)
            .build();
    private final PlanSafelist safelist = new PlanSafelist(false);
    // Exports of a whole plan read footnotes too; the screens keep the parser they have always had.
    private static final Parser NOTES_PARSER = Parser.builder()
            .extensions(List.of(TablesExtension.create(), FootnotesExtension.create())).build();
    private static final HtmlRenderer NOTES_RENDERER = HtmlRenderer.builder()
            .extensions(EXTENSIONS)
            .nodeRendererFactory(HtmlNotes.Renderer::new)
            .escapeHtml(true)
            .sanitizeUrls(true)
            .urlSanitizer(new PolicySanitizer())
            .percentEncodeUrls(true)
            .build();
    private static final PlanSafelist NOTES_SAFELIST = new PlanSafelist(true);
    // Rendered diffs: the same parser and renderer settings, plus where each node stands in the text and ins/del.
    private static final Parser PLACES_PARSER = Parser.builder().extensions(EXTENSIONS)
            .includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES).build();
    private static final HtmlRenderer MARKED_RENDERER = HtmlRenderer.builder()
            .extensions(EXTENSIONS)
            .nodeRendererFactory(ChangeMark.Renderer::new)
            .nodeRendererFactory(LookMark.Renderer::new)
            .escapeHtml(true)
            .sanitizeUrls(true)
            .urlSanitizer(new PolicySanitizer())
            .percentEncodeUrls(true)
            .build();
    private static final PlanSafelist MARKED_SAFELIST = PlanSafelist.withChanges();
    // Shared by every renderer: they are configured alike, so the same Markdown always gives the same HTML.
    private static final RenderCache CACHE = new RenderCache(2_000_000,
            new MarkdownRenderer(false, WORKSPACE_IMAGES)::render);
    private final boolean cached;
    private final String images;

    public MarkdownRenderer() {
        this(true, WORKSPACE_IMAGES);
    }

    private MarkdownRenderer(boolean cached, String images) {
        this.cached = cached;
        this.images = images;
    }

    /** A renderer that keeps nothing, for callers that remember their own (finished) output. */
    public static MarkdownRenderer uncached() {
        return new MarkdownRenderer(false, WORKSPACE_IMAGES);
    }

    /** For the public portal: kept pictures point at its address; keeps nothing (the portal keeps its pages). */
    public static MarkdownRenderer forPortal() {
        return new MarkdownRenderer(false, PUBLIC_IMAGES);
    }

    /** CommonMark + GFM tables to HTML, then sanitized with jsoup: no script, style, iframe, object, embed, form elements, event-handler attributes (on*), style attributes, and no javascript:/vbscript:/data: URLs (links keep only http, https, mailto, and relative/#anchor). Raw HTML in the Markdown is escaped or dropped, never executed. Links get rel="nofollow noopener" and target is not allowed. Tables, headings h1-h6, lists, code, blockquote, em/strong, hr, br, img with http(s) src or a kept picture (attachment:ID, pointed at this renderer's address). Thread-safe (parser/renderer built once). */
    public String toSafeHtml(String markdown) {
        Objects.requireNonNull(markdown, "markdown");
        return cached ? CACHE.apply(markdown) : render(markdown);
    }

    /**
     * The same, for one text among many on a page, with its footnotes ({@code [^1]} and {@code [^1]: text}) as
     * numbered links and a list of notes closing the text; the anchors start with {@code idPrefix}, unique per text
     * on the page, and the labels ("Notes", "back to the text") are in the page's language. Not cached.
     */
    public String toSafeHtmlWithNotes(String markdown, String idPrefix, String notesLabel, String backLabel) {
        Objects.requireNonNull(markdown, "markdown");
        Node document = NOTES_PARSER.parse(markdown);
        HtmlNotes.rewrite(document, idPrefix, new HtmlNotes.Labels(notesLabel, backLabel));
        return clean(document, NOTES_RENDERER, NOTES_SAFELIST, images);
    }

    /** Parsed as for the screens, each node knowing which characters of the text it shows. */
    static Node parseWithPlaces(String markdown) {
        return PLACES_PARSER.parse(markdown);
    }

    /** A tree from {@link #parseWithPlaces} with its changes marked, through the same guard and safelist as the screens. */
    static String renderMarked(Node document) {
        return clean(document, MARKED_RENDERER, MARKED_SAFELIST, WORKSPACE_IMAGES);
    }

    private String render(String markdown) {
        return clean(parser.parse(markdown), renderer, safelist, images);
    }

    private static String clean(Node document, HtmlRenderer renderer, PlanSafelist safelist, String images) {
        MarkdownGuard.clean(document);
        KeptImages.point(document, images);
        String rendered = renderer.render(document);
        Document clean = new Cleaner(safelist).clean(Jsoup.parseBodyFragment(rendered));
        // A link or image whose URL the safelist removed would be an empty shell; keep the words, drop the shell.
        clean.select("a:not([href])").unwrap();
        clean.select("img:not([src])").remove();
        clean.outputSettings().prettyPrint(false);
        return clean.body().html();
    }

    /** Lets commonmark blank out refused URLs too, so even its raw output never carries one. */
    private static final class PolicySanitizer implements UrlSanitizer {
        @Override
        public String sanitizeLinkUrl(String url) {
            return UrlPolicy.isSafeLink(url) ? url : "";
        }

        @Override
        public String sanitizeImageUrl(String url) {
            return UrlPolicy.isSafeImage(url) ? url : "";
        }
    }
}
