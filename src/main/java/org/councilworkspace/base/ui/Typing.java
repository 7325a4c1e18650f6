package org.councilworkspace.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.function.SerializableConsumer;
import com.vaadin.flow.shared.Registration;

/**
 * Live reactions to typing (a preview, suggestions) without making the field's value depend on them.
 *
 * <p>A field in a lazy or throttled value change mode reports its value after a pause, and that report can be
 * lost when the person clicks or other fields report at the same moment: a pasted amendment was once submitted as
 * the unchanged text. Fields that are submitted therefore keep the default mode (the value reaches the server on
 * change, before any click), and what should follow the typing listens here: a debounced input event that carries
 * the text shown, for display only.
 */
public final class Typing {

    private Typing() {
    }

    /** Calls {@code shown} with the field's text once typing pauses for {@code millis}. */
    public static Registration afterPause(Component field, int millis, SerializableConsumer<String> shown) {
        return field.getElement().addEventListener("input", e -> {
            elemental.json.JsonValue text = e.getEventData().get("event.target.value");
            if (text != null && text.getType() == elemental.json.JsonType.STRING) {
                shown.accept(text.asString());
            }
        }).addEventData("event.target.value").debounce(millis);
    }
}
