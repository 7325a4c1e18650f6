package org.councilworkspace.deliberation;

import org.councilworkspace.plan.text.MarkdownRenderer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Light Markdown for comments: emphasis, lists, links, quotes, code and tables, sanitized like plan text. Images
 * become a link to the picture (an image in a comment would load from an outside server for every reader), and
 * headings become bold paragraphs so a comment cannot shout over the section.
 */
public final class CommentMarkdown {

    // Uncached: the finished comment HTML is remembered below, so comments do not crowd section texts out of the
    // renderer's own cache. The thread list and every open thread render the same comments again and again.
    private static final MarkdownRenderer RENDERER = MarkdownRenderer.uncached();
    private static final org.councilworkspace.plan.text.RenderCache CACHE =
            new org.councilworkspace.plan.text.RenderCache(500_000, CommentMarkdown::render);

    private CommentMarkdown() {
    }

    public static String toSafeHtml(String body) {
        return CACHE.apply(body == null ? "" : body);
    }

    private static String render(String body) {
        Document doc = Jsoup.parseBodyFragment(RENDERER.toSafeHtml(body));
        doc.outputSettings().prettyPrint(false);
        for (Element img : doc.select("img")) {
            String alt = img.attr("alt").isBlank() ? img.attr("src") : img.attr("alt");
            Element link = new Element("a").attr("href", img.attr("src")).attr("rel", "nofollow noopener");
            link.text(alt);
            img.replaceWith(link);
        }
        for (Element heading : doc.select("h1, h2, h3, h4, h5, h6")) {
            Element strong = new Element("strong");
            heading.childNodes().forEach(n -> strong.appendChild(n.clone()));
            heading.replaceWith(new Element("p").appendChild(strong));
        }
        return doc.body().html();
    }
}
