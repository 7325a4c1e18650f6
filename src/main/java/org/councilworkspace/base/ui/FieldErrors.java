package org.councilworkspace.base.ui;

import com.vaadin.flow.component.HasValidation;
import java.util.LinkedHashMap;
import java.util.Map;
import org.councilworkspace.base.InvalidInputException;

/** Shows a service's refusal at the field it concerns, or as a notification when no field matches. */
public final class FieldErrors {

    private final Map<String, HasValidation> fields = new LinkedHashMap<>();

    public FieldErrors bind(String field, HasValidation component) {
        fields.put(field, component);
        return this;
    }

    public void clear() {
        fields.values().forEach(f -> {
            f.setInvalid(false);
            f.setErrorMessage(null);
        });
    }

    public void show(InvalidInputException e) {
        clear();
        HasValidation field = fields.get(e.field());
        String message = Translations.message(e);
        if (field != null) {
            field.setErrorMessage(message);
            field.setInvalid(true);
        } else {
            Notifications.error(message);
        }
    }

    /** Runs the action; on bad input shows the message and returns false. */
    public boolean run(Runnable action) {
        clear();
        try {
            action.run();
            return true;
        } catch (InvalidInputException e) {
            show(e);
            return false;
        }
    }

}
