package org.councilworkspace.meeting.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent.Alignment;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.councilworkspace.base.ConcurrentChangeException;
import org.councilworkspace.base.ui.FieldErrors;
import org.councilworkspace.base.ui.Notifications;
import org.councilworkspace.base.ui.Translations;
import org.councilworkspace.meeting.AgendaPurpose;
import org.councilworkspace.meeting.AgendaTemplate;
import org.councilworkspace.meeting.AgendaTemplateService;
import org.councilworkspace.meeting.TemplateItem;

/**
 * One template's items, each a row of fields with labelled buttons to move it up or down and remove it, so the
 * order is changed from the keyboard. Nothing is stored until Save.
 */
class TemplateEditor extends Div {

    private final AgendaTemplateService templates;
    private final long councilId;
    private final AgendaTemplate template;
    private final Consumer<AgendaTemplate> onSaved;
    private final TextField name = new TextField();
    private final OrderedList rows = new OrderedList();
    private final List<Row> fields = new ArrayList<>();
    private final List<Button[]> moves = new ArrayList<>();
    private FieldErrors errors = new FieldErrors();

    private record Row(TextField title, IntegerField minutes, Select<AgendaPurpose> purpose) {
        TemplateItem value() {
            return new TemplateItem(title.getValue(), minutes.getValue(), purpose.getValue());
        }
    }

    TemplateEditor(AgendaTemplateService templates, long councilId, AgendaTemplate template,
                   Consumer<AgendaTemplate> onSaved) {
        this.templates = templates;
        this.councilId = councilId;
        this.template = template;
        this.onSaved = onSaved;
        add(new H2(template.builtin() == null && template.id() == null ? getTranslation("meeting.templates.new")
                : TemplateLabels.name(template)));
        if (template.builtin() == null) {
            name.setLabel(getTranslation("meeting.templates.name"));
            name.setId("template-name");
            name.setMaxLength(200);
            name.setRequiredIndicatorVisible(true);
            name.setValue(template.name() == null ? "" : template.name());
            add(name);
        }
        rows.setId("template-items");
        rows.addClassName("cw-plain-list");
        add(rows);
        render(template.items());
        Button addItem = new Button(getTranslation("meeting.templates.add-item"), VaadinIcon.PLUS.create(), e -> {
            List<TemplateItem> items = current();
            items.add(new TemplateItem("", 15, AgendaPurpose.DISCUSSION));
            render(items);
        });
        addItem.setId("template-add-item");
        Button save = new Button(getTranslation("action.save"), e -> save());
        save.setId("template-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout actions = new HorizontalLayout(addItem, save);
        if (template.id() != null) {
            Button remove = new Button(getTranslation(template.builtin() == null ? "meeting.templates.remove"
                    : "meeting.templates.reset"), VaadinIcon.TRASH.create(), e -> remove());
            remove.setId("template-remove");
            remove.addThemeVariants(ButtonVariant.LUMO_ERROR);
            actions.add(remove);
        }
        add(actions);
    }

    private List<TemplateItem> current() {
        return new ArrayList<>(fields.stream().map(Row::value).toList());
    }

    private void render(List<TemplateItem> items) {
        rows.removeAll();
        fields.clear();
        moves.clear();
        errors = new FieldErrors().bind("name", name);
        for (int i = 0; i < items.size(); i++) {
            rows.add(row(items, i));
        }
    }

    private ListItem row(List<TemplateItem> items, int i) {
        TemplateItem item = items.get(i);
        TextField title = new TextField(getTranslation("meeting.templates.item", i + 1));
        title.addClassName("template-item-title");
        title.setMaxLength(300);
        title.setWidth("min(28rem, 90vw)");
        title.setValue(item.title() == null ? "" : item.title());
        IntegerField minutes = new IntegerField(getTranslation("meeting.item.minutes"));
        minutes.setMin(1);
        minutes.setMax(1440);
        minutes.setValue(item.minutesAllotted());
        Select<AgendaPurpose> purpose = new Select<>();
        purpose.setLabel(getTranslation("meeting.item.purpose"));
        purpose.setItems(AgendaPurpose.values());
        purpose.setItemLabelGenerator(Translations::label);
        purpose.setValue(item.purpose());
        fields.add(new Row(title, minutes, purpose));
        errors.bind("title-" + i, title).bind("minutes-" + i, minutes).bind("purpose-" + i, purpose);
        String shown = item.title() == null || item.title().isBlank() ? String.valueOf(i + 1) : item.title();
        Button up = small(VaadinIcon.ARROW_UP, getTranslation("meeting.item.up", shown), () -> move(i, -1));
        up.setEnabled(i > 0);
        Button down = small(VaadinIcon.ARROW_DOWN, getTranslation("meeting.item.down", shown), () -> move(i, 1));
        down.setEnabled(i < items.size() - 1);
        moves.add(new Button[] {up, down});
        Button remove = small(VaadinIcon.TRASH, getTranslation("meeting.templates.remove-item", shown), () -> {
            List<TemplateItem> now = current();
            now.remove(i);
            render(now);
        });
        HorizontalLayout line = new HorizontalLayout(title, minutes, purpose, up, down, remove);
        line.setAlignItems(Alignment.BASELINE);
        line.getStyle().set("flex-wrap", "wrap");
        ListItem li = new ListItem(line);
        li.addClassName("template-item");
        return li;
    }

    /** Moves an item and keeps the keyboard focus on the same button of the moved item, to move it on. */
    private void move(int index, int direction) {
        List<TemplateItem> items = current();
        int to = index + direction;
        items.add(to, items.remove(index));
        render(items);
        Button[] buttons = moves.get(to);
        Button same = direction < 0 ? buttons[0] : buttons[1];
        (same.isEnabled() ? same : direction < 0 ? buttons[1] : buttons[0]).focus();
    }

    private static Button small(VaadinIcon icon, String label, Runnable action) {
        Button button = new Button(icon.create(), e -> action.run());
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        button.getElement().setAttribute("aria-label", label);
        button.setTooltipText(label);
        return button;
    }

    private void save() {
        AgendaTemplate edited = new AgendaTemplate(template.id(), template.builtin(), name.getValue(), current(),
                template.version());
        errors.run(() -> {
            try {
                long id = templates.save(councilId, edited);
                Notifications.success(getTranslation("meeting.templates.saved"));
                onSaved.accept(new AgendaTemplate(id, template.builtin(), edited.name(), edited.items(), 0));
            } catch (ConcurrentChangeException ex) {
                Notifications.error(getTranslation("error.concurrent-change"));
            }
        });
    }

    private void remove() {
        try {
            templates.remove(councilId, template.id(), template.version());
            Notifications.success(getTranslation("meeting.templates.removed"));
        } catch (ConcurrentChangeException ex) {
            Notifications.error(getTranslation("error.concurrent-change"));
        }
        onSaved.accept(template.builtin() == null ? null : template);
    }
}
