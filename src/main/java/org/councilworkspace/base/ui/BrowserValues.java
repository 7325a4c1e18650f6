package org.councilworkspace.base.ui;

import com.vaadin.flow.component.AbstractSinglePropertyField;
import com.vaadin.flow.component.UI;
import elemental.json.JsonArray;
import elemental.json.JsonType;
import elemental.json.JsonValue;
import java.io.Serializable;
import java.util.StringJoiner;

/**
 * Reads what text fields show in the browser right before an action that uses them.
 *
 * <p>A field that reports typing after a pause (lazy or throttled value change modes, used for live previews and
 * mention suggestions) can hold an older value on the server when the person clicks at once: the client's pending
 * report may even be dropped when other fields report in the same moment (seen with a pasted amendment text, whose
 * proposal then reached the server unchanged). Asking the browser for the values first makes the click act on
 * exactly what the person sees.
 */
public final class BrowserValues {

    private BrowserValues() {
    }

    /**
     * Sets each field's server value to what its element shows in the browser, then runs the action. If the browser
     * cannot answer, nothing is run and the person is told to try again, so nothing is acted on from an old value.
     */
    @SafeVarargs
    public static void thenRun(Runnable action, AbstractSinglePropertyField<?, String>... fields) {
        UI ui = fields.length == 0 ? null : fields[0].getUI().orElse(null);
        if (ui == null) {
            action.run();
            return;
        }
        StringJoiner js = new StringJoiner(",", "return [", "]");
        Serializable[] elements = new Serializable[fields.length];
        for (int i = 0; i < fields.length; i++) {
            js.add("$" + i + ".value");
            elements[i] = fields[i].getElement();
        }
        ui.getPage().executeJs(js.toString(), elements).then(JsonArray.class, values -> {
            for (int i = 0; i < fields.length && i < values.length(); i++) {
                JsonValue shown = values.get(i);
                if (shown != null && shown.getType() == JsonType.STRING) {
                    String text = shown.asString();
                    if (!text.equals(fields[i].getValue())) {
                        fields[i].setValue(text);
                    }
                }
            }
            action.run();
        }, error -> Notifications.error(ui.getTranslation("browser-values.not-read")));
    }
}
