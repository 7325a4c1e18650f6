package org.councilworkspace.deliberation.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import java.util.function.LongConsumer;
import org.councilworkspace.base.InvalidInputException;
import org.councilworkspace.base.NotFoundException;
import org.councilworkspace.base.ui.Notifications;
import org.councilworkspace.base.ui.Translations;
import org.councilworkspace.deliberation.CommentService;
import org.councilworkspace.deliberation.NewThread;
import org.councilworkspace.deliberation.PassageText;
import org.councilworkspace.deliberation.ThreadQueries;
import org.councilworkspace.deliberation.Visibility;
import org.springframework.security.access.AccessDeniedException;

/** Writing the first comment of a new thread, on a quoted passage or on the whole section. */
class Composer extends Div {

    /** What the reader selected, as the browser reported it. */
    record Passage(Long revisionId, String quote, String before, String after) {
    }

    Composer(CommentService comments, ThreadQueries queries, long sectionId, Passage passage, boolean mayWriteNotes,
             LongConsumer started, Runnable cancelled) {
        addClassName("cw-composer");
        setId("thread-composer");
        if (passage != null) {
            Div quote = new Div(new Span(PassageText.collapse(passage.quote())));
            quote.addClassName("cw-quote");
            quote.getElement().setAttribute("aria-label", getTranslation("deliberation.quoted-passage"));
            add(quote);
        } else {
            Span whole = new Span(getTranslation("deliberation.whole-section"));
            whole.addClassName("cw-muted");
            add(whole);
        }
        RadioButtonGroup<Visibility> visibility = new RadioButtonGroup<>(getTranslation("deliberation.visibility"));
        visibility.setItems(Visibility.values());
        visibility.setItemLabelGenerator(v -> Translations.label(v));
        visibility.setValue(Visibility.COUNCIL);
        visibility.setId("thread-visibility");
        MentionArea body = new MentionArea(queries, sectionId, visibility::getValue);
        body.area().setId("thread-body");
        add(body);
        if (mayWriteNotes) {
            add(visibility);
        }
        Button post = new Button(getTranslation("deliberation.post"), e -> {
            try {
                NewThread request = passage == null
                        ? NewThread.onSection(visibility.getValue(), body.area().getValue())
                        : new NewThread(passage.revisionId(), passage.quote(), passage.before(), passage.after(),
                                visibility.getValue(), body.area().getValue());
                long id = comments.startThread(sectionId, request);
                Notifications.success(getTranslation("deliberation.posted"));
                started.accept(id);
            } catch (InvalidInputException ex) {
                if ("quote".equals(ex.field())) {
                    Notifications.error(Translations.message(ex));
                } else {
                    body.area().setErrorMessage(Translations.message(ex));
                    body.area().setInvalid(true);
                }
            } catch (AccessDeniedException | NotFoundException ex) {
                Notifications.error(getTranslation("deliberation.not-allowed"));
            }
        });
        post.setId("post-thread");
        post.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SMALL);
        Button cancel = new Button(getTranslation("action.cancel"), e -> cancelled.run());
        cancel.addThemeVariants(ButtonVariant.LUMO_SMALL);
        Div actions = new Div(post, cancel);
        actions.addClassName("cw-actions");
        add(actions);
        body.area().focus();
    }
}
