package org.councilworkspace.deliberation.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.List;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.councilworkspace.base.ui.Typing;
import org.councilworkspace.deliberation.CommentService;
import org.councilworkspace.deliberation.MentionCandidate;
import org.councilworkspace.deliberation.ThreadQueries;
import org.councilworkspace.deliberation.Visibility;

/**
 * A comment box that suggests members while "@name" is being typed at its end: a list of buttons under the box
 * (reachable with Tab), each putting "@username " in place of what was typed.
 */
class MentionArea extends Div {

    private static final Pattern TYPING = Pattern.compile("(?:^|[\\s(（「])@([A-Za-z0-9._-]{0,64})$");

    private final TextArea area = new TextArea();
    private final Div suggestions = new Div();
    private final ThreadQueries queries;
    private final long sectionId;
    private final Supplier<Visibility> visibility;
    /** The text the suggestions were made for; none yet. */
    private String shown;

    MentionArea(ThreadQueries queries, long sectionId, Supplier<Visibility> visibility) {
        this.queries = queries;
        this.sectionId = sectionId;
        this.visibility = visibility;
        area.setLabel(getTranslation("deliberation.comment"));
        area.setHelperText(getTranslation("deliberation.comment-help"));
        area.setMaxLength(CommentService.MAX_COMMENT);
        area.setWidthFull();
        area.setMinHeight("6rem");
        // The value reaches the server on change (before the click on "Post"); the suggestions follow the typing.
        area.addValueChangeListener(e -> {
            area.setInvalid(false);
            suggest(e.getValue());
        });
        Typing.afterPause(area, 250, shown -> {
            area.setInvalid(false);
            suggest(shown);
        });
        suggestions.addClassName("cw-mention-suggestions");
        suggestions.setId("mention-suggestions");
        suggestions.getElement().setAttribute("role", "group");
        suggestions.getElement().setAttribute("aria-label", getTranslation("deliberation.mention-suggestions"));
        suggestions.setVisible(false);
        addClassName("cw-mention-area");
        add(area, suggestions);
    }

    TextArea area() {
        return area;
    }

    private void suggest(String value) {
        String text = value == null ? "" : value;
        if (text.equals(shown)) {
            // The change that follows the typing (on leaving the box, e.g. for a suggestion) must keep the buttons
            // being clicked.
            return;
        }
        shown = text;
        suggestions.removeAll();
        Matcher typing = TYPING.matcher(value == null ? "" : value);
        if (!typing.find()) {
            suggestions.setVisible(false);
            return;
        }
        String typed = typing.group(1);
        List<MentionCandidate> candidates = queries.mentionCandidates(sectionId, visibility.get(), typed);
        for (MentionCandidate c : candidates) {
            Button pick = new Button(c.displayName() + " (@" + c.username() + ")", e -> {
                // What the browser showed when the suggestion was made: the field may not have reported it yet.
                Matcher now = TYPING.matcher(shown);
                if (now.find()) {
                    area.setValue(shown.substring(0, now.start(1)) + c.username() + " ");
                }
                suggestions.setVisible(false);
                area.focus();
            });
            pick.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            pick.addClassName("cw-mention-option");
            suggestions.add(pick);
        }
        suggestions.setVisible(!candidates.isEmpty());
    }
}
