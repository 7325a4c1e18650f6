package org.councilworkspace.search.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.QueryParameters;
import java.util.Map;
import org.councilworkspace.base.ui.HeaderContributor;

/** A search box in the header of every signed-in page; Enter opens the search page with the words typed. */
@org.springframework.stereotype.Component
class SearchHeader implements HeaderContributor {

    @Override
    public int order() {
        return -10;
    }

    @Override
    public Component create() {
        TextField box = new TextField();
        box.setId("header-search");
        box.setPlaceholder(box.getTranslation("search.header-placeholder"));
        box.setAriaLabel(box.getTranslation("search.title"));
        box.setPrefixComponent(VaadinIcon.SEARCH.create());
        box.addClassName("cw-header-search");
        box.addKeyPressListener(Key.ENTER, e -> {
            String text = box.getValue();
            box.clear();
            UI.getCurrent().navigate(SearchView.ROUTE, QueryParameters.simple(Map.of("q", text)));
        });
        return box;
    }
}
