package org.councilworkspace.deliberation.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.data.renderer.LitRenderer;
import java.util.function.Consumer;
import org.councilworkspace.base.ui.Formats;
import org.councilworkspace.base.ui.Translations;
import org.councilworkspace.deliberation.AnchorState;
import org.councilworkspace.deliberation.CommentItem;
import org.councilworkspace.deliberation.ThreadSummary;
import org.councilworkspace.deliberation.Visibility;
import org.jsoup.Jsoup;

/**
 * A thread in the list beside the text, drawn in the browser from a little JSON: its state, passage, first comment
 * and latest reply, and a button that opens the whole thread. No server components per thread, so a section
 * with many threads costs an open page almost nothing; the full thread (reply, edit, resolve) is built only when
 * opened. Lit escapes every bound value, so user text stays text.
 */
final class ThreadSummaryRenderer {

    private static final int EXCERPT = 280;

    private static final String TEMPLATE = """
            <div class="cw-thread" role="article" data-thread="${item.id}">
              <div class="cw-meta-row">
                <span theme="${item.statusTheme}" class="cw-thread-status">${item.status}</span>
                ${item.note ? html`<span theme="badge contrast">${item.note}</span>` : ''}
                ${item.anchor ? html`<span theme="${item.anchorTheme}" class="cw-thread-anchor">${item.anchor}</span>` : ''}
              </div>
              ${item.quote ? html`<div class="${item.quoteClass}">${item.quote}</div>` : ''}
              <div class="cw-comment-head"><span class="cw-comment-author">${item.author}</span>
                <span class="cw-muted">${item.when}</span></div>
              <div class="cw-thread-excerpt">${item.first}</div>
              ${item.latest ? html`<div class="cw-thread-latest"><span class="cw-muted">${item.latestLabel}</span>
                ${item.latest}</div>` : ''}
              <vaadin-button theme="small" class="cw-thread-open" @click="${open}">${item.openLabel}</vaadin-button>
            </div>""";

    private ThreadSummaryRenderer() {
    }

    static LitRenderer<ThreadSummary> create(Consumer<ThreadSummary> open) {
        return LitRenderer.<ThreadSummary>of(TEMPLATE)
                .withProperty("id", ThreadSummary::id)
                .withProperty("status", t -> t("deliberation.status." + t.status().name()))
                .withProperty("statusTheme", t -> t.open() ? "badge" : "badge success")
                .withProperty("note", t -> t.visibility() == Visibility.SECRETARIAT ? t("deliberation.secretariat-note") : "")
                .withProperty("anchor", t -> t.anchorState() == AnchorState.OUTDATED ? t("deliberation.outdated")
                        : t.anchorState() == AnchorState.SECTION ? t("deliberation.whole-section") : "")
                .withProperty("anchorTheme", t -> t.anchorState() == AnchorState.OUTDATED ? "badge error" : "badge")
                .withProperty("quote", t -> t.quote() == null ? "" : excerpt(t.quote()))
                .withProperty("quoteClass", t -> t.anchorState() == AnchorState.OUTDATED ? "cw-quote cw-quote-outdated"
                        : "cw-quote")
                .withProperty("author", ThreadSummary::authorName)
                .withProperty("when", t -> t.comments().isEmpty() ? "" : Formats.dateTime(t.comments().get(0).createdAt()))
                .withProperty("first", t -> t.comments().isEmpty() ? "" : plain(t.comments().get(0)))
                .withProperty("latest", t -> t.comments().size() > 1 ? t.comments().get(t.comments().size() - 1)
                        .authorName() + ": " + plain(t.comments().get(t.comments().size() - 1)) : "")
                .withProperty("latestLabel", t -> t("deliberation.latest-reply"))
                .withProperty("openLabel", t -> t("deliberation.open-thread", t.commentCount()))
                .withFunction("open", open::accept);
    }

    /** The comment's words without its Markdown, shortened: the list is for finding a thread, not reading it. */
    private static String plain(CommentItem c) {
        return PLAIN.apply(c.body() == null ? "" : c.body());
    }

    private static final org.councilworkspace.plan.text.RenderCache PLAIN = new org.councilworkspace.plan.text.RenderCache(
            250_000, body -> excerpt(Jsoup.parse(org.councilworkspace.deliberation.CommentMarkdown.toSafeHtml(body)).text()));

    private static String excerpt(String text) {
        if (text.codePointCount(0, text.length()) <= EXCERPT) {
            return text;
        }
        return text.substring(0, text.offsetByCodePoints(0, EXCERPT - 1)) + "…";
    }

    private static String t(String key, Object... args) {
        UI ui = UI.getCurrent();
        return ui == null ? Translations.t(key, args) : ui.getTranslation(key, args);
    }
}
