package org.councilworkspace.amendment.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.List;
import org.councilworkspace.amendment.MissingSupport;
import org.councilworkspace.base.ui.Translations;

/** What an amendment still needs under the council's support rule, in words ("Needs 1 more supporter from Business"). */
final class SupportText {

    private SupportText() {
    }

    static String line(MissingSupport m) {
        return switch (m.kind()) {
            case SUPPORTERS -> Translations.t("amendment.support.needs-supporters", m.count());
            case OTHER_GROUP -> Translations.t("amendment.support.needs-other-group", Translations.label(m.group()));
            case GROUP -> Translations.t("amendment.support.needs-group", Translations.label(m.group()));
        };
    }

    /** The notice beside the accept button: each missing part on its own line, and that accepting waits for them. */
    static Div notice(long amendmentId, List<MissingSupport> missing) {
        Div notice = new Div();
        notice.setId("support-missing-" + amendmentId);
        notice.addClassName("cw-notice");
        UnorderedList lines = new UnorderedList();
        lines.getStyle().set("margin", "0");
        missing.forEach(m -> lines.add(new ListItem(line(m))));
        notice.add(lines, new Div(Translations.t("amendment.support.accept-disabled")));
        return notice;
    }
}
