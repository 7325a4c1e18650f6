package org.councilworkspace.account.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.server.VaadinServletRequest;
import jakarta.servlet.http.HttpServletRequest;
import org.councilworkspace.account.Invitation;
import org.councilworkspace.base.ui.Formats;

/** Shows a set-password link once, with a copy button; the link is not stored in readable form. */
final class InvitationDialog {

    private InvitationDialog() {
    }

    static void show(Invitation invitation) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(dialog.getTranslation("users.invitation.title", invitation.username()));
        TextField link = new TextField(dialog.getTranslation("users.invitation.link"));
        link.setId("invitation-link");
        link.setReadOnly(true);
        link.setWidthFull();
        link.setValue(baseUrl() + invitation.path());
        Paragraph text = new Paragraph(dialog.getTranslation("users.invitation.text",
                Formats.dateTime(invitation.expiresAt())));
        dialog.add(text, link);
        dialog.setWidth("min(40rem, 95vw)");
        Button copy = new Button(dialog.getTranslation("action.copy"), e -> UI.getCurrent().getPage()
                .executeJs("navigator.clipboard && navigator.clipboard.writeText($0)", link.getValue()));
        Button close = new Button(dialog.getTranslation("action.close"), e -> dialog.close());
        close.setId("invitation-close");
        close.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(copy, close);
        dialog.open();
    }

    private static String baseUrl() {
        VaadinServletRequest current = VaadinServletRequest.getCurrent();
        if (current == null) {
            return "/";
        }
        HttpServletRequest request = current.getHttpServletRequest();
        String port = (request.getServerPort() == 80 || request.getServerPort() == 443) ? "" : ":" + request.getServerPort();
        return request.getScheme() + "://" + request.getServerName() + port + request.getContextPath() + "/";
    }
}
