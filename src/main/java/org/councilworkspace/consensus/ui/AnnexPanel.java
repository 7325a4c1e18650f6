package org.councilworkspace.consensus.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.List;
import java.util.Map;
import org.councilworkspace.base.ConcurrentChangeException;
import org.councilworkspace.base.ui.FieldErrors;
import org.councilworkspace.base.ui.Notifications;
import org.councilworkspace.base.ui.Translations;
import org.councilworkspace.consensus.ChairService;
import org.councilworkspace.consensus.MinorityOpinion;
import org.councilworkspace.consensus.Stance;

/** The minority opinions annex: each opinion with whether its member has confirmed the wording. */
class AnnexPanel extends Div {

    private final ChairService chair;
    private final long planId;
    private final long myId;
    private final boolean isChair;
    private final Map<Long, String> subjects;

    AnnexPanel(ChairService chair, long planId, long myId, boolean isChair, Map<Long, String> subjects) {
        this.chair = chair;
        this.planId = planId;
        this.myId = myId;
        this.isChair = isChair;
        this.subjects = subjects;
        setId("minority-annex");
        addClassName("cw-annex");
        refresh();
    }

    void refresh() {
        removeAll();
        add(new H2(getTranslation("annex.title")));
        List<MinorityOpinion> opinions = chair.annex(planId);
        if (opinions.isEmpty()) {
            add(new Paragraph(getTranslation("annex.empty")));
        }
        for (MinorityOpinion o : opinions) {
            add(entry(o));
        }
    }

    private Div entry(MinorityOpinion o) {
        String subject = o.sectionId() == null ? getTranslation("matrix.whole-plan")
                : subjects.getOrDefault(o.sectionId(), "");
        H3 heading = new H3(subject + " — " + o.memberName() + (o.organization() == null ? "" : " (" + o.organization() + ")"));
        Span kind = new Span(Translations.label(o.stance()));
        kind.getElement().getThemeList().add(o.stance() == Stance.OBJECT ? "badge error" : "badge");
        Span consent = new Span(getTranslation(o.consented() ? "annex.confirmed" : "annex.not-confirmed"));
        consent.addClassName("cw-muted");
        Paragraph text = new Paragraph(o.text());
        text.addClassName("cw-mandate");
        Div entry = new Div(heading, kind, new Span(" "), consent, text);
        entry.addClassName("cw-annex-entry");
        if (o.userId() == myId && !o.consented()) {
            Button confirm = new Button(getTranslation("annex.confirm"), e -> apply(() -> chair.consentToMinorityOpinion(o.id(), o.version())));
            confirm.setId("confirm-annex-" + o.id());
            confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SMALL);
            entry.add(confirm);
        }
        if (isChair) {
            Button edit = new Button(getTranslation("annex.edit"), e -> editDialog(o));
            edit.addThemeVariants(ButtonVariant.LUMO_SMALL);
            entry.add(edit);
        }
        if (isChair || o.userId() == myId) {
            Button withdraw = new Button(getTranslation("annex.withdraw"), e -> apply(() -> chair.withdrawMinorityOpinion(o.id())));
            withdraw.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            entry.add(withdraw);
        }
        return entry;
    }

    private void editDialog(MinorityOpinion o) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("annex.edit"));
        TextArea text = new TextArea(getTranslation("annex.wording"));
        text.setWidth("min(40rem, 85vw)");
        text.setMaxLength(4000);
        text.setValue(o.text());
        text.setHelperText(getTranslation("annex.edit-help"));
        dialog.add(text);
        FieldErrors errors = new FieldErrors().bind("text", text);
        Button save = new Button(getTranslation("action.save"), e -> {
            try {
                if (errors.run(() -> chair.editMinorityOpinion(o.id(), text.getValue(), o.version()))) {
                    dialog.close();
                    refresh();
                }
            } catch (ConcurrentChangeException ex) {
                Notifications.error(getTranslation("error.concurrent-change"));
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), e -> dialog.close()), save);
        dialog.open();
    }

    private void apply(Runnable change) {
        try {
            change.run();
        } catch (ConcurrentChangeException e) {
            Notifications.error(getTranslation("error.concurrent-change"));
        }
        refresh();
    }
}
