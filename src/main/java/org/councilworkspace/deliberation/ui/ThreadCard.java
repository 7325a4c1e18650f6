package org.councilworkspace.deliberation.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.util.List;
import org.councilworkspace.base.ConcurrentChangeException;
import org.councilworkspace.base.InvalidInputException;
import org.councilworkspace.base.NotFoundException;
import org.councilworkspace.base.ui.Formats;
import org.councilworkspace.base.ui.Notifications;
import org.councilworkspace.base.ui.Translations;
import org.councilworkspace.deliberation.AnchorState;
import org.councilworkspace.deliberation.CommentItem;
import org.councilworkspace.deliberation.CommentMarkdown;
import org.councilworkspace.deliberation.CommentService;
import org.councilworkspace.deliberation.EarlierWording;
import org.councilworkspace.deliberation.ThreadQueries;
import org.councilworkspace.deliberation.ThreadSummary;
import org.councilworkspace.deliberation.Visibility;
import org.springframework.security.access.AccessDeniedException;

/** One whole thread, as opened from the list: its passage, every comment, and reply, edit, resolve and reopen for those who may. */
class ThreadCard extends Div {

    /** What the card's owner does after a change (re-read). */
    interface Actions {
        void changed();
    }

    private final ThreadSummary thread;
    private final long me;
    private final boolean mayComment;
    private final Actions actions;
    private final CommentService comments;
    private final ThreadQueries queries;
    private final long sectionId;
    private final Div replySlot = new Div();

    ThreadCard(ThreadSummary thread, long me, boolean mayComment, Actions actions, CommentService comments,
               ThreadQueries queries, long sectionId) {
        this.thread = thread;
        this.me = me;
        this.mayComment = mayComment;
        this.actions = actions;
        this.comments = comments;
        this.queries = queries;
        this.sectionId = sectionId;
        addClassName("cw-thread");
        getElement().setAttribute("data-thread", Long.toString(thread.id()));
        getElement().setAttribute("role", "article");
        add(badges());
        if (thread.quote() != null) {
            Div quote = new Div(new Span(thread.quote()));
            quote.addClassName("cw-quote");
            if (thread.anchorState() == AnchorState.OUTDATED) {
                quote.addClassName("cw-quote-outdated");
            }
            quote.getElement().setAttribute("aria-label", getTranslation("deliberation.quoted-passage"));
            add(quote);
        }
        thread.comments().forEach(c -> add(comment(c)));
        add(footer(), replySlot);
    }

    private Div badges() {
        Div row = new Div();
        row.addClassName("cw-meta-row");
        Span status = badge(thread.open() ? "deliberation.status.OPEN" : "deliberation.status.RESOLVED",
                thread.open() ? null : "success");
        status.addClassName("cw-thread-status");
        row.add(status);
        if (thread.visibility() == Visibility.SECRETARIAT) {
            row.add(badge("deliberation.secretariat-note", "contrast"));
        }
        if (thread.anchorState() == AnchorState.OUTDATED) {
            Span outdated = badge("deliberation.outdated", "error");
            outdated.getElement().setAttribute("title", getTranslation("deliberation.outdated-help"));
            outdated.addClassName("cw-thread-outdated");
            row.add(outdated);
        } else if (thread.anchorState() == AnchorState.SECTION) {
            row.add(badge("deliberation.whole-section", null));
        }
        if (!thread.open() && thread.resolvedByName() != null) {
            Span by = new Span(getTranslation("deliberation.resolved-by", thread.resolvedByName()));
            by.addClassName("cw-muted");
            row.add(by);
        }
        return row;
    }

    private Span badge(String key, String theme) {
        Span badge = new Span(getTranslation(key));
        badge.getElement().getThemeList().add(theme == null ? "badge" : "badge " + theme);
        return badge;
    }

    private Div comment(CommentItem c) {
        Div item = new Div();
        item.addClassName("cw-comment");
        item.getElement().setAttribute("data-comment", Long.toString(c.id()));
        Span author = new Span(c.authorName());
        author.addClassName("cw-comment-author");
        Span when = new Span(Formats.dateTime(c.createdAt()));
        when.addClassName("cw-muted");
        Div head = new Div(author, when);
        head.addClassName("cw-comment-head");
        if (c.id() == thread.comments().get(0).id() && thread.authorGroup() != null) {
            Span group = new Span(Translations.label(thread.authorGroup()));
            group.getElement().getThemeList().add("badge contrast");
            head.add(group);
        }
        if (c.editCount() > 0) {
            Button edited = new Button(getTranslation("deliberation.edited"), e -> showEarlier(c));
            edited.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            edited.addClassName("cw-comment-edited");
            head.add(edited);
        }
        Div body = new Div();
        body.addClassName("cw-markdown");
        body.addClassName("cw-comment-body");
        body.getElement().setProperty("innerHTML", CommentMarkdown.toSafeHtml(c.body()));
        item.add(head, body);
        if (c.authorId() == me && mayComment) {
            Button edit = new Button(getTranslation("deliberation.edit"), VaadinIcon.EDIT.create(),
                    e -> editComment(item, c));
            edit.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            edit.addClassName("cw-comment-edit");
            edit.getElement().setAttribute("aria-label", getTranslation("deliberation.edit-mine"));
            head.add(edit);
        }
        return item;
    }

