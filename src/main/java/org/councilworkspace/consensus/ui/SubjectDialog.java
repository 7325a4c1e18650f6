package org.councilworkspace.consensus.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.councilworkspace.base.InvalidInputException;
import org.councilworkspace.base.ui.FieldErrors;
import org.councilworkspace.base.ui.FinalAction;
import org.councilworkspace.base.ui.Notifications;
import org.councilworkspace.base.ui.Translations;
import org.councilworkspace.consensus.ChairService;
import org.councilworkspace.consensus.ConsensusService;
import org.councilworkspace.consensus.MatrixRow;
import org.councilworkspace.consensus.Position;
import org.councilworkspace.consensus.SectionConsensusState;
import org.councilworkspace.consensus.Stance;
import org.councilworkspace.council.Member;

/**
 * One subject of the matrix up close: each member's position, who has not responded (with a reminder),
 * and for the chair: declare consensus, reopen, take an objection or reservation into the annex.
 */
class SubjectDialog extends Dialog {

    SubjectDialog(ConsensusService consensus, ChairService chair, long planId, MatrixRow row, List<Member> members,
                  boolean isChair, boolean mayRemind, Runnable onChange) {
        setHeaderTitle(row.sectionId() == null ? getTranslation("matrix.whole-plan") : row.number() + " " + row.title());
        setWidth("min(60rem, 96vw)");
        add(new Paragraph(getTranslation("matrix.state-is", Translations.label(row.state()),
                Translations.label(row.outcome()))));
        if (row.declaration() != null) {
            add(new Paragraph(getTranslation("matrix.declared", row.declaration())));
        }
        List<Position> positions = consensus.positions(planId, row.sectionId());
        Grid<Position> grid = new Grid<>(Position.class, false);
        grid.setId("subject-positions");
        grid.addColumn(Position::displayName).setHeader(getTranslation("users.display-name")).setAutoWidth(true);
        grid.addColumn(p -> Translations.label(p.group())).setHeader(getTranslation("members.group")).setAutoWidth(true);
        grid.addColumn(p -> ConsensusBadges.symbol(p.stance()) + " " + Translations.label(p.stance())
                + (p.stale() ? " (" + getTranslation("matrix.stale") + ")" : "")).setHeader(getTranslation("position.title"))
                .setAutoWidth(true);
        // Reasons are the point of an objection or reservation: shown whole, wrapped, with the writer's line breaks.
        grid.addComponentColumn(p -> {
            Span reason = new Span(p.reason() == null ? "" : p.reason());
            reason.addClassName("position-reason");
            reason.getStyle().set("white-space", "pre-wrap").set("overflow-wrap", "anywhere");
            return reason;
        }).setKey("reason").setHeader(getTranslation("position.reason")).setFlexGrow(2);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        if (isChair) {
            grid.addComponentColumn(p -> annexButton(chair, p, onChange)).setAutoWidth(true);
        }
        // One subject has at most the council's members: listed whole.
        grid.setItems(positions);
        grid.setAllRowsVisible(true);
        add(grid);

        Map<Long, Member> byUser = members.stream().collect(Collectors.toMap(Member::userId, Function.identity(), (a, b) -> a));
        List<Long> silent = consensus.notResponded(planId, row.sectionId());
        add(new H3(getTranslation("matrix.not-responded", silent.size())),
                new Paragraph(silent.stream().map(id -> byUser.containsKey(id) ? byUser.get(id).displayName() : "#" + id)
                        .collect(Collectors.joining(", "))));
        if (mayRemind && !silent.isEmpty()) {
            Button remind = new Button(getTranslation("matrix.request-positions"), e -> {
                int sent = consensus.requestPositions(planId, row.sectionId());
                Notifications.success(getTranslation("matrix.requested", sent));
            });
            remind.setId("request-positions");
            add(remind);
        }
        if (isChair && row.sectionId() != null) {
            add(chairActions(chair, planId, row, onChange));
        }
        getFooter().add(new Button(getTranslation("action.close"), e -> close()));
    }

    private com.vaadin.flow.component.Component chairActions(ChairService chair, long planId, MatrixRow row,
                                                             Runnable onChange) {
        com.vaadin.flow.component.html.Div box = new com.vaadin.flow.component.html.Div();
        box.addClassName("cw-chair-actions");
        if (row.state() == SectionConsensusState.AGREED) {
            TextArea reason = new TextArea(getTranslation("matrix.reopen-reason"));
            reason.setWidthFull();
            FieldErrors errors = new FieldErrors().bind("reason", reason);
            Button reopen = new Button(getTranslation("matrix.reopen"), e -> {
                if (errors.run(() -> chair.reopen(planId, row.sectionId(), reason.getValue()))) {
                    close();
                    onChange.run();
                }
            });
            box.add(new H3(getTranslation("matrix.reopen")), reason, reopen);
            return box;
        }
        TextArea summary = new TextArea(getTranslation("matrix.summary"));
        summary.setId("declare-summary");
        summary.setWidthFull();
        summary.setMaxLength(2000);
        Checkbox over = new Checkbox(getTranslation("matrix.over-objections"));
        over.setId("declare-over-objections");
        over.setVisible(row.state() == SectionConsensusState.CONTESTED);
        FieldErrors errors = new FieldErrors().bind("summary", summary);
        Button declare = new Button(getTranslation("matrix.declare"), e -> confirmDeclaration(row, over.getValue())
                .openAndClose(reason -> {
                    if (errors.run(() -> chair.declare(planId, row.sectionId(), summary.getValue(), over.getValue()))) {
                        Notifications.success(getTranslation("matrix.declared-done"));
                        close();
                        onChange.run();
                    }
                }));
        declare.setId("declare-consensus");
        declare.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        box.add(new H3(getTranslation("matrix.declare")), summary, over, declare);
        return box;
    }

    /** Declaring is what members and the adoption rely on, so the chair is told what it does before it is done. */
    private FinalAction confirmDeclaration(MatrixRow row, boolean overObjections) {
        FinalAction ask = FinalAction.ask(getTranslation("matrix.declare-title", row.number() + " " + row.title()),
                        getTranslation("matrix.declare"))
                .consequence(getTranslation("matrix.declare-effect"))
                .consequence(getTranslation("matrix.declare-members"));
        // Open objections on the current text go to the annex whenever consensus is declared, not only over them.
        if (overObjections || row.total(cell -> cell.count(Stance.OBJECT)) > 0) {
            ask.consequence(getTranslation("matrix.declare-annex"));
        }
        return ask.consequence(getTranslation("matrix.declare-reopen"));
    }

    private com.vaadin.flow.component.Component annexButton(ChairService chair, Position p, Runnable onChange) {
        Button add = new Button(getTranslation("annex.add"), e -> {
            try {
                chair.recordMinorityOpinion(p.id(), null);
                Notifications.success(getTranslation("annex.added"));
                onChange.run();
            } catch (InvalidInputException ex) {
                Notifications.error(Translations.message(ex));
            }
        });
        add.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        add.setVisible(!p.stale() && (p.stance() == Stance.OBJECT || p.stance() == Stance.AGREE_WITH_RESERVATIONS));
        return add;
    }
}
