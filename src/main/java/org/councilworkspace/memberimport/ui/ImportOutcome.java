package org.councilworkspace.memberimport.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.server.VaadinServletRequest;
import org.councilworkspace.base.ui.Formats;
import org.councilworkspace.base.ui.Translations;
import org.councilworkspace.memberimport.ImportResult;

/** What the import stored, and the set-password links to hand over when the site sends no e-mail. */
final class ImportOutcome {

    private ImportOutcome() {
    }

    static Div of(ImportResult result) {
        Div box = new Div();
        Paragraph done = new Paragraph("✔ " + Translations.t("members.import.done", result.added(), result.newAccounts(),
                result.skipped()));
        done.setId("import-result");
        done.getElement().setAttribute("role", "status");
        box.add(done);
        if (result.emailed() > 0) {
            Paragraph mailed = new Paragraph(Translations.t("members.import.emailed", result.emailed()));
            mailed.setId("import-emailed");
            box.add(mailed);
        }
        if (!result.toHandOver().isEmpty()) {
            box.add(new Paragraph(Translations.t("members.import.hand-over")));
            UnorderedList links = new UnorderedList();
            links.setId("import-links");
            for (ImportResult.HandOver h : result.toHandOver()) {
                TextField link = new TextField(Translations.t("members.import.link-of", h.name(), h.email(),
                        Formats.dateTime(h.invitation().expiresAt())));
                link.setReadOnly(true);
                link.setWidth("min(48rem, 90vw)");
                link.setValue(baseUrl() + h.invitation().path());
                links.add(new ListItem(link));
            }
            box.add(links);
        }
        return box;
    }

    static String baseUrl() {
        VaadinServletRequest current = VaadinServletRequest.getCurrent();
        if (current == null) {
            return "/";
        }
        var request = current.getHttpServletRequest();
        int port = request.getServerPort();
        String shownPort = port == 80 || port == 443 ? "" : ":" + port;
        return request.getScheme() + "://" + request.getServerName() + shownPort + request.getContextPath() + "/";
    }
}
