package org.councilworkspace.consultation.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import java.util.function.Consumer;
import org.councilworkspace.consultation.Disposition;
import org.councilworkspace.consultation.RoundStatistics;

/**
 * The round's answers counted, as a row of toggles: "not answered" and each disposition with its count. One click
 * narrows the grid to that state, a second click on the same toggle shows everything again.
 */
class AnswerCounts extends Div {

    /** The state chosen: {@code unanswered} true, or a disposition, or neither (everything). */
    record Choice(boolean unanswered, Disposition disposition) {
        static final Choice NONE = new Choice(false, null);
    }

    private final Consumer<Choice> onChoose;
    private Choice chosen = Choice.NONE;

    AnswerCounts(Consumer<Choice> onChoose) {
        this.onChoose = onChoose;
        setId("answer-counts");
        getStyle().set("display", "flex").set("flex-wrap", "wrap").set("gap", "var(--lumo-space-xs)");
        getElement().setAttribute("role", "group");
        getElement().setAttribute("aria-label", getTranslation("consultation.counts.label"));
    }

    void show(RoundStatistics statistics) {
        removeAll();
        add(toggle("answer-count-unanswered", getTranslation("consultation.unanswered"), statistics.unanswered(),
                new Choice(true, null)));
        for (Disposition d : Disposition.values()) {
            add(toggle("answer-count-" + d.name(), Labels.of(d), statistics.byDisposition().getOrDefault(d, 0),
                    new Choice(false, d)));
        }
    }

    /** Set from the filter fields, so the toggles show what the grid shows. */
    void mark(Choice choice) {
        chosen = choice;
        getChildren().filter(Button.class::isInstance).map(Button.class::cast).forEach(this::paint);
    }

    private Button toggle(String id, String label, int count, Choice choice) {
        Button b = new Button(getTranslation("consultation.counts.item", label, count));
        b.setId(id);
        b.addThemeVariants(ButtonVariant.LUMO_SMALL);
        ComponentUtilData.set(b, choice);
        b.addClickListener(e -> onChoose.accept(choice.equals(chosen) ? Choice.NONE : choice));
        paint(b);
        return b;
    }

    private void paint(Button b) {
        boolean on = ComponentUtilData.get(b).equals(chosen);
        b.getElement().setAttribute("aria-pressed", Boolean.toString(on));
        if (on) {
            b.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        } else {
            b.removeThemeVariants(ButtonVariant.LUMO_PRIMARY);
        }
    }

    /** The choice a toggle stands for, kept on the component. */
    private static final class ComponentUtilData {
        static void set(Button b, Choice c) {
            com.vaadin.flow.component.ComponentUtil.setData(b, Choice.class, c);
        }

        static Choice get(Button b) {
            return com.vaadin.flow.component.ComponentUtil.getData(b, Choice.class);
        }
    }
}
