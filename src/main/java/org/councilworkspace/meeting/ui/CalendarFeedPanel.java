package org.councilworkspace.meeting.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import org.councilworkspace.base.ui.Formats;
import org.councilworkspace.base.ui.Notifications;
import org.councilworkspace.meeting.CalendarService;

/**
 * The person's calendar feed address: made on request and shown once (only its hash is kept), renewable, and
 * revocable at once if it leaks.
 */
class CalendarFeedPanel extends Div {

    private final CalendarService calendar;
    private final Paragraph state = new Paragraph();
    private final TextField address = new TextField();
    private final Button revoke = new Button();

    CalendarFeedPanel(CalendarService calendar) {
        this.calendar = calendar;
        setId("calendar-feed");
        state.setId("calendar-feed-state");
        state.getElement().setAttribute("role", "status");
        address.setLabel(getTranslation("meeting.feed.address"));
        address.setId("calendar-feed-address");
        address.setReadOnly(true);
        address.setWidthFull();
        address.setHelperText(getTranslation("meeting.feed.address-help"));
        address.setVisible(false);
        Button create = new Button(getTranslation("meeting.feed.create"), e -> {
            String token = calendar.newFeedToken();
            address.setValue(MeetingView.baseUrl() + "/calendar-feed/" + token + ".ics");
            address.setVisible(true);
            showState();
        });
        create.setId("calendar-feed-create");
        revoke.setText(getTranslation("meeting.feed.revoke"));
        revoke.setId("calendar-feed-revoke");
        revoke.addClickListener(e -> {
            calendar.revokeFeed();
            address.clear();
            address.setVisible(false);
            Notifications.success(getTranslation("meeting.feed.revoked"));
            showState();
        });
        add(new H2(getTranslation("meeting.feed.title")), new Paragraph(getTranslation("meeting.feed.text")), state,
                address, create, revoke);
        showState();
    }

    private void showState() {
        var since = calendar.feedCreatedAt();
        state.setText(since.map(t -> getTranslation("meeting.feed.active", Formats.dateTime(t)))
                .orElse(getTranslation("meeting.feed.none")));
        revoke.setEnabled(since.isPresent());
    }
}