    private Div footer() {
        Div footer = new Div();
        footer.addClassName("cw-actions");
        if (mayComment) {
            Button reply = new Button(getTranslation("deliberation.reply"), VaadinIcon.REPLY.create(), e -> reply());
            reply.addThemeVariants(ButtonVariant.LUMO_SMALL);
            reply.addClassName("cw-thread-reply");
            footer.add(reply);
        }
        if (thread.mayResolve()) {
            Button toggle = new Button(getTranslation(thread.open() ? "deliberation.resolve" : "deliberation.reopen"),
                    e -> run(() -> {
                        if (thread.open()) {
                            comments.resolve(thread.id());
                        } else {
                            comments.reopen(thread.id());
                        }
                    }));
            toggle.addThemeVariants(ButtonVariant.LUMO_SMALL);
            toggle.addClassName(thread.open() ? "cw-thread-resolve" : "cw-thread-reopen");
            footer.add(toggle);
        }
        return footer;
    }

    private void reply() {
        replySlot.removeAll();
        MentionArea area = new MentionArea(queries, sectionId, thread::visibility);
        area.area().setLabel(getTranslation("deliberation.reply-label"));
        area.area().addClassName("cw-reply-body");
        Button post = new Button(getTranslation("deliberation.post-reply"), e -> {
            try {
                comments.reply(thread.id(), area.area().getValue());
                replySlot.removeAll();
                actions.changed();
            } catch (InvalidInputException ex) {
                area.area().setErrorMessage(Translations.message(ex));
                area.area().setInvalid(true);
            } catch (AccessDeniedException | NotFoundException ex) {
                Notifications.error(getTranslation("deliberation.not-allowed"));
            }
        });
        post.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SMALL);
        post.addClassName("cw-post-reply");
        Button cancel = new Button(getTranslation("action.cancel"), e -> replySlot.removeAll());
        cancel.addThemeVariants(ButtonVariant.LUMO_SMALL);
        Div buttons = new Div(post, cancel);
        buttons.addClassName("cw-actions");
        replySlot.add(area, buttons);
        area.area().focus();
    }

    private void editComment(Div item, CommentItem c) {
        MentionArea area = new MentionArea(queries, sectionId, thread::visibility);
        area.area().setLabel(getTranslation("deliberation.edit-label"));
        area.area().setValue(c.body());
        Button save = new Button(getTranslation("action.save"), e -> {
            try {
                comments.edit(c.id(), area.area().getValue(), c.version());
                actions.changed();
            } catch (InvalidInputException ex) {
                area.area().setErrorMessage(Translations.message(ex));
                area.area().setInvalid(true);
            } catch (ConcurrentChangeException ex) {
                Notifications.error(getTranslation("error.concurrent-change"));
                actions.changed();
            } catch (AccessDeniedException | NotFoundException ex) {
                Notifications.error(getTranslation("deliberation.not-allowed"));
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SMALL);
        Button cancel = new Button(getTranslation("action.cancel"), e -> actions.changed());
        cancel.addThemeVariants(ButtonVariant.LUMO_SMALL);
        Div buttons = new Div(save, cancel);
        buttons.addClassName("cw-actions");
        item.removeAll();
        item.add(area, buttons);
        area.area().focus();
    }

    private void showEarlier(CommentItem c) {
        List<EarlierWording> earlier = queries.earlierWordings(c.id());
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("deliberation.earlier-wordings"));
        dialog.setWidth("min(40rem, 96vw)");
        for (EarlierWording w : earlier) {
            Paragraph when = new Paragraph(getTranslation("deliberation.wording-period", Formats.dateTime(w.writtenAt()),
                    Formats.dateTime(w.replacedAt())));
            when.addClassName("cw-muted");
            Div body = new Div();
            body.addClassName("cw-markdown");
            body.getElement().setProperty("innerHTML", CommentMarkdown.toSafeHtml(w.body()));
            dialog.add(when, body);
        }
        dialog.getFooter().add(new Button(getTranslation("action.close"), e -> dialog.close()));
        dialog.open();
    }

    private void run(Runnable action) {
        try {
            action.run();
            actions.changed();
        } catch (AccessDeniedException | NotFoundException ex) {
            Notifications.error(getTranslation("deliberation.not-allowed"));
        }
    }
}
