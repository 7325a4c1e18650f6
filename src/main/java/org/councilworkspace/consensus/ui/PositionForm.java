package org.councilworkspace.consensus.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.List;
import org.councilworkspace.base.ui.Formats;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.Optional;
import org.councilworkspace.base.ui.FieldErrors;
import org.councilworkspace.base.ui.Notifications;
import org.councilworkspace.base.ui.Translations;
import org.councilworkspace.consensus.ConsensusService;
import org.councilworkspace.consensus.Position;
import org.councilworkspace.consensus.Stance;

/**
 * My position on a section or on the whole plan: shows the current one (and says so when the text has
 * changed since), and records a new one. Reservations and objections ask for the reason.
 */
public class PositionForm extends Div {

    private final ConsensusService consensus;
    private final long planId;
    private final Long sectionId;
    private final long myId;
    private final Paragraph status = new Paragraph();
    private final RadioButtonGroup<Stance> stance = new RadioButtonGroup<>();
    private final TextArea reason = new TextArea();
    private final Button confirm = new Button();
    private final Details earlier = new Details();

    public PositionForm(ConsensusService consensus, long planId, Long sectionId, long myId) {
        this.consensus = consensus;
        this.planId = planId;
        this.sectionId = sectionId;
        this.myId = myId;
        addClassName("cw-position-form");
        setId(sectionId == null ? "plan-position" : "section-position");
        stance.setLabel(getTranslation(sectionId == null ? "position.on-plan" : "position.on-section"));
        stance.setItems(Stance.values());
        stance.setItemLabelGenerator(s -> ConsensusBadges.symbol(s) + " " + Translations.label(s));
        stance.addValueChangeListener(e -> reason.setRequiredIndicatorVisible(e.getValue() != null && e.getValue().requiresReason()));
        reason.setLabel(getTranslation("position.reason"));
        reason.setMaxLength(4000);
        reason.setWidthFull();
        status.setId(sectionId == null ? "plan-position-status" : "section-position-status");
        status.getElement().setAttribute("role", "status");
        FieldErrors errors = new FieldErrors().bind("stance", stance).bind("reason", reason);
        Button save = new Button(getTranslation("position.save"), e -> {
            if (errors.run(() -> consensus.recordPosition(planId, sectionId, stance.getValue(), reason.getValue()))) {
                Notifications.success(getTranslation("position.saved"));
                refresh();
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId(sectionId == null ? "save-plan-position" : "save-position");
        confirm.setText(getTranslation("position.confirm"));
        confirm.addClickListener(e -> {
            current().ifPresent(p -> errors.run(() -> consensus.recordPosition(planId, sectionId, p.stance(), p.reason())));
            Notifications.success(getTranslation("position.saved"));
            refresh();
        });
        earlier.setId(sectionId == null ? "plan-position-history" : "section-position-history");
        add(new H3(getTranslation("position.title")), status, stance, reason, new HorizontalLayout(save, confirm), earlier);
        refresh();
    }

    private Optional<Position> current() {
        return consensus.positions(planId, sectionId).stream().filter(p -> p.userId() == myId).findFirst();
    }

    private void refresh() {
        Optional<Position> mine = current();
        confirm.setVisible(mine.map(Position::stale).orElse(false));
        status.setText(mine.map(p -> getTranslation(p.stale() ? "position.current-stale" : "position.current",
                        Translations.label(p.stance())))
                .orElse(getTranslation("position.none")));
        mine.ifPresent(p -> {
            stance.setValue(p.stance());
            reason.setValue(p.reason() == null ? "" : p.reason());
        });
        // Every earlier position stays on record; the member can see how their view developed.
        List<Position> history = consensus.myHistory(planId, sectionId);
        earlier.setSummaryText(getTranslation("position.history", Math.max(0, history.size() - 1)));
        earlier.removeAll();
        UnorderedList list = new UnorderedList();
        history.stream().skip(1).forEach(p -> list.add(new ListItem(Formats.dateTime(p.createdAt()) + " · "
                + Translations.label(p.stance()) + (p.reason() == null ? "" : " — " + p.reason()))));
        earlier.add(list);
        earlier.setVisible(history.size() > 1);
    }
}
