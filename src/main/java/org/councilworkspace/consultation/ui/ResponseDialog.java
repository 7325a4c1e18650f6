package org.councilworkspace.consultation.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.List;
import java.util.Optional;
import org.councilworkspace.base.ui.FieldErrors;
import org.councilworkspace.base.ui.Formats;
import org.councilworkspace.base.ui.Translations;
import org.councilworkspace.consultation.Disposition;
import org.councilworkspace.consultation.Response;
import org.councilworkspace.consultation.ReviewService;
import org.councilworkspace.consultation.RevisionOption;

/** The answer to a submission or a group: disposition, reasoning and the revision that made the change, with its diff. */
class ResponseDialog extends Dialog {

    interface Save {
        void save(Disposition disposition, String reasoning, Long revisionId);
    }

    ResponseDialog(String heading, long roundId, Long sectionId, Optional<Response> current, ReviewService review,
                   Save save, Runnable onSaved) {
        setHeaderTitle(heading);
        setWidth("min(48rem, 96vw)");
        Select<Disposition> disposition = new Select<>();
        disposition.setLabel(getTranslation("consultation.response.disposition"));
        disposition.setId("response-disposition");
        disposition.setItems(Disposition.values());
        disposition.setItemLabelGenerator(Labels::of);
        TextArea reasoning = new TextArea(getTranslation("consultation.response.reasoning"));
        reasoning.setId("response-reasoning");
        reasoning.setMaxLength(8000);
        reasoning.setWidthFull();
        reasoning.setMinHeight("8rem");
        Select<RevisionOption> revision = new Select<>();
        revision.setLabel(getTranslation("consultation.response.revision"));
        revision.setId("response-revision");
        revision.setEmptySelectionAllowed(true);
        revision.setEmptySelectionCaption(getTranslation("consultation.response.no-revision"));
        List<RevisionOption> options = sectionId == null ? List.of() : review.revisionOptions(roundId, sectionId);
        revision.setItems(options);
        revision.setItemLabelGenerator(r -> r == null ? getTranslation("consultation.response.no-revision")
                : "r" + r.revisionNo() + " · " + r.authorName() + " · " + Formats.dateTime(r.createdAt())
                + (r.note() == null ? "" : " · " + r.note()));
        revision.setVisible(sectionId != null);
        revision.setWidthFull();
        Div diff = new Div();
        diff.setId("response-diff");
        revision.addValueChangeListener(e -> {
            diff.removeAll();
            if (e.getValue() != null) {
                diff.add(UserText.html(review.revisionDiffHtml(roundId, e.getValue().id())));
            }
        });
        current.ifPresent(r -> {
            disposition.setValue(r.disposition());
            reasoning.setValue(r.reasoning());
            options.stream().filter(o -> r.revisionId() != null && o.id() == r.revisionId()).findFirst()
                    .ifPresent(revision::setValue);
        });
        add(disposition, reasoning, revision, diff);
        FieldErrors errors = new FieldErrors().bind("disposition", disposition).bind("reasoning", reasoning)
                .bind("revision", revision);
        Button ok = new Button(getTranslation("consultation.response.save"), e -> errors.run(() -> {
            save.save(disposition.getValue(), reasoning.getValue(),
                    revision.getValue() == null ? null : revision.getValue().id());
            close();
            onSaved.run();
        }));
        ok.setId("response-save");
        ok.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), ok);
    }
}
