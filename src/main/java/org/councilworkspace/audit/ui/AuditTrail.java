package org.councilworkspace.audit.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.data.provider.CallbackDataProvider;
import java.util.function.Supplier;
import org.councilworkspace.audit.AuditEntry;
import org.councilworkspace.audit.ChainVerification;
import org.councilworkspace.base.ui.Formats;

/** A lazy list of audit events, newest first, with a button that verifies the hash chain. */
class AuditTrail extends VerticalLayout {

    AuditTrail(CallbackDataProvider.FetchCallback<AuditEntry, Void> fetch,
               CallbackDataProvider.CountCallback<AuditEntry, Void> count, Supplier<ChainVerification> verify) {
        setPadding(false);
        setSizeFull();
        Grid<AuditEntry> grid = new Grid<>(AuditEntry.class, false);
        grid.setId("audit-grid");
        grid.addColumn(AuditEntry::seq).setHeader("#").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(e -> Formats.dateTime(e.occurredAt())).setHeader(getTranslation("audit.when")).setAutoWidth(true);
        grid.addColumn(AuditEntry::actorName).setHeader(getTranslation("audit.who")).setAutoWidth(true);
        grid.addColumn(AuditEntry::action).setHeader(getTranslation("audit.what")).setAutoWidth(true);
        grid.addColumn(e -> e.objectType() + (e.objectId() == null ? "" : " " + e.objectId()))
                .setHeader(getTranslation("audit.object")).setAutoWidth(true);
        grid.addColumn(AuditEntry::summary).setHeader(getTranslation("audit.summary")).setFlexGrow(1);
        grid.setItems(fetch, count);

        Span result = new Span();
        result.setId("audit-verification");
        result.getElement().setAttribute("role", "status");
        Button check = new Button(getTranslation("audit.verify"), VaadinIcon.SHIELD.create(), e -> {
            ChainVerification v = verify.get();
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
        HorizontalLayout bar = new HorizontalLayout(check, result);
        bar.setAlignItems(Alignment.CENTER);
        add(bar, grid);
    }
}
