package org.councilworkspace.plan.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.github.mvysny.kaributesting.v10.ElementUtilsKt;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.dom.DomEvent;
import com.vaadin.flow.dom.Element;
import elemental.json.Json;
import java.time.Duration;
import org.councilworkspace.testsupport.PlanFixtures;
import org.councilworkspace.testsupport.PlanFixtures.PlanWorld;
import org.councilworkspace.testsupport.ServiceTest;
import org.councilworkspace.ui.KaribuTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Someone else's save reaches an open section page by itself, and what the reader is doing beside the text stays;
 * a drafter's own save leaves the comments beside the editor as they were.
 */
@ServiceTest
class LiveTextViewsTest extends KaribuTest {

    @Autowired PlanFixtures planFixtures;

    PlanWorld w;
    long section;

    @BeforeEach
    void plan() {
        w = planFixtures.world();
        section = planFixtures.section(w, null, "Electric vehicles");
        planFixtures.write(w.lead(), section, "Support electric vehicles with local batteries.");
    }

    @Test
    void someone_elses_save_appears_without_a_click_and_the_comment_being_written_stays() {
        signIn(w.member());
        navigate("plans/" + w.planId() + "/sections/" + section);
        Div comments = _get(Div.class, spec -> spec.withId("comments-panel"));
        _click(_get(Button.class, spec -> spec.withId("comment-section")));
        TextArea draft = _get(TextArea.class, spec -> spec.withId("thread-body"));
        _setValue(draft, "Half a thought about batteries");

        planFixtures.write(w.lead(), section, "Support electric vehicles with local batteries and charging.");
        Element body = _get(Div.class, spec -> spec.withId("section-body")).getElement();
        // The browser says the reader is free (not selecting) once it is asked; here the test says it for it.
        await().atMost(Duration.ofSeconds(15)).pollInterval(Duration.ofMillis(50)).pollInSameThread().until(() -> {
            MockVaadin.clientRoundtrip();
            ElementUtilsKt._fireDomEvent(body, new DomEvent(body, ReadingPlace.FREE, Json.createObject()));
            return body.getProperty("innerHTML", "").contains("and charging");
        });

        assertThat(_find(Button.class, spec -> spec.withId("reload-section"))).as("nothing to click").isEmpty();
        assertThat(_get(Div.class, spec -> spec.withId("comments-panel"))).as("the same panel").isSameAs(comments);
        assertThat(_get(TextArea.class, spec -> spec.withId("thread-body"))).isSameAs(draft);
        assertThat(draft.getValue()).isEqualTo("Half a thought about batteries");
        String told = _get(Div.class, spec -> spec.withId("revision-notice")).getElement().getTextRecursively();
        assertThat(told).startsWith("The text was updated by ").contains("(revision 2).");
        Span heard = _get(Span.class, spec -> spec.withId("revision-announcement"));
        assertThat(heard.getElement().getAttribute("aria-live")).isEqualTo("polite");
        assertThat(told).startsWith(heard.getText());
        assertThat(_get(Span.class, spec -> spec.withId("current-revision")).getText()).startsWith("Revision 2 by");
    }

    @Test
    void a_position_being_chosen_keeps_its_reason_when_the_text_changes_live() {
        signIn(w.member());
        navigate("plans/" + w.planId() + "/sections/" + section);
        _click(_get(Button.class, spec -> spec.withId("section-change-position")));
        TextArea reason = _get(TextArea.class, spec -> spec.withId("section-position-reason"));
        _setValue(reason, "Batteries first, then");

        planFixtures.write(w.lead(), section, "Support electric vehicles, batteries first.");
        Element body = _get(Div.class, spec -> spec.withId("section-body")).getElement();
        await().atMost(Duration.ofSeconds(15)).pollInterval(Duration.ofMillis(50)).pollInSameThread().until(() -> {
            MockVaadin.clientRoundtrip();
            ElementUtilsKt._fireDomEvent(body, new DomEvent(body, ReadingPlace.FREE, Json.createObject()));
            return body.getProperty("innerHTML", "").contains("batteries first");
        });

        assertThat(_get(TextArea.class, spec -> spec.withId("section-position-reason"))).isSameAs(reason);
        assertThat(reason.getValue()).isEqualTo("Batteries first, then");
    }

    @Test
    void the_comments_stay_beside_the_editor_and_the_drafters_own_save_leaves_them_as_they_were() {
        signIn(w.lead());
        navigate("plans/" + w.planId() + "/sections/" + section);
        Div comments = _get(Div.class, spec -> spec.withId("comments-panel"));
        _click(_get(Button.class, spec -> spec.withId("edit-section")));
        assertThat(_get(Div.class, spec -> spec.withId("comments-panel"))).as("beside the editor").isSameAs(comments);
        assertThat(_find(Div.class, spec -> spec.withId("section-body"))).as("the editor in its place").isEmpty();
        _click(_get(Button.class, spec -> spec.withId("comment-section")));
        TextArea draft = _get(TextArea.class, spec -> spec.withId("thread-body"));
        _setValue(draft, "A reply I am still writing");

        String saved = "Support electric vehicles with local batteries, from 2027.";
        _setValue(_get(TextArea.class, spec -> spec.withId("section-text")), saved);
        _click(_get(Button.class, spec -> spec.withId("save-section")));
        // The editor reads the text from the browser before saving; here the test answers for the browser.
        UI.getCurrent().getInternals().getStateTree().runExecutionsBeforeClientResponse();
        UI.getCurrent().getInternals().dumpPendingJavaScriptInvocations().stream()
                .filter(js -> js.getInvocation().getExpression().contains("return this.value"))
                .forEach(js -> js.complete(Json.create(saved)));
        confirmIfAsked();

        Div body = _get(Div.class, spec -> spec.withId("section-body"));
        assertThat(body.getElement().getProperty("innerHTML", "")).contains("from 2027");
        assertThat(_get(Div.class, spec -> spec.withId("comments-panel"))).as("not rebuilt").isSameAs(comments);
        assertThat(_get(TextArea.class, spec -> spec.withId("thread-body"))).isSameAs(draft);
        assertThat(draft.getValue()).isEqualTo("A reply I am still writing");
        assertThat(_find(TextArea.class, spec -> spec.withId("section-text"))).isEmpty();
        assertThat(_get(Button.class, spec -> spec.withId("edit-section")).isVisible()).isTrue();
    }

    @Test
    void cancelling_the_editor_shows_the_text_again_without_rebuilding_the_comments() {
        signIn(w.lead());
        navigate("plans/" + w.planId() + "/sections/" + section);
        Div comments = _get(Div.class, spec -> spec.withId("comments-panel"));
        _click(_get(Button.class, spec -> spec.withId("edit-section")));
        _click(_get(Button.class, spec -> spec.withId("cancel-edit")));
        assertThat(_get(Div.class, spec -> spec.withId("section-body")).getElement().getProperty("innerHTML", ""))
                .contains("local batteries");
        assertThat(_get(Div.class, spec -> spec.withId("comments-panel"))).isSameAs(comments);
        assertThat(_find(Paragraph.class, spec -> spec.withId("read-only-notice"))).isEmpty();
    }

    private static void confirmIfAsked() {
        _find(Button.class, spec -> spec.withId("final-action-confirm")).forEach(b -> _click(b));
    }
}
