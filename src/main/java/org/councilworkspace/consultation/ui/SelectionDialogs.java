package org.councilworkspace.consultation.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.councilworkspace.base.ui.FieldErrors;
import org.councilworkspace.base.ui.Notifications;
import org.councilworkspace.base.ui.Translations;
import org.councilworkspace.consultation.AnswerService;
import org.councilworkspace.consultation.ReviewService;
import org.councilworkspace.consultation.Submission;

/** What the workspace does with the submissions selected in its grid: group them, or answer them together. */
final class SelectionDialogs {

    private final long roundId;
    private final long councilId;
    private final ReviewService review;
    private final AnswerService answers;
    private final Runnable onChange;

    SelectionDialogs(long roundId, long councilId, ReviewService review, AnswerService answers, Runnable onChange) {
        this.roundId = roundId;
        this.councilId = councilId;
        this.review = review;
        this.answers = answers;
        this.onChange = onChange;
    }

    void group(Set<Long> ids) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(Translations.t("consultation.group.create"));
        TextField label = labelField();
        dialog.add(label);
        FieldErrors errors = new FieldErrors().bind("label", label);
        Button ok = new Button(Translations.t("action.create"), e -> errors.run(() -> {
            review.group(roundId, label.getValue(), ids);
            dialog.close();
            Notifications.success(Translations.t("consultation.group.created", ids.size()));
            onChange.run();
        }));
        ok.setId("group-confirm");
        dialog.getFooter().add(new Button(Translations.t("action.cancel"), e -> dialog.close()), ok);
        dialog.open();
    }

    /** One answer for all the selected: they become one group, named here, and the group is answered. */
    void answerTogether(Set<Submission> chosen) {
        List<Submission> selected = chosen.stream().sorted(Comparator.comparing(Submission::id)).toList();
        if (selected.size() < 2) {
            Notifications.error(Translations.t("consultation.together.too-few"));
            return;
        }
        TextField label = labelField();
        // The first comment's opening words, or the group's summary when they already are one group.
        label.setValue(selected.get(0).groupLabel() != null ? selected.get(0).groupLabel()
                : shortened(SubmissionsPanel.excerpt(selected.get(0).text())));
        Long sectionId = selected.stream().map(Submission::sectionId).distinct().count() == 1
                ? selected.get(0).sectionId() : null;
        Set<Long> ids = selected.stream().map(Submission::id).collect(Collectors.toCollection(LinkedHashSet::new));
        AnswerForm form = new AnswerForm(roundId, sectionId, Optional.empty(), answers.templates(councilId), review);
        new ResponseDialog(Translations.t("consultation.together.title", selected.size()), form,
                (d, reason, rev) -> answers.answerTogether(roundId, ids, label.getValue(), d, reason, rev), () -> {
                    Notifications.success(Translations.t("consultation.together.saved", ids.size()));
                    onChange.run();
                }, label).open();
    }

    private static TextField labelField() {
        TextField label = new TextField(Translations.t("consultation.group.label"));
        label.setId("group-label");
        label.setWidthFull();
        label.setMaxLength(300);
        label.setHelperText(Translations.t("consultation.group.label-help"));
        return label;
    }

    private static String shortened(String text) {
        return text.codePointCount(0, text.length()) <= 80 ? text : text.substring(0, text.offsetByCodePoints(0, 79)) + "…";
    }
}
