package org.councilworkspace.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import org.councilworkspace.deliberation.CommentService;
import org.councilworkspace.deliberation.NewThread;
import org.councilworkspace.deliberation.Visibility;
import org.councilworkspace.plan.OutlineNode;
import org.councilworkspace.testsupport.AsUser;
import org.councilworkspace.testsupport.PlanFixtures;
import org.councilworkspace.testsupport.PlanFixtures.PlanWorld;
import org.councilworkspace.testsupport.ServiceTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@ServiceTest
class DeliberationViewsTest extends KaribuTest {

    @Autowired PlanFixtures planFixtures;
    @Autowired CommentService comments;

    PlanWorld w;
    long section;

    @BeforeEach
    void plan() {
        w = planFixtures.world();
        section = planFixtures.section(w, null, "Electric vehicles");
        planFixtures.write(w.lead(), section, "Support **electric** vehicles with local batteries.");
    }

    @Test
    void a_member_comments_on_the_whole_section_and_the_thread_is_listed_with_its_count() {
        signIn(w.member());
        navigate("plans/" + w.planId() + "/sections/" + section);
        assertThat(_get(Span.class, spec -> spec.withId("open-thread-count")).getText()).isEqualTo("No open threads");
        _click(_get(Button.class, spec -> spec.withId("comment-section")));
        _click(_get(Button.class, spec -> spec.withId("post-thread")));
        TextArea body = _get(TextArea.class, spec -> spec.withId("thread-body"));
        assertThat(body.isInvalid()).as("empty comment refused").isTrue();
        _setValue(body, "<img src=x onerror=alert(1)> **Agree** in principle");
        _click(_get(Button.class, spec -> spec.withId("post-thread")));
        assertThat(_get(Span.class, spec -> spec.withId("open-thread-count")).getText()).isEqualTo("1 open thread");
        assertThat(_find(Div.class, spec -> spec.withId("thread-composer"))).isEmpty();
    }

    @Test
    void observers_read_threads_but_get_no_writing_controls_and_no_secretariat_notes() {
        AsUser.call(w.member(), () -> comments.startThread(section, NewThread.onSection(Visibility.COUNCIL, "Open")));
        AsUser.call(w.secretariat(), () -> comments.startThread(section,
                NewThread.onSection(Visibility.SECRETARIAT, "Internal")));
        signIn(w.observer());
        navigate("plans/" + w.planId() + "/sections/" + section);
        assertThat(_find(Button.class, spec -> spec.withId("comment-selection"))).isEmpty();
        assertThat(_get(Span.class, spec -> spec.withId("open-thread-count")).getText()).isEqualTo("1 open thread");
    }

    @SuppressWarnings("unchecked")
    @Test
    void the_outline_counts_open_threads_per_section() {
        AsUser.call(w.member(), () -> comments.startThread(section, NewThread.onSection(Visibility.COUNCIL, "One")));
        AsUser.call(w.chair(), () -> comments.startThread(section, NewThread.onSection(Visibility.COUNCIL, "Two")));
        signIn(w.member());
        navigate("plans/" + w.planId());
        Grid<OutlineNode> grid = _get(Grid.class, spec -> spec.withId("outline-grid"));
        assertThat(grid.getColumnByKey("open-threads").getHeaderText()).isEqualTo("Open comments");
        Span cell = (Span) com.github.mvysny.kaributesting.v10.GridKt._getCellComponent(grid, 0, "open-threads");
        assertThat(cell.getText()).isEqualTo("2");
    }

    @SuppressWarnings("unchecked")
    @Test
    void the_status_filter_shows_resolved_threads_on_request() {
        long id = AsUser.call(w.member(), () -> comments.startThread(section, NewThread.onSection(null, "Done")));
        AsUser.run(w.member(), () -> comments.resolve(id));
        signIn(w.member());
        navigate("plans/" + w.planId() + "/sections/" + section);
        assertThat(_get(Span.class, spec -> spec.withId("open-thread-count")).getText()).isEqualTo("No open threads");
        com.vaadin.flow.component.virtuallist.VirtualList<?> list =
                _get(com.vaadin.flow.component.virtuallist.VirtualList.class, spec -> spec.withId("thread-list"));
        assertThat(list.getDataProvider().size(new com.vaadin.flow.data.provider.Query<>())).isZero();
        // The filters are folded away, and built only when asked for (hidden components count too).
        assertThat(comboBoxesOnPage()).isZero();
        assertThat(_get(Span.class, spec -> spec.withId("thread-filter-summary")).getText())
                .isEqualTo("Showing: Open threads");
        Button toggle = _get(Button.class, spec -> spec.withId("thread-filter-toggle"));
        assertThat(toggle.getElement().getAttribute("aria-expanded")).isEqualTo("false");
        _click(toggle);
        assertThat(toggle.getElement().getAttribute("aria-expanded")).isEqualTo("true");
        com.vaadin.flow.component.combobox.ComboBox<String> status =
                _get(com.vaadin.flow.component.combobox.ComboBox.class, spec -> spec.withId("thread-status-filter"));
        assertThat(status.getValue()).isEqualTo("OPEN");
        _setValue(status, "RESOLVED");
        assertThat(list.getDataProvider().size(new com.vaadin.flow.data.provider.Query<>())).isEqualTo(1);
        assertThat(_get(Span.class, spec -> spec.withId("thread-filter-summary")).getText())
                .isEqualTo("Showing: Resolved threads");
        // Folding the filters away keeps what they chose.
        _click(toggle);
        assertThat(toggle.getElement().getAttribute("aria-expanded")).isEqualTo("false");
        assertThat(comboBoxesOnPage()).as("kept, hidden").isEqualTo(2);
        assertThat(list.getDataProvider().size(new com.vaadin.flow.data.provider.Query<>())).isEqualTo(1);
    }

