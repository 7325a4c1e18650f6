package org.councilworkspace.consultation.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.List;
import java.util.Optional;
import org.councilworkspace.base.ui.FieldErrors;
import org.councilworkspace.base.ui.Formats;
import org.councilworkspace.consultation.AnswerTemplate;
import org.councilworkspace.consultation.Disposition;
import org.councilworkspace.consultation.Response;
import org.councilworkspace.consultation.ReviewService;
import org.councilworkspace.consultation.RevisionOption;

/**
 * The fields of an answer: disposition, reasoning and the revision that made the change, with its diff. Choosing a
 * disposition fills the reasoning with the council's template for it, unless the secretariat has already written
 * something of its own (only an untouched template is replaced by the next one).
 */
class AnswerForm extends Div {

    interface Save {
        void save(Disposition disposition, String reasoning, Long revisionId);
    }

    private final Select<Disposition> disposition = new Select<>();
    private final TextArea reasoning = new TextArea();
    private final Select<RevisionOption> revision = new Select<>();
    private final FieldErrors errors;
    private String filledFromTemplate = "";

    AnswerForm(long roundId, Long sectionId, Optional<Response> current, List<AnswerTemplate> templates,
               ReviewService review) {
        setWidthFull();
        disposition.setLabel(getTranslation("consultation.response.disposition"));
        disposition.setId("response-disposition");
        disposition.setItems(Disposition.values());
        disposition.setItemLabelGenerator(Labels::of);
        reasoning.setLabel(getTranslation("consultation.response.reasoning"));
        reasoning.setId("response-reasoning");
        reasoning.setMaxLength(8000);
        reasoning.setWidthFull();
        reasoning.setMinHeight("8rem");
        reasoning.setHelperText(getTranslation("consultation.template.helper"));
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
        disposition.addValueChangeListener(e -> {
            if (e.getValue() == null) {
                return;
            }
            String own = reasoning.getValue();
            if (own.isBlank() || own.equals(filledFromTemplate)) {
                filledFromTemplate = templates.get(e.getValue().ordinal()).text();
                reasoning.setValue(filledFromTemplate);
            }
        });
        add(disposition, reasoning, revision, diff);
        errors = new FieldErrors().bind("disposition", disposition).bind("reasoning", reasoning)
                .bind("revision", revision);
    }

    /** Saves through the given call; false (with the messages shown at the fields) when the input is refused. */
    boolean save(Save save) {
        return errors.run(() -> save.save(disposition.getValue(), reasoning.getValue(),
                revision.getValue() == null ? null : revision.getValue().id()));
    }

    void focus() {
        disposition.focus();
    }
}
