package org.councilworkspace.council.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.util.Locale;
import org.councilworkspace.base.ui.Pickers;
import org.councilworkspace.base.CalendarSystem;
import org.councilworkspace.base.ConcurrentChangeException;
import org.councilworkspace.base.SupportedLocales;
import org.councilworkspace.base.ui.FieldErrors;
import org.councilworkspace.base.ui.Notifications;
import org.councilworkspace.base.ui.Translations;
import org.councilworkspace.council.ConsensusRule;
import org.councilworkspace.council.Council;
import org.councilworkspace.council.CouncilKind;
import org.councilworkspace.council.CouncilService;
import org.councilworkspace.council.CouncilSettings;

/** Create a council (administrator) or change its settings (administrator, chair, secretariat). */
class CouncilFormDialog extends Dialog {

    private final TextField name = new TextField();
    private final Select<CouncilKind> kind = new Select<>();
    private final TextArea mandate = new TextArea();
    private final ComboBox<Council> parent = new ComboBox<>();
    private final DatePicker termStart = Pickers.localize(new DatePicker());
    private final DatePicker termEnd = Pickers.localize(new DatePicker());
    private final Select<ConsensusRule> rule = new Select<>();
    private final IntegerField majority = new IntegerField();
    private final IntegerField quorum = new IntegerField();
    private final Checkbox membersMayEdit = new Checkbox();
    private final Select<Locale> language = new Select<>();
    private final Select<CalendarSystem> calendar = new Select<>();
    protected final FormLayout form = new FormLayout();
    protected final FieldErrors errors = new FieldErrors();

