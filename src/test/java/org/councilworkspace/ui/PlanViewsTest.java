package org.councilworkspace.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import org.councilworkspace.plan.OutlineNode;
import org.councilworkspace.testsupport.PlanFixtures;
import org.councilworkspace.testsupport.PlanFixtures.PlanWorld;
import org.councilworkspace.testsupport.ServiceTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@ServiceTest
class PlanViewsTest extends KaribuTest {

    @Autowired PlanFixtures planFixtures;

    PlanWorld w;
    long chapter;
    long section;

    @BeforeEach
    void plan() {
        w = planFixtures.world();
        chapter = planFixtures.section(w, null, "Strategies");
        section = planFixtures.section(w, chapter, "Electric vehicles");
        planFixtures.write(w.lead(), section, "Support **electric** vehicles. <script>alert(1)</script>");
    }

    @SuppressWarnings("unchecked")
    @Test
    void the_outline_shows_numbered_sections_and_only_managers_get_structure_tools() {
        signIn(w.member());
        navigate("plans/" + w.planId());
        Grid<OutlineNode> grid = _get(Grid.class, spec -> spec.withId("outline-grid"));
        assertThat(GridKt._size(grid)).isEqualTo(2);
        assertThat(GridKt._get(grid, 1).numberedTitle()).isEqualTo("1.1 Electric vehicles");
        assertThat(_find(Button.class, spec -> spec.withId("add-chapter"))).isEmpty();
        assertThat(_find(com.vaadin.flow.component.orderedlayout.HorizontalLayout.class,
                spec -> spec.withId("status-actions"))).isEmpty();
    }

    @SuppressWarnings("unchecked")
    @Test
    void the_secretariat_adds_a_chapter_from_the_outline() {
        signIn(w.secretariat());
        navigate("plans/" + w.planId());
        _click(_get(Button.class, spec -> spec.withId("add-chapter")));
        _setValue(_get(TextField.class, spec -> spec.withId("section-title-field")), "การติดตามและประเมินผล");
        _click(_get(Button.class, spec -> spec.withId("section-title-save")));
        Grid<OutlineNode> grid = _get(Grid.class, spec -> spec.withId("outline-grid"));
        assertThat(GridKt._size(grid)).isEqualTo(3);
        assertThat(GridKt._get(grid, 2).numberedTitle()).isEqualTo("2 การติดตามและประเมินผล");
    }

    @Test
    void a_section_renders_its_markdown_with_typed_html_as_text_and_offers_editing_only_to_those_who_may() {
        signIn(w.member());
        navigate("plans/" + w.planId() + "/sections/" + section);
        assertThat(_get(H1.class, spec -> spec.withId("section-title")).getText()).isEqualTo("1.1 Electric vehicles");
        String html = _get(Div.class, spec -> spec.withId("section-body")).getElement().getProperty("innerHTML");
        assertThat(html).contains("<strong>electric</strong>").doesNotContain("<script");
        // What the drafter typed is on the page as text, not dropped.
        assertThat(html).contains("&lt;script&gt;alert(1)&lt;/script&gt;");
        assertThat(_find(Button.class, spec -> spec.withId("edit-section"))).isEmpty();
        assertThat(_get(Paragraph.class, spec -> spec.withId("read-only-notice")).getText())
                .as("a member who does not lead the section is told why there is no edit button")
                .startsWith("Only this section's lead drafters edit its text.");
    }

    @Test
    void an_observer_is_told_that_the_access_is_read_only() {
        signIn(w.observer());
        navigate("plans/" + w.planId() + "/sections/" + section);
        assertThat(_find(Button.class, spec -> spec.withId("edit-section"))).isEmpty();
        assertThat(_get(Paragraph.class, spec -> spec.withId("read-only-notice")).getText())
                .startsWith("You are an observer in this council");
    }

    @Test
    void the_lead_drafter_opens_the_editor_with_the_current_text_and_a_preview() {
        signIn(w.lead());
        navigate("plans/" + w.planId() + "/sections/" + section);
        _click(_get(Button.class, spec -> spec.withId("edit-section")));
        assertThat(_get(TextArea.class, spec -> spec.withId("section-text")).getValue()).startsWith("Support **electric**");
        _setValue(_get(TextArea.class, spec -> spec.withId("section-text")), "# Heading\n\n| a | b |\n|---|---|\n| 1 | 2 |");
        String preview = _get(Div.class, spec -> spec.withId("section-preview")).getElement().getProperty("innerHTML");
        assertThat(preview).contains("<h1>Heading</h1>", "<table>");
    }

    @Test
    void a_section_of_another_plan_address_is_not_found() {
        signIn(w.member());
        navigate("plans/" + (w.planId() + 1000) + "/sections/" + section);
        assertThat(_get(H1.class).getText()).isEqualTo("Page not found");
    }
}
