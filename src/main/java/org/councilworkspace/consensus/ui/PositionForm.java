package org.councilworkspace.consensus.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.List;
import java.util.Optional;
import org.councilworkspace.base.ui.FieldErrors;
import org.councilworkspace.base.ui.Formats;
import org.councilworkspace.base.ui.Notifications;
import org.councilworkspace.base.ui.Translations;
import org.councilworkspace.consensus.ConsensusService;
import org.councilworkspace.consensus.Position;
import org.councilworkspace.consensus.Stance;
import org.councilworkspace.plan.SectionDraft;
import org.councilworkspace.plan.ui.SectionPanelContributor;

/**
 * My position on a section or on the whole plan: shows the current one (and says so when the text has
 * changed since), and records a new one. Reservations and objections ask for the reason.
 * The choice itself (five options and a reason) is built when the member asks for it, and the earlier
 * positions when that list is opened: most visits only read the page, and every open page is held in the
 * server's memory, so a page carries what is used.
 */
public class PositionForm extends Div implements SectionPanelContributor.FollowsRevisions {

    private final ConsensusService consensus;
    private final long planId;
    private final Long sectionId;
    private final long myId;
    private final Paragraph status = new Paragraph();
    private final Paragraph reasonShown = new Paragraph();
    private final Button change = new Button();
    private final Button confirm = new Button();
    private final Div choice = new Div();
    private final Details earlier = new Details();

    public PositionForm(ConsensusService consensus, long planId, Long sectionId, long myId) {
        this.consensus = consensus;
        this.planId = planId;
        this.sectionId = sectionId;
        this.myId = myId;
        addClassName("cw-position-form");
        setId(sectionId == null ? "plan-position" : "section-position");
        status.setId(prefixed("position-status"));
        status.getElement().setAttribute("role", "status");
        // The member's own words, as typed: a reservation or objection is read back before it is confirmed.
        reasonShown.setId(prefixed("position-reason-shown"));
        reasonShown.addClassName("cw-position-reason");
        reasonShown.getStyle().set("white-space", "pre-wrap").set("overflow-wrap", "anywhere");
        change.setId(prefixed("change-position"));
        change.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        change.addClickListener(e -> openChoice());
        confirm.setText(getTranslation("position.confirm"));
        confirm.setId(prefixed("confirm-position"));
        confirm.addClickListener(e -> current().ifPresent(p -> {
            if (new FieldErrors().run(() -> consensus.recordPosition(planId, sectionId, p.stance(), p.reason()))) {
                Notifications.success(getTranslation("position.saved"));
            }
            refresh();
        }));
        earlier.setId(prefixed("position-history"));
        earlier.addOpenedChangeListener(e -> {
            if (e.isOpened()) {
                showHistory();
            }
        });
        add(new H3(getTranslation("position.title")), status, reasonShown, wrapping(change, confirm), choice, earlier);
        refresh();
    }

    private String prefixed(String id) {
        return (sectionId == null ? "plan-" : "section-") + id;
    }

    private void openChoice() {
        Optional<Position> mine = current();
        RadioButtonGroup<Stance> stance = new RadioButtonGroup<>();
        TextArea reason = new TextArea();
        stance.setLabel(getTranslation(sectionId == null ? "position.on-plan" : "position.on-section"));
        stance.setItems(Stance.values());
        stance.setItemLabelGenerator(s -> ConsensusBadges.symbol(s) + " " + Translations.label(s));
        stance.addValueChangeListener(e -> reason.setRequiredIndicatorVisible(e.getValue() != null
                && e.getValue().requiresReason()));
        reason.setLabel(getTranslation("position.reason"));
        reason.setId(prefixed("position-reason"));
        reason.setMaxLength(4000);
        reason.setWidthFull();
        mine.ifPresent(p -> {
            stance.setValue(p.stance());
            reason.setValue(p.reason() == null ? "" : p.reason());
        });
        FieldErrors errors = new FieldErrors().bind("stance", stance).bind("reason", reason);
        Button save = new Button(getTranslation("position.save"), e -> {
            if (errors.run(() -> consensus.recordPosition(planId, sectionId, stance.getValue(), reason.getValue()))) {
                Notifications.success(getTranslation("position.saved"));
                refresh();
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId(sectionId == null ? "save-plan-position" : "save-position");
        Button cancel = new Button(getTranslation("action.cancel"), e -> refresh());
        choice.removeAll();
        choice.add(stance, reason, wrapping(save, cancel));
        change.setVisible(false);
        confirm.setVisible(false);
        // The button that was pressed is gone: keyboard focus moves on to the choice.
        stance.getElement().callJsFunction("focus");
    }

    /** Buttons side by side that wrap onto the next line on a phone rather than running off the screen. */
    private static HorizontalLayout wrapping(Button... buttons) {
        HorizontalLayout row = new HorizontalLayout(buttons);
        row.setWrap(true);
        return row;
    }

    private Optional<Position> current() {
        return consensus.positions(planId, sectionId).stream().filter(p -> p.userId() == myId).findFirst();
    }

    /**
     * The section's text changed while the page is open. A member in the middle of choosing keeps their choice and
     * reason; the line above it says whether the position they had is now stale.
     */
    @Override
    public void revised(SectionDraft newer) {
        if (choice.getComponentCount() > 0) {
            showStatus(current());
        } else {
            refresh();
        }
    }

    /** Back to the summary: the current position, and the buttons to change or confirm it. */
    private void refresh() {
        choice.removeAll();
        Optional<Position> mine = current();
        change.setVisible(true);
        change.setText(getTranslation(mine.isPresent() ? "position.change" : "position.record"));
        confirm.setVisible(mine.map(Position::stale).orElse(false));
        showStatus(mine);
        String reason = mine.map(Position::reason).orElse(null);
        reasonShown.setText(reason == null ? "" : reason);
        reasonShown.setVisible(reason != null && !reason.isBlank());
        // Every earlier position stays on record; the member can see how their view developed.
        int earlierCount = Math.max(0, consensus.myHistory(planId, sectionId).size() - 1);
        earlier.setSummaryText(getTranslation("position.history", earlierCount));
        earlier.setVisible(earlierCount > 0);
        earlier.removeAll();
        if (earlier.isOpened()) {
            showHistory();
        }
    }

    private void showStatus(Optional<Position> mine) {
        status.setText(mine.map(p -> getTranslation(p.stale() ? "position.current-stale" : "position.current",
                        Translations.label(p.stance())))
                .orElse(getTranslation("position.none")));
    }

    private void showHistory() {
        earlier.removeAll();
        List<Position> history = consensus.myHistory(planId, sectionId);
        UnorderedList list = new UnorderedList();
        history.stream().skip(1).forEach(p -> list.add(new ListItem(Formats.dateTime(p.createdAt()) + " · "
                + Translations.label(p.stance()) + (p.reason() == null ? "" : " — " + p.reason()))));
        earlier.add(list);
    }
}
