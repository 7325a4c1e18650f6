package org.councilworkspace.plan.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.util.Map;
import java.util.Optional;
import org.councilworkspace.plan.LastLookService;
import org.springframework.stereotype.Component;

/**
 * The outline's "since your last look" column: sections others revised since the reader last looked at them, with
 * how many revisions, in words beside the icon. Sections never opened are not marked: everything there is new.
 */
@Component
class ChangedSinceLookColumn implements OutlineColumnContributor {

    private final LastLookService looks;

    ChangedSinceLookColumn(LastLookService looks) {
        this.looks = looks;
    }

    @Override
    public Optional<Column> column(long planId) {
        Map<Long, Integer> changed = looks.changedSections(planId);
        UI ui = UI.getCurrent();
        return Optional.of(new Column("changed-since-look", ui.getTranslation("lastlook.outline-column"), sectionId -> {
            Integer n = changed.get(sectionId);
            if (n == null) {
                return new Span("—");
            }
            Icon icon = VaadinIcon.DOT_CIRCLE.create();
            // The words say it; the icon only catches the eye.
            icon.getElement().setAttribute("aria-hidden", "true");
            Span cell = new Span(icon, new Span(ui.getTranslation("lastlook.outline-changed", n)));
            cell.addClassName("cw-changed-since-look");
            return cell;
        }));
    }
}
