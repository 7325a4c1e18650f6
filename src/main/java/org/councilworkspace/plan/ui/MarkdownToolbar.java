package org.councilworkspace.plan.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextArea;

/**
 * Formatting buttons for the Markdown text area: they wrap the selection or prefix its lines in the
 * browser (no round trip), then let the field report its new value as if typed.
 */
class MarkdownToolbar extends Div {

    private static final String WRAP = """
            const ta = $0.querySelector('textarea'); if (!ta) return;
            const s = ta.selectionStart, e = ta.selectionEnd;
            const chosen = ta.value.substring(s, e) || $3;
            ta.setRangeText($1 + chosen + $2, s, e, 'select');
            ta.dispatchEvent(new Event('input', {bubbles: true})); ta.dispatchEvent(new Event('change', {bubbles: true}));
            ta.focus();""";

    private static final String PREFIX_LINES = """
            const ta = $0.querySelector('textarea'); if (!ta) return;
            let s = ta.selectionStart; const e = ta.selectionEnd;
            s = ta.value.lastIndexOf('\\n', s - 1) + 1;
            const lines = ta.value.substring(s, e).split('\\n');
            const out = lines.map((l, i) => ($2 ? (i + 1) + '. ' : $1) + l).join('\\n');
            ta.setRangeText(out, s, e, 'select');
            ta.dispatchEvent(new Event('input', {bubbles: true})); ta.dispatchEvent(new Event('change', {bubbles: true}));
            ta.focus();""";

    MarkdownToolbar(TextArea area) {
        addClassName("cw-md-toolbar");
        getElement().setAttribute("role", "toolbar");
        getElement().setAttribute("aria-label", getTranslation("editor.toolbar"));
        add(button(VaadinIcon.HEADER, "editor.heading", () -> prefix(area, "## ")),
                button(VaadinIcon.BOLD, "editor.bold", () -> wrap(area, "**", "**", getTranslation("editor.sample"))),
                button(VaadinIcon.ITALIC, "editor.italic", () -> wrap(area, "_", "_", getTranslation("editor.sample"))),
                button(VaadinIcon.LIST_UL, "editor.bullets", () -> prefix(area, "- ")),
                button(VaadinIcon.LIST_OL, "editor.numbers", () -> numbered(area)),
                button(VaadinIcon.TABLE, "editor.table", () -> wrap(area, "\n| ", " | Column 2 |\n|---|---|\n| | |\n", "Column 1")),
                button(VaadinIcon.LINK, "editor.link", () -> wrap(area, "[", "](https://)", getTranslation("editor.link-text"))));
    }

    private Button button(VaadinIcon icon, String labelKey, Runnable action) {
        Button button = new Button(icon.create(), e -> action.run());
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ICON, ButtonVariant.LUMO_SMALL);
        button.setAriaLabel(getTranslation(labelKey));
        // The browser's own tooltip: a Vaadin tooltip per button would cost server memory in every editor tab.
        button.getElement().setAttribute("title", getTranslation(labelKey));
        return button;
    }

    private static void wrap(TextArea area, String before, String after, String sample) {
        area.getElement().executeJs(WRAP, area.getElement(), before, after, sample);
    }

    private static void prefix(TextArea area, String prefix) {
        area.getElement().executeJs(PREFIX_LINES, area.getElement(), prefix, false);
    }

    private static void numbered(TextArea area) {
        area.getElement().executeJs(PREFIX_LINES, area.getElement(), "", true);
    }
}
