package org.councilworkspace.implementation.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.councilworkspace.base.CalendarDates;
import org.councilworkspace.base.InvalidInputException;
import org.councilworkspace.base.ui.FinalAction;
import org.councilworkspace.base.ui.Formats;
import org.councilworkspace.base.ui.Notifications;
import org.councilworkspace.base.ui.Pickers;
import org.councilworkspace.base.ui.Translations;
import org.councilworkspace.base.CalendarSystem;
import org.councilworkspace.implementation.ProgressPublication;
import org.councilworkspace.implementation.ProgressRequest;
import org.councilworkspace.implementation.ProgressTracker;
import org.councilworkspace.plan.Plan;

/**
 * What the portal shows of the plan's progress (the current publication, with a link to its public page) and, for
 * the plan's managers, "Publish progress as of…": a final act, so it asks first and names what becomes public.
 */
class ProgressPanel extends HorizontalLayout {

    private final ProgressTracker tracker;
    private final Plan plan;
    private final CalendarSystem calendar;
    private final Runnable reload;
    private final Clock clock;

    ProgressPanel(ProgressTracker tracker, Plan plan, CalendarSystem calendar, Clock clock, Runnable reload) {
        this.clock = clock;
        this.tracker = tracker;
        this.plan = plan;
        this.calendar = calendar;
        this.reload = reload;
        setId("progress-panel");
        setAlignItems(Alignment.BASELINE);
        getStyle().set("flex-wrap", "wrap");
        CalendarDates dates = Formats.dates(calendar);
        List<ProgressPublication> history = tracker.history(plan.id());
        if (history.isEmpty()) {
            add(status(getTranslation("implementation.progress.none")));
        } else {
            ProgressPublication current = history.get(0);
            add(status(getTranslation("implementation.progress.last", dates.date(current.asOf()),
                    dates.dateTime(current.publishedAt()))));
            Anchor open = new Anchor("/public/" + language() + "/plans/" + plan.id() + "/progress",
                    getTranslation("implementation.progress.open"), AnchorTarget.BLANK);
            open.setId("progress-public-page");
            add(open);
        }
        if (tracker.mayPublish(plan.id())) {
            Button publish = new Button(getTranslation("implementation.progress.publish"),
                    VaadinIcon.GLOBE.create(), e -> ask());
            publish.setId("publish-progress");
            publish.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            add(publish);
        }
    }

    private Paragraph status(String text) {
        Paragraph p = new Paragraph(text);
        p.setId("progress-status");
        return p;
    }

    private void ask() {
        DatePicker asOf = Pickers.localize(new DatePicker(getTranslation("implementation.progress.as-of")), calendar);
        asOf.setId("progress-as-of");
        asOf.setValue(LocalDate.now(clock));
        asOf.setMax(LocalDate.now(clock));
        asOf.setRequiredIndicatorVisible(true);
        FinalAction.ask(getTranslation("implementation.progress.dialog-title", plan.title()),
                        getTranslation("implementation.progress.confirm"))
                .field(asOf)
                .consequence(getTranslation("implementation.progress.consequence-public"))
                .consequence(getTranslation("implementation.progress.consequence-final"))
                .reason(getTranslation("implementation.progress.reason"), false)
                .open(reason -> publish(asOf, reason));
    }

    private boolean publish(DatePicker asOf, String reason) {
        try {
            tracker.publish(plan.id(), new ProgressRequest(asOf.getValue(), reason));
        } catch (InvalidInputException e) {
            if ("asOf".equals(e.field())) {
                asOf.setErrorMessage(Translations.message(e));
                asOf.setInvalid(true);
            }
            Notifications.error(Translations.message(e));
            return false;
        }
        Notifications.success(getTranslation("implementation.progress.published",
                Formats.dates(calendar).date(asOf.getValue())));
        reload.run();
        return true;
    }

    /** The portal page in the reader's language where the portal has it, else English. */
    private String language() {
        String lang = Translations.locale().getLanguage();
        return List.of("en", "ja", "th").contains(lang) ? lang : "en";
    }
}
