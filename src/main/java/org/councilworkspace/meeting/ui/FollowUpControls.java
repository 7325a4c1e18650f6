package org.councilworkspace.meeting.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import org.councilworkspace.base.ConcurrentChangeException;
import org.councilworkspace.base.InvalidInputException;
import org.councilworkspace.base.ui.Notifications;
import org.councilworkspace.base.ui.Translations;
import org.councilworkspace.meeting.AgendaItem;
import org.councilworkspace.meeting.FollowUpItem;
import org.councilworkspace.meeting.FollowUpKind;
import org.councilworkspace.meeting.MeetingSeriesService;

/**
 * What an agenda item of a series meeting follows up, and for a proposal not yet decided the chair's or
 * secretariat's two choices: keep it on the agenda or drop it.
 */
final class FollowUpControls {

    private FollowUpControls() {
    }

    static Div of(MeetingSeriesService series, AgendaItem item, FollowUpItem followUp, boolean decide,
                  Runnable reload) {
        Div box = new Div();
        box.addClassName("cw-follow-up");
        String kind = Translations.label(followUp.kind());
        Span label = new Span("↻ " + box.getTranslation(followUp.kept() ? "meeting.follow-up.kept"
                : "meeting.follow-up.proposed", kind) + " ");
        box.add(label);
        if (followUp.kind() == FollowUpKind.ACTION_ITEM) {
            box.add(new com.vaadin.flow.component.html.Anchor(MeetingPaths.actionItem(followUp.targetId()),
                    box.getTranslation("meeting.follow-up.trail")));
        }
        if (decide && !followUp.kept()) {
            box.add(button(box, VaadinIcon.CHECK, "meeting.follow-up.keep", item, reload,
                    () -> series.keepFollowUp(item.id())));
            box.add(button(box, VaadinIcon.CLOSE_SMALL, "meeting.follow-up.drop", item, reload,
                    () -> series.dropFollowUp(item.id())));
        }
        return box;
    }

    private static Button button(Div box, VaadinIcon icon, String key, AgendaItem item, Runnable reload,
                                 Runnable action) {
        Button button = new Button(box.getTranslation(key), icon.create(), e -> {
            try {
                action.run();
            } catch (ConcurrentChangeException | InvalidInputException ex) {
                Notifications.error(box.getTranslation("error.concurrent-change"));
            }
            reload.run();
        });
        button.addThemeVariants(ButtonVariant.LUMO_SMALL);
        button.addClassName(key.endsWith("keep") ? "cw-keep-follow-up" : "cw-drop-follow-up");
        button.getElement().setAttribute("aria-label", box.getTranslation(key + "-of", item.title()));
        return button;
    }
}
