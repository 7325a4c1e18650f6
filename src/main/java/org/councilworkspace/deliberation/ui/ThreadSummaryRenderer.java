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
                ${item.fresh ? html`<span theme="badge success" class="cw-thread-new">${item.fresh}</span>` : ''}
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

    static LitRenderer<ThreadRow> create(Consumer<ThreadRow> open) {
        return LitRenderer.<ThreadRow>of(TEMPLATE)
                .withProperty("id", ThreadRow::id)
                .withProperty("status", ThreadRow::status)
                .withProperty("statusTheme", ThreadRow::statusTheme)
                .withProperty("fresh", ThreadRow::fresh)
                .withProperty("note", ThreadRow::note)
                .withProperty("anchor", ThreadRow::anchor)
                .withProperty("anchorTheme", ThreadRow::anchorTheme)
                .withProperty("quote", ThreadRow::quote)
                .withProperty("quoteClass", ThreadRow::quoteClass)
                .withProperty("author", ThreadRow::author)
                .withProperty("when", ThreadRow::when)
                .withProperty("first", ThreadRow::first)
                .withProperty("latest", ThreadRow::latest)
                .withProperty("latestLabel", ThreadRow::latestLabel)
                .withProperty("openLabel", ThreadRow::openLabel)
                .withFunction("open", open::accept);
    }

    /**
     * What the list shows of a thread, worked out once when the page of threads is fetched. The list keeps the
     * items of its visible range for as long as the page is open, so it keeps these few short strings rather than
     * the threads with their comments, whole texts and timestamps.
     */
    record ThreadRow(long id, String status, String statusTheme, String fresh, String note, String anchor, String anchorTheme,
                     String quote, String quoteClass, String author, String when, String first, String latest,
                     String latestLabel, String openLabel) {
    }

    /** @param fresh the label saying the thread is new to the reader, or empty */
    static ThreadRow row(ThreadSummary t, String fresh) {
        CommentItem firstComment = t.comments().isEmpty() ? null : t.comments().get(0);
        CommentItem latestComment = t.comments().size() > 1 ? t.comments().get(t.comments().size() - 1) : null;
        boolean outdated = t.anchorState() == AnchorState.OUTDATED;
        return new ThreadRow(t.id(),
                t("deliberation.status." + t.status().name()),
                t.open() ? "badge" : "badge success",
                fresh,
                t.visibility() == Visibility.SECRETARIAT ? t("deliberation.secretariat-note") : "",
                outdated ? t("deliberation.outdated")
                        : t.anchorState() == AnchorState.SECTION ? t("deliberation.whole-section") : "",
                outdated ? "badge error" : "badge",
                t.quote() == null ? "" : excerpt(t.quote()),
                outdated ? "cw-quote cw-quote-outdated" : "cw-quote",
                t.authorName(),
                firstComment == null ? "" : Formats.dateTime(firstComment.createdAt()),
                firstComment == null ? "" : plain(firstComment),
                latestComment == null ? "" : latestComment.authorName() + ": " + plain(latestComment),
                t("deliberation.latest-reply"),
                t("deliberation.open-thread", t.commentCount()));
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
