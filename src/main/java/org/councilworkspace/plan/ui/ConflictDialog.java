package org.councilworkspace.plan.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.function.Consumer;
import org.councilworkspace.plan.SaveOutcome;

/**
 * Both texts side by side when a save collides with someone else's: theirs (now the newest revision)
 * and mine (not saved), and a resolution to edit, prefilled with the merge and its disputed passages
 * marked. Nothing of mine is lost if the dialog is closed: the editor still holds it.
 */
class ConflictDialog extends Dialog {

    ConflictDialog(SaveOutcome.Conflict conflict, Consumer<String> saveResolution, Runnable keepEditing) {
        setHeaderTitle(getTranslation("conflict.title"));
        setWidth("min(80rem, 98vw)");
        setCloseOnOutsideClick(false);
        Paragraph intro = new Paragraph(getTranslation("conflict.intro", conflict.theirs().authorName(),
                conflict.theirs().revisionNo(), conflict.conflicts()));
        Pre theirs = new Pre(conflict.theirs().body());
        theirs.setId("conflict-theirs");
        Pre mine = new Pre(conflict.mine());
        mine.setId("conflict-mine");
        Div theirsColumn = new Div(new H3(getTranslation("conflict.theirs", conflict.theirs().authorName())), theirs);
        Div mineColumn = new Div(new H3(getTranslation("conflict.mine")), mine);
        Div columns = new Div(theirsColumn, mineColumn);
        columns.addClassName("cw-diff-columns");
        TextArea resolution = new TextArea(getTranslation("conflict.resolution"));
        resolution.setId("conflict-resolution");
        resolution.setHelperText(getTranslation("conflict.resolution-help"));
        resolution.setWidthFull();
        resolution.setValue(conflict.marked());
        add(intro, columns, resolution);
        // Read from the browser, so words typed just before the click are included.
        Button save = new Button(getTranslation("conflict.save"), e -> resolution.getElement()
                .executeJs("return this.value").then(String.class, saveResolution::accept));
        save.setId("conflict-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button back = new Button(getTranslation("conflict.back"), e -> {
            close();
            keepEditing.run();
        });
        getFooter().add(back, save);
    }
}
