package org.councilworkspace.consultation.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.select.Select;
import java.util.Locale;
import org.councilworkspace.base.SupportedLocales;

/**
 * The frame of the public consultation pages: people here have no account, so no application shell, only
 * a way home to the list of rounds, a language choice and a {@code main} landmark for the page itself.
 */
class PublicFrame extends Div {

    private final Main main = new Main();

    PublicFrame() {
        addClassName("cw-public");
        Anchor home = new Anchor(PublicPaths.rounds(), getTranslation("consultation.public.home"));
        home.addClassName("cw-brand");
        Select<Locale> language = new Select<>();
        language.setId("public-language");
        language.setLabel(getTranslation("shell.language"));
        language.setItems(SupportedLocales.ALL);
        language.setItemLabelGenerator(l -> l.getDisplayLanguage(l));
        language.setValue(SupportedLocales.ALL.stream().filter(l -> l.getLanguage().equals(getLocale().getLanguage()))
                .findFirst().orElse(Locale.ENGLISH));
        language.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                UI.getCurrent().getSession().setLocale(e.getValue());
                UI.getCurrent().getPage().reload();
            }
        });
        Header header = new Header(home, language);
        header.getStyle().set("display", "flex").set("justify-content", "space-between").set("align-items", "end")
                .set("flex-wrap", "wrap").set("gap", "var(--lumo-space-m)").set("padding", "var(--lumo-space-s) var(--lumo-space-l)")
                .set("border-bottom", "1px solid var(--lumo-contrast-10pct)");
        main.addClassName("cw-page");
        main.setId("main-content");
        super.add(header, main);
    }

    void show(Component... content) {
        main.removeAll();
        main.add(content);
    }
}
