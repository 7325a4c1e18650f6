package org.councilworkspace.base.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * Asks before an act that others rely on or that makes something public. The dialog names the thing in its title and
 * says what will happen (what becomes public, who is told, what can no longer change), never just "Are you sure?".
 * With a reason field the act is refused until a reason is given, and the reason goes to the service.
 *
 * <p>Stable ids for tests and assistive technology: {@code final-action} (the dialog), {@code final-action-confirm},
 * {@code final-action-cancel} and {@code final-action-reason}. Escape or Cancel closes it and nothing happens.
 */
public final class FinalAction {

    private final Dialog dialog = new Dialog();
    private final VerticalLayout body = new VerticalLayout();
    private final Button confirm = new Button();
    private final Button cancel = new Button();
    private TextArea reason;
    private boolean reasonRequired;

    private FinalAction(String title, String confirmLabel) {
        dialog.setId("final-action");
        dialog.setHeaderTitle(title);
        // The overlay is what assistive technology reads; its header title is the dialog's accessible name.
        dialog.setOverlayRole("alertdialog");
        dialog.setCloseOnEsc(true);
        dialog.setCloseOnOutsideClick(false);
        body.setPadding(false);
        body.setSpacing(false);
        body.setMaxWidth("36rem");
        dialog.add(body);
        confirm.setText(confirmLabel);
        confirm.setId("final-action-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        cancel.setText(Translations.t("action.cancel"));
        cancel.addClickListener(e -> dialog.close());
        cancel.setId("final-action-cancel");
        cancel.addClickShortcut(Key.ESCAPE);
        dialog.getFooter().add(cancel, confirm);
    }

    /** A dialog titled with the act and its object, e.g. "Approve the minutes of the 3rd plenary". */
    public static FinalAction ask(String title, String confirmLabel) {
        return new FinalAction(title, confirmLabel);
    }

    /** One line of what will happen; call once per consequence. */
    public FinalAction consequence(String text) {
        body.add(new Paragraph(text));
        return this;
    }

    public FinalAction consequences(List<String> lines) {
        lines.forEach(this::consequence);
        return this;
    }

    /** An input the act needs besides a reason (a new date, an explicit acknowledgement); the caller reads it. */
    public FinalAction field(com.vaadin.flow.component.Component field) {
        body.add(field);
        return this;
    }

    /** The confirm button in the error colour, for acts that remove or end something. */
    public FinalAction destructive() {
        confirm.addThemeVariants(ButtonVariant.LUMO_ERROR);
        return this;
    }

    /** A reason field; when required, confirming with an empty reason is refused at the field. */
    public FinalAction reason(String label, boolean required) {
        reason = new TextArea(label);
        reason.setId("final-action-reason");
        reason.setWidthFull();
        reason.setMaxLength(2000);
        reason.setRequiredIndicatorVisible(required);
        reasonRequired = required;
        body.add(reason);
        return this;
    }

    /** Opens the dialog; {@code act} runs on confirm and says whether it succeeded (the dialog then closes). */
    public void open(Predicate<String> act) {
        confirm.addClickListener(e -> {
            String given = reason == null ? "" : reason.getValue().strip();
            if (reasonRequired && given.isEmpty()) {
                reason.setErrorMessage(Translations.t("final-action.reason-required"));
                reason.setInvalid(true);
                reason.focus();
                return;
            }
            if (act.test(given)) {
                dialog.close();
            }
        });
        dialog.open();
        // The least harmful choice has the focus, so Enter pressed by habit does not publish anything.
        if (reason != null) {
            reason.focus();
        } else {
            cancel.focus();
        }
    }

    /** Like {@link #open(Predicate)} for an act that shows its own errors and always closes the dialog. */
    public void openAndClose(Consumer<String> act) {
        open(given -> {
            act.accept(given);
            return true;
        });
    }
}