    @Test
    void the_filters_combine_and_a_new_thread_brings_back_the_open_ones() {
        long resolved = AsUser.call(w.member(), () -> comments.startThread(section, NewThread.onSection(null, "Old")));
        AsUser.run(w.member(), () -> comments.resolve(resolved));
        AsUser.call(w.chair(), () -> comments.startThread(section, NewThread.onSection(null, "By the chair")));
        signIn(w.member());
        navigate("plans/" + w.planId() + "/sections/" + section);
        com.vaadin.flow.component.virtuallist.VirtualList<?> list =
                _get(com.vaadin.flow.component.virtuallist.VirtualList.class, spec -> spec.withId("thread-list"));
        assertThat(list.getDataProvider().size(new com.vaadin.flow.data.provider.Query<>())).isEqualTo(1);
        _click(_get(Button.class, spec -> spec.withId("thread-filter-toggle")));
        com.vaadin.flow.component.combobox.ComboBox<String> status =
                _get(com.vaadin.flow.component.combobox.ComboBox.class, spec -> spec.withId("thread-status-filter"));
        // A cleared status box means all threads, and then says so.
        _setValue(status, null);
        assertThat(status.getValue()).isEqualTo("ALL");
        assertThat(list.getDataProvider().size(new com.vaadin.flow.data.provider.Query<>())).isEqualTo(2);
        _setValue(status, "OPEN");
        _setValue(status, "ALL");
        assertThat(list.getDataProvider().size(new com.vaadin.flow.data.provider.Query<>())).isEqualTo(2);
        _setValue(_get(com.vaadin.flow.component.checkbox.Checkbox.class, spec -> spec.withId("thread-mine-filter")),
                true);
        assertThat(list.getDataProvider().size(new com.vaadin.flow.data.provider.Query<>())).isEqualTo(1);
        _setValue(_get(com.vaadin.flow.component.checkbox.Checkbox.class,
                spec -> spec.withId("thread-mentioning-filter")), true);
        com.github.mvysny.kaributesting.v10.MockVaadin.clientRoundtrip();
        Paragraph empty = _get(Paragraph.class, spec -> spec.withId("thread-list-empty"));
        assertThat(empty.getText()).isEqualTo("No threads match these filters.");
        _setValue(_get(com.vaadin.flow.component.checkbox.Checkbox.class,
                spec -> spec.withId("thread-mentioning-filter")), false);
        com.github.mvysny.kaributesting.v10.MockVaadin.clientRoundtrip();
        assertThat(empty.isVisible()).isFalse();
        assertThat(_get(Span.class, spec -> spec.withId("thread-filter-summary")).getText())
                .isEqualTo("Showing: All threads · Mine");
        // Posting a thread switches the list back to open threads, keeping the other choices.
        _click(_get(Button.class, spec -> spec.withId("comment-section")));
        _setValue(_get(TextArea.class, spec -> spec.withId("thread-body")), "A new point");
        _click(_get(Button.class, spec -> spec.withId("post-thread")));
        assertThat(_get(com.vaadin.flow.component.combobox.ComboBox.class,
                spec -> spec.withId("thread-status-filter")).getValue()).isEqualTo("OPEN");
        assertThat(list.getDataProvider().size(new com.vaadin.flow.data.provider.Query<>())).isEqualTo(1);
        assertThat(_get(Span.class, spec -> spec.withId("thread-filter-summary")).getText())
                .isEqualTo("Showing: Open threads · Mine");
    }

    /** Every combo box in the page's component tree, visible or not (Karibu's lookups skip hidden ones). */
    private static long comboBoxesOnPage() {
        return descendants(com.vaadin.flow.component.UI.getCurrent())
                .filter(c -> c instanceof com.vaadin.flow.component.combobox.ComboBox).count();
    }

    private static java.util.stream.Stream<com.vaadin.flow.component.Component> descendants(
            com.vaadin.flow.component.Component root) {
        return java.util.stream.Stream.concat(java.util.stream.Stream.of(root),
                root.getChildren().flatMap(DeliberationViewsTest::descendants));
    }
}
