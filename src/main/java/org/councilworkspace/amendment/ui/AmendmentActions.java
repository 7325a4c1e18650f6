package org.councilworkspace.amendment.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.List;
import java.util.function.Consumer;
import org.councilworkspace.amendment.Amendment;
import org.councilworkspace.amendment.AmendmentService;
import org.councilworkspace.amendment.AmendmentStance;
import org.councilworkspace.amendment.AmendmentState;
import org.councilworkspace.amendment.MissingSupport;
import org.councilworkspace.amendment.SupportShortfallException;
import org.councilworkspace.amendment.SectionRights;
import org.councilworkspace.base.ConcurrentChangeException;
import org.councilworkspace.base.InvalidInputException;
import org.councilworkspace.base.ui.FieldErrors;
import org.councilworkspace.base.ui.FinalAction;
import org.councilworkspace.base.ui.Notifications;
import org.councilworkspace.base.ui.Translations;

/**
 * The buttons for what the signed-in person may do with one amendment: support or oppose it (with an
 * optional reason), accept or reject it (with a reason), update or withdraw their own. Each button names the
 * amendment for screen readers.
 */
class AmendmentActions extends Div {

    /** What became of the amendment after an action: the caller refreshes, or reloads the section if accepted. */
    interface Done extends Consumer<Amendment> {
    }

    private final AmendmentService amendments;
    private final Amendment a;
    private final Done done;

    /** @param missing what the amendment still needs under the council's support rule (empty: nothing) */
    AmendmentActions(AmendmentService amendments, Amendment a, SectionRights rights, List<MissingSupport> missing,
                     Done done) {
        this.amendments = amendments;
        this.a = a;
        this.done = done;
        addClassName("cw-meta-row");
        if (rights.mayOpineOn(a)) {
            add(button("amendment.support", VaadinIcon.THUMBS_UP, "support", e -> opine(AmendmentStance.SUPPORT)));
            add(button("amendment.oppose", VaadinIcon.THUMBS_DOWN, "oppose", e -> opine(AmendmentStance.OPPOSE)));
        }
        if (rights.mayDecideOn(a)) {
            Button accept = button("amendment.accept", VaadinIcon.CHECK, "accept", e -> confirmAccept());
            accept.addThemeVariants(ButtonVariant.LUMO_SUCCESS, ButtonVariant.LUMO_PRIMARY);
            accept.setEnabled(a.state() == AmendmentState.OPEN && missing.isEmpty());
            if (a.state() == AmendmentState.CONFLICTING) {
                accept.setTooltipText(getTranslation("amendment.conflicting-not-acceptable"));
            }
            Button reject = button("amendment.reject", VaadinIcon.CLOSE, "reject", e -> reject());
            reject.addThemeVariants(ButtonVariant.LUMO_ERROR);
            add(accept, reject);
            if (!missing.isEmpty() && a.state() == AmendmentState.OPEN) {
                // A disabled button shows no tooltip to a mouse: the reason is also the text below, which it names.
                accept.setTooltipText(getTranslation("amendment.support-missing"));
                accept.getElement().setAttribute("aria-describedby", "support-missing-" + a.id());
            }
        }
        if (!missing.isEmpty() && a.state() == AmendmentState.OPEN) {
            Div why = SupportText.notice(a.id(), missing);
            why.setWidthFull();
            add(why);
        }
        if (rights.mayUpdate(a)) {
            Button update = button("amendment.update", VaadinIcon.EDIT, "update",
                    e -> AmendmentEditor.update(amendments, a, id -> done.accept(amendments.amendment(id))).open());
            if (a.state() == AmendmentState.CONFLICTING) {
                update.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            }
            add(update, button("amendment.withdraw", VaadinIcon.ARROW_BACKWARD, "withdraw", e -> confirmWithdraw()));
        }
    }

