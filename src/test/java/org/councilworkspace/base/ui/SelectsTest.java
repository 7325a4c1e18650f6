package org.councilworkspace.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.select.Select;
import org.junit.jupiter.api.Test;

class SelectsTest {

    @Test
    void the_list_of_options_is_named_after_the_label() {
        Select<String> select = new Select<>();
        select.setLabel("Role in the council");
        select.setItems("Member", "Observer");

        Selects.labelled(select);

        assertThat(select.getElement().getChildren().filter(e -> "vaadin-select-list-box".equals(e.getTag())))
                .singleElement().satisfies(e -> assertThat(e.getAttribute("aria-label"))
                        .isEqualTo("Role in the council"));
    }
}
