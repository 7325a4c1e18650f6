package org.councilworkspace.meeting.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import org.councilworkspace.base.ConcurrentChangeException;
import org.councilworkspace.base.ui.FieldErrors;
import org.councilworkspace.base.ui.Notifications;
import org.councilworkspace.base.ui.Translations;
import org.councilworkspace.meeting.AgendaItem;
import org.councilworkspace.meeting.AgendaPurpose;
import org.councilworkspace.meeting.AgendaService;
import org.councilworkspace.meeting.LinkChoice;
import org.councilworkspace.meeting.NewAgendaItem;

/**
 * An agenda item by hand, new or changed: title, minutes, presenter, purpose and an optional link into the council's
 * work.
 */
class AgendaItemDialog extends Dialog {

    AgendaItemDialog(AgendaService agendas, long meetingId, Runnable onSaved) {
        this(agendas, meetingId, null, onSaved);
    }

    /** Changes {@code existing} when it is given. */
    AgendaItemDialog(AgendaService agendas, long meetingId, AgendaItem existing, Runnable onSaved) {
        setHeaderTitle(existing == null ? getTranslation("meeting.item.add")
                : getTranslation("meeting.item.edit-title", existing.title()));
        setWidth("min(40rem, 96vw)");
        TextField title = new TextField(getTranslation("meeting.item.title"));
        title.setId("item-form-title");
        title.setMaxLength(300);
        title.setRequiredIndicatorVisible(true);
        IntegerField minutes = new IntegerField(getTranslation("meeting.item.minutes"));
        minutes.setId("item-form-minutes");
        minutes.setMin(1);
        minutes.setMax(1440);
        minutes.setValue(15);
        minutes.setStepButtonsVisible(true);
        TextField presenter = new TextField(getTranslation("meeting.item.presenter"));
        presenter.setId("item-form-presenter");
        presenter.setMaxLength(200);
        Select<AgendaPurpose> purpose = new Select<>();
        purpose.setLabel(getTranslation("meeting.item.purpose"));
        purpose.setId("item-form-purpose");
        purpose.setItems(AgendaPurpose.values());
        purpose.setItemLabelGenerator(Translations::label);
        purpose.setValue(AgendaPurpose.DISCUSSION);
        ComboBox<LinkChoice> link = new ComboBox<>(getTranslation("meeting.item.link"));
        link.setId("item-form-link");
        link.setItems(agendas.linkChoices(meetingId));
        link.setItemLabelGenerator(c -> Translations.label(c.link().kind()) + ": " + c.title());
        link.setClearButtonVisible(true);
        if (existing != null) {
            title.setValue(existing.title());
            minutes.setValue(existing.minutesAllotted());
            presenter.setValue(existing.presenter() == null ? "" : existing.presenter());
            purpose.setValue(existing.purpose());
            link.getListDataView().getItems().filter(c -> c.link().equals(existing.link())).findFirst()
                    .ifPresent(link::setValue);
        }
        FormLayout form = new FormLayout(title, minutes, presenter, purpose, link);
        form.setColspan(title, 2);
        form.setColspan(link, 2);
        add(form);
        FieldErrors errors = new FieldErrors().bind("title", title).bind("minutes", minutes)
                .bind("presenter", presenter).bind("purpose", purpose).bind("link", link);
        Button save = new Button(getTranslation("action.save"), e -> errors.run(() -> {
            NewAgendaItem item = new NewAgendaItem(title.getValue(), minutes.getValue(), presenter.getValue(),
                    purpose.getValue(), link.getValue() == null ? null : link.getValue().link());
            if (existing == null) {
                agendas.addItem(meetingId, item);
            } else {
                try {
                    agendas.updateItem(existing.id(), item, existing.version());
                } catch (ConcurrentChangeException ex) {
                    Notifications.error(getTranslation("error.concurrent-change"));
                }
            }
            close();
            onSaved.run();
        }));
        save.setId("item-form-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), save);
    }
}
