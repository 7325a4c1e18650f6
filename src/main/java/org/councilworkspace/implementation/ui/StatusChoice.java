package org.councilworkspace.implementation.ui;

import com.vaadin.flow.component.select.Select;
import org.councilworkspace.base.ConcurrentChangeException;
import org.councilworkspace.base.InvalidInputException;
import org.councilworkspace.base.ui.FinalAction;
import org.councilworkspace.base.ui.Notifications;
import org.councilworkspace.base.ui.Translations;
import org.councilworkspace.implementation.ImplementationService;
import org.councilworkspace.implementation.Measure;
import org.councilworkspace.implementation.MeasureStatus;

/**
 * Changing a measure's status is on the record and the agencies and the dashboard rely on it, so it is asked first;
 * the reason is required for a delay or a drop (the service refuses one without it either way).
 */
final class StatusChoice {

    private StatusChoice() {
    }

    static void open(ImplementationService register, Measure measure, Runnable changed) {
        Select<MeasureStatus> status = new Select<>();
        status.setId("status-choice");
        status.setLabel(Translations.t("implementation.new-status"));
        status.setItems(MeasureStatus.values());
        status.setItemLabelGenerator(Translations::label);
        status.setValue(measure.status() == MeasureStatus.PLANNED ? MeasureStatus.ONGOING : measure.status());
        FinalAction.ask(Translations.t("implementation.change-status-of", measure.title()),
                        Translations.t("implementation.change-status"))
                .consequence(Translations.t("implementation.status-consequence"))
                .field(status)
                .reason(Translations.t("implementation.reason-help"), false)
                .open(reason -> {
                    try {
                        register.changeStatus(measure.id(), status.getValue(), reason, measure.version());
                        changed.run();
                        return true;
                    } catch (InvalidInputException e) {
                        if ("status".equals(e.field())) {
                            status.setErrorMessage(Translations.message(e));
                            status.setInvalid(true);
                        } else {
                            Notifications.error(Translations.message(e));
                        }
                        return false;
                    } catch (ConcurrentChangeException e) {
                        Notifications.error(Translations.t("implementation.changed-meanwhile"));
                        return false;
                    }
                });
    }
}