    private Button button(String key, VaadinIcon icon, String id, com.vaadin.flow.component.ComponentEventListener<
            com.vaadin.flow.component.ClickEvent<Button>> listener) {
        Button button = new Button(getTranslation(key), icon.create(), listener);
        button.addThemeVariants(ButtonVariant.LUMO_SMALL);
        button.setId(id + "-amendment-" + a.id());
        button.setAriaLabel(getTranslation(key) + ": " + getTranslation("amendment.number", a.id()));
        return button;
    }

    private void opine(AmendmentStance stance) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation(stance == AmendmentStance.SUPPORT ? "amendment.support-title"
                : "amendment.oppose-title", a.id()));
        TextArea reason = new TextArea(getTranslation("amendment.opinion-reason"));
        reason.setId("opinion-reason");
        reason.setWidthFull();
        reason.setMaxLength(AmendmentService.MAX_REASON);
        FieldErrors errors = new FieldErrors().bind("reason", reason);
        Button save = new Button(getTranslation(stance == AmendmentStance.SUPPORT ? "amendment.support"
                : "amendment.oppose"), e -> run(() -> {
                    if (errors.run(() -> amendments.opine(a.id(), stance, reason.getValue()))) {
                        dialog.close();
                        Notifications.success(getTranslation("amendment.opinion-saved"));
                        done.accept(amendments.amendment(a.id()));
                    }
                }));
        save.setId("save-opinion");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(reason);
        dialog.setWidth("min(36rem, 96vw)");
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), e -> dialog.close()), save);
        dialog.open();
        reason.focus();
    }

    private void confirmAccept() {
        FinalAction.ask(getTranslation("amendment.accept-title", a.id()), getTranslation("amendment.accept"))
                .consequence(getTranslation("amendment.accept-text", a.proposerName()))
                .consequence(getTranslation("amendment.decision-final"))
                .openAndClose(reason -> run(() -> {
                    Amendment after = amendments.accept(a.id(), a.version());
                    if (after.state() == AmendmentState.ACCEPTED) {
                        Notifications.success(getTranslation("amendment.accepted", after.acceptedRevisionNo()));
                    } else {
                        Notifications.error(getTranslation("amendment.became-conflicting"));
                    }
                    done.accept(after);
                }));
    }

    private void reject() {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("amendment.reject-title", a.id()));
        TextArea reason = new TextArea(getTranslation("amendment.reject-reason"));
        reason.setId("reject-reason");
        reason.setRequired(true);
        reason.setWidthFull();
        reason.setMaxLength(AmendmentService.MAX_REASON);
        FieldErrors errors = new FieldErrors().bind("reason", reason);
        Button save = new Button(getTranslation("amendment.reject"), e -> run(() -> {
            if (errors.run(() -> done.accept(amendments.reject(a.id(), a.version(), reason.getValue())))) {
                dialog.close();
                Notifications.success(getTranslation("amendment.rejected"));
            }
        }));
        save.setId("save-rejection");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        dialog.add(reason);
        dialog.setWidth("min(36rem, 96vw)");
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), e -> dialog.close()), save);
        dialog.open();
        reason.focus();
    }

    private void confirmWithdraw() {
        FinalAction.ask(getTranslation("amendment.withdraw-title", a.id()), getTranslation("amendment.withdraw"))
                .consequence(getTranslation("amendment.withdraw-text"))
                .destructive()
                .openAndClose(reason -> run(() -> {
                    done.accept(amendments.withdraw(a.id(), a.version()));
                    Notifications.success(getTranslation("amendment.withdrawn"));
                }));
    }

    /** Someone else acted on the amendment first: say so and show its current state. */
    private void run(Runnable action) {
        try {
            action.run();
        } catch (ConcurrentChangeException e) {
            Notifications.error(getTranslation("amendment.changed-meanwhile"));
            done.accept(amendments.amendment(a.id()));
        } catch (SupportShortfallException e) {
            Notifications.error(getTranslation("amendment.support-missing") + " "
                    + String.join(" · ", e.missing().stream().map(SupportText::line).toList()));
            done.accept(amendments.amendment(a.id()));
        } catch (InvalidInputException e) {
            Notifications.error(Translations.message(e));
            done.accept(amendments.amendment(a.id()));
        }
    }
}
