package org.councilworkspace.plan.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.value.ValueChangeMode;
import org.councilworkspace.plan.text.MergePart;

/**
 * One conflicting passage: my wording and theirs side by side, "keep mine", "keep theirs", "keep both", and the
 * wording to save, free to edit. It counts as resolved once a choice is made or the wording is typed; until every
 * passage is, the dialog saves nothing.
 */
class ConflictPassage extends Div {

    private final TextArea wording = new TextArea();
    private final Span status = new Span();
    private final Runnable onChange;
    private boolean resolved;

    ConflictPassage(MergePart part, int number, int of, String theirAuthor, Runnable onChange) {
        this.onChange = onChange;
        String id = "conflict-" + number;
        setId(id);
        addClassName("cw-conflict-passage");
        H3 heading = new H3(getTranslation("conflict.passage", number, of));
        heading.setId(id + "-heading");
        // A labelled group, so "Keep mine" is read with the passage it belongs to.
        getElement().setAttribute("role", "group");
        getElement().setAttribute("aria-labelledby", heading.getId().orElseThrow());

        Div columns = new Div(column(id + "-mine", getTranslation("conflict.mine-wording"), part.mineWording(),
                getTranslation("conflict.mine-empty")),
                column(id + "-theirs", getTranslation("conflict.theirs-wording", theirAuthor), part.theirsWording(),
                        getTranslation("conflict.theirs-empty")));
        columns.addClassName("cw-diff-columns");

        Button mine = choice(id + "-keep-mine", "conflict.keep-mine", part.mineWording());
        Button theirs = choice(id + "-keep-theirs", "conflict.keep-theirs", part.theirsWording());
        Button both = choice(id + "-keep-both", "conflict.keep-both", part.bothWording());
        HorizontalLayout choices = new HorizontalLayout(mine, theirs, both);
        choices.setWrap(true);

        wording.setId(id + "-wording");
        wording.setLabel(getTranslation("conflict.wording"));
        wording.setPlaceholder(getTranslation("conflict.wording-placeholder"));
        wording.setWidthFull();
        // Every keystroke counts: the Save click must see the wording exactly as typed.
        wording.setValueChangeMode(ValueChangeMode.EAGER);
        wording.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                markResolved();
            }
        });
        status.setId(id + "-status");
        status.addClassName("cw-conflict-status");
        showStatus();
        add(heading, columns, choices, wording, status);
    }

    boolean resolved() {
        return resolved;
    }

    String wording() {
        return wording.getValue();
    }

    void focusWording() {
        wording.focus();
    }

    private Button choice(String id, String key, String text) {
        Button button = new Button(getTranslation(key), e -> {
            wording.setValue(text);
            markResolved();
        });
        button.setId(id);
        return button;
    }

    private void markResolved() {
        resolved = true;
        showStatus();
        onChange.run();
    }

    private void showStatus() {
        // Words and a symbol as well as the colour, so the state is not told by colour alone.
        status.setText(resolved ? "✔ " + getTranslation("conflict.resolved") : "● " + getTranslation("conflict.unresolved"));
        status.getElement().setAttribute("data-resolved", Boolean.toString(resolved));
    }

    private static Div column(String id, String title, String text, String whenEmpty) {
        Pre body = new Pre(text.isEmpty() ? whenEmpty : text);
        body.setId(id);
        // The passage can be long and scrolls: reachable by keyboard and named for screen readers.
        body.getElement().setAttribute("tabindex", "0");
        body.getElement().setAttribute("role", "region");
        body.getElement().setAttribute("aria-label", title);
        return new Div(new Span(title), body);
    }
}