    CouncilFormDialog(String title) {
        setHeaderTitle(title);
        setWidth("min(52rem, 96vw)");
        name.setLabel(getTranslation("council.name"));
        name.setId("council-form-name");
        name.setMaxLength(200);
        name.setRequiredIndicatorVisible(true);
        kind.setLabel(getTranslation("council.kind"));
        kind.setId("council-form-kind");
        kind.setItems(CouncilKind.values());
        kind.setItemLabelGenerator(Translations::label);
        mandate.setLabel(getTranslation("council.mandate"));
        mandate.setId("council-form-mandate");
        mandate.setMaxLength(4000);
        mandate.setRequiredIndicatorVisible(true);
        parent.setLabel(getTranslation("council.parent"));
        parent.setItemLabelGenerator(Council::name);
        parent.setClearButtonVisible(true);
        termStart.setLabel(getTranslation("council.term-start"));
        termStart.setId("council-form-term-start");
        termEnd.setLabel(getTranslation("council.term-end"));
        termEnd.setHelperText(getTranslation("council.term-end-help"));
        termEnd.setClearButtonVisible(true);
        rule.setLabel(getTranslation("council.rule"));
        rule.setItems(ConsensusRule.values());
        rule.setItemLabelGenerator(Translations::label);
        rule.addValueChangeListener(e -> majority.setVisible(e.getValue() == ConsensusRule.QUALIFIED_MAJORITY));
        majority.setLabel(getTranslation("council.majority"));
        majority.setMin(50);
        majority.setMax(100);
        majority.setSuffixComponent(new com.vaadin.flow.component.html.Span("%"));
        quorum.setLabel(getTranslation("council.quorum"));
        quorum.setMin(0);
        quorum.setMax(100);
        quorum.setSuffixComponent(new com.vaadin.flow.component.html.Span("%"));
        membersMayEdit.setLabel(getTranslation("council.members-may-edit"));
        language.setLabel(getTranslation("council.document-language"));
        language.setId("council-form-language");
        language.setItems(SupportedLocales.ALL);
        // Each language in its own words, as the people who read it know it.
        language.setItemLabelGenerator(l -> l.getDisplayLanguage(l));
        language.setHelperText(getTranslation("council.document-language-help"));
        calendar.setLabel(getTranslation("council.calendar"));
        calendar.setId("council-form-calendar");
        calendar.setItems(CalendarSystem.values());
        calendar.setItemLabelGenerator(Translations::label);
        calendar.setHelperText(getTranslation("council.calendar-help"));
        // The term is the council's first date: it is read in the calendar being chosen.
        calendar.addValueChangeListener(e -> {
            Pickers.recount(termStart, e.getValue());
            Pickers.recount(termEnd, e.getValue());
        });
        form.add(name, kind, mandate, parent, termStart, termEnd, rule, majority, quorum, membersMayEdit, language,
                calendar);
        form.setColspan(mandate, 2);
        add(form);
        errors.bind("name", name).bind("mandate", mandate).bind("termStart", termStart).bind("termEnd", termEnd)
                .bind("quorumPercent", quorum).bind("majorityPercent", majority).bind("parentId", parent)
                .bind("kind", kind).bind("consensusRule", rule).bind("documentLanguage", language);
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()));
    }

    /** Fills the fields with a kind's defaults whenever the kind is chosen (creation only). */
    void applyKindDefaults() {
        kind.addValueChangeListener(e -> {
            if (e.getValue() != null) {
                fill(CouncilSettings.defaultsFor(e.getValue(), termStart.getValue() == null ? LocalDate.now() : termStart.getValue()),
                        false);
            }
        });
    }

    void fill(CouncilSettings s, boolean includingTexts) {
        if (includingTexts) {
            name.setValue(s.name());
            mandate.setValue(s.mandate());
            kind.setValue(s.kind());
        }
        termStart.setValue(s.termStart());
        termEnd.setValue(s.termEnd());
        rule.setValue(s.consensusRule());
        majority.setValue(s.majorityPercent());
        quorum.setValue(s.quorumPercent());
        membersMayEdit.setValue(s.membersMayEdit());
        // A kind's defaults never undo a language already chosen.
        if (s.documentLanguage() != null && (includingTexts || language.isEmpty())) {
            language.setValue(SupportedLocales.of(s.documentLanguage()));
        }
        if (s.calendar() != null && (includingTexts || calendar.isEmpty())) {
            calendar.setValue(s.calendar());
        }
    }

    CouncilSettings settings() {
        return new CouncilSettings(name.getValue(), kind.getValue(), mandate.getValue(),
                parent.getValue() == null ? null : parent.getValue().id(), termStart.getValue(), termEnd.getValue(),
                rule.getValue(), majority.getValue() == null ? -1 : majority.getValue(),
                quorum.getValue() == null ? -1 : quorum.getValue(), membersMayEdit.getValue(),
                language.getValue() == null ? null : language.getValue().toLanguageTag(), calendar.getValue());
    }

    ComboBox<Council> parentField() {
        return parent;
    }

    Select<CouncilKind> kindField() {
        return kind;
    }

    /** Opens the settings of an existing council for editing. */
    static void edit(CouncilService councils, long councilId, Runnable onSaved) {
        Council council = councils.councilForEditing(councilId);
        CouncilFormDialog dialog = new CouncilFormDialog(dialogTitle(council));
        dialog.fill(new CouncilSettings(council.name(), council.kind(), council.mandate(), council.parentId(),
                council.termStart(), council.termEnd(), council.consensusRule(), council.majorityPercent(),
                council.quorumPercent(), council.membersMayEdit(), council.documentLanguage(), council.calendar()),
                true);
        dialog.kindField().setReadOnly(true);
        // Only the administrator may move a council under another body; others see the parent fixed.
        dialog.parentField().setVisible(false);
        Button save = new Button(dialog.getTranslation("action.save"), e -> {
            try {
                CouncilSettings s = dialog.settings();
                CouncilSettings keepParent = new CouncilSettings(s.name(), s.kind(), s.mandate(), council.parentId(),
                        s.termStart(), s.termEnd(), s.consensusRule(), s.majorityPercent(), s.quorumPercent(),
                        s.membersMayEdit(), s.documentLanguage(), s.calendar());
                if (dialog.errors.run(() -> councils.updateCouncil(councilId, keepParent, council.version()))) {
                    dialog.close();
                    Notifications.success(dialog.getTranslation("council.saved"));
                    onSaved.run();
                }
            } catch (ConcurrentChangeException ex) {
                Notifications.error(dialog.getTranslation("error.concurrent-change"));
            }
        });
        save.setId("council-form-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(save);
        dialog.open();
    }

    private static String dialogTitle(Council council) {
        return Translations.t("council.edit") + ": " + council.name();
    }

}
