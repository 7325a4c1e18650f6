package org.councilworkspace.audit.ui;

import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.councilworkspace.audit.AuditEntry;
import org.councilworkspace.audit.ChainVerification;
import org.councilworkspace.base.CalendarDates;
import org.councilworkspace.base.CalendarSystem;
import org.councilworkspace.base.ui.Formats;

/**
 * A lazy list of audit events, newest first: each event's phrase in the reader's language with its code beneath
 * (what support and the exports' readers quote), a filter by event, and a button that verifies the hash chain.
 */
class AuditTrail extends VerticalLayout {

    /** Where the entries come from: a council's log or the platform's. */
    interface Source {
        List<AuditEntry> page(Set<String> actions, int offset, int limit);

        int count(Set<String> actions);

        List<String> actions();

        ChainVerification verify();
    }

    /** {@code calendar}: the council's, in which its entries are dated; null for the platform's (Gregorian). */
    AuditTrail(Source source, CalendarSystem calendar) {
        setPadding(false);
        setSizeFull();
        MultiSelectComboBox<String> filter = new MultiSelectComboBox<>(getTranslation("audit.filter"));
        filter.setId("audit-filter");
        filter.setItemLabelGenerator(AuditWording::filterLabel);
        filter.setItems(source.actions().stream().sorted(Comparator.comparing(AuditWording::action)).toList());
        filter.setClearButtonVisible(true);
        filter.setWidth("28em");
        filter.setMaxWidth("100%");

        Grid<AuditEntry> grid = new Grid<>(AuditEntry.class, false);
        grid.setId("audit-grid");
        // Details run long (titles, before → after): they wrap instead of hiding behind an ellipsis.
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(AuditEntry::seq).setHeader("#").setAutoWidth(true).setFlexGrow(0);
        CalendarDates dates = Formats.dates(calendar == null ? CalendarSystem.GREGORIAN : calendar);
        grid.addColumn(e -> dates.dateTime(e.occurredAt())).setHeader(getTranslation("audit.when")).setKey("when")
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(AuditEntry::actorName).setHeader(getTranslation("audit.who")).setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(new ComponentRenderer<>(AuditTrail::what)).setHeader(getTranslation("audit.what"))
                .setKey("what").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(e -> AuditWording.objectType(e.objectType()) + (e.objectId() == null ? "" : " " + e.objectId()))
                .setHeader(getTranslation("audit.object")).setKey("object").setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(new ComponentRenderer<>(AuditTrail::details)).setHeader(getTranslation("audit.summary"))
                .setKey("details").setFlexGrow(1);
        grid.setItems(q -> source.page(filter.getSelectedItems(), q.getOffset(), q.getLimit()).stream(),
                q -> source.count(filter.getSelectedItems()));
        filter.addValueChangeListener(e -> grid.getDataProvider().refreshAll());

        Span result = new Span();
        result.setId("audit-verification");
        result.getElement().setAttribute("role", "status");
        Button check = new Button(getTranslation("audit.verify"), VaadinIcon.SHIELD.create(), e -> {
            ChainVerification v = source.verify();
            result.getElement().getThemeList().clear();
            result.getElement().getThemeList().add("badge");
            if (v.intact()) {
                result.setText("✔ " + getTranslation("audit.intact", v.eventsChecked()));
                result.getElement().getThemeList().add("success");
            } else {
                result.setText("✖ " + getTranslation("audit.broken", v.brokenAtSeq(), v.problem()));
                result.getElement().getThemeList().add("error");
            }
        });
        check.setId("verify-chain");
        HorizontalLayout bar = new HorizontalLayout(filter, check, result);
        bar.setAlignItems(FlexComponent.Alignment.BASELINE);
        bar.setWrap(true);
        add(bar, grid);
    }

    /** The stored details and the labels of their codes, each its own text. */
    private static Span details(AuditEntry entry) {
        Span details = new Span();
        AuditWording.detailParts(entry.action(), entry.summary()).forEach(part -> details.add(new Text(part)));
        return details;
    }

    /** The phrase, and beneath it the code as stored. */
    private static Div what(AuditEntry entry) {
        Span phrase = new Span(AuditWording.action(entry.action()));
        phrase.addClassName("cw-audit-phrase");
        Span code = new Span(entry.action());
        code.addClassName("cw-audit-code");
        Div cell = new Div(phrase, code);
        cell.addClassName("cw-audit-what");
        return cell;
    }
}
