package org.councilworkspace.deliberation.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.virtuallist.VirtualList;
import com.vaadin.flow.data.provider.Query;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.councilworkspace.deliberation.CommentService;
import org.councilworkspace.deliberation.NewThread;
import org.councilworkspace.deliberation.Visibility;
import org.councilworkspace.plan.OutlineNode;
import org.councilworkspace.testsupport.AsUser;
import org.councilworkspace.testsupport.MutableClock;
import org.councilworkspace.testsupport.PlanFixtures;
import org.councilworkspace.testsupport.PlanFixtures.PlanWorld;
import org.councilworkspace.testsupport.ServiceTest;
import org.councilworkspace.ui.KaribuTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A member comes back to a section: the notice says what changed since the last look, shows the changes, and goes
 * once marked as seen; the threads new to the member say so in the list, and the outline marks the section.
 */
@ServiceTest
class LastLookViewsTest extends KaribuTest {

    @Autowired PlanFixtures planFixtures;
    @Autowired CommentService comments;
    @Autowired MutableClock clock;

    PlanWorld w;
    long section;
    long oldThread;

    @BeforeEach
    void setUp() {
        w = planFixtures.world();
        section = planFixtures.section(w, null, "Targets");
        planFixtures.write(w.lead(), section, "Exports double by 2031.");
        oldThread = AsUser.call(w.chair(), () -> comments.startThread(section,
                NewThread.onSection(Visibility.COUNCIL, "An old question.")));
    }

    @Test
    void the_member_who_comes_back_sees_what_changed_opens_the_changes_and_marks_them_seen() {
        signIn(w.member());
        UI.getCurrent().setLocale(Locale.ENGLISH);
        navigate("plans/" + w.planId() + "/sections/" + section);
        assertThat(_find(Div.class, spec -> spec.withId("last-look-notice")))
                .as("a first visit floods nobody").isEmpty();

        clock.advance(Duration.ofDays(2));
        planFixtures.write(w.lead(), section, "Exports triple by 2031.");
        AsUser.call(w.lead(), () -> comments.startThread(section,
                NewThread.onSection(Visibility.COUNCIL, "Is tripling realistic? <b>not bold</b>")));
        navigate("plans/" + w.planId());
        Grid<OutlineNode> outline = _get(Grid.class, spec -> spec.withId("outline-grid"));
        assertThat(GridKt._getCellComponent(outline, 0, "changed-since-look").getElement().getTextRecursively())
                .isEqualTo("Changed: 1 revision");
        navigate("plans/" + w.planId() + "/sections/" + section);

        Div notice = _get(Div.class, spec -> spec.withId("last-look-notice"));
        assertThat(notice.isVisible()).isTrue();
        assertThat(_get(notice, Span.class, spec -> spec.withId("last-look-title")).getElement().getTextRecursively())
                .startsWith("Changed since you last looked (");
        assertThat(_get(notice, Paragraph.class, spec -> spec.withId("last-look-summary")).getText())
                .isEqualTo("1 revision by Test " + w.lead().username() + "; 1 new comment");
        assertThat(freshLabels()).containsExactlyInAnyOrder("New", "");

        _click(_get(Button.class, spec -> spec.withId("last-look-show-changes")));
        Div diff = _get(Div.class, spec -> spec.withClasses("cw-diff"));
        assertThat(_get(diff, Div.class, spec -> spec.withClasses("cw-diff-inline")).getElement()
                .getProperty("innerHTML")).contains(">double</del>", ">triple</ins>");
        _click(_get(Button.class, spec -> spec.withId("last-look-dialog-mark-seen")));

        assertThat(notice.isVisible()).isFalse();
        assertThat(freshLabels()).containsExactly("", "");
        navigate("plans/" + w.planId());
        navigate("plans/" + w.planId() + "/sections/" + section);
        assertThat(_find(Div.class, spec -> spec.withId("last-look-notice"))).isEmpty();
    }

    @Test
    void the_notice_is_in_the_readers_language() {
        signIn(w.member());
        UI.getCurrent().setLocale(Locale.JAPANESE);
        navigate("plans/" + w.planId() + "/sections/" + section);
        clock.advance(Duration.ofHours(3));
        AsUser.call(w.chair(), () -> comments.reply(oldThread, "返信します。"));
        navigate("plans/" + w.planId());
        navigate("plans/" + w.planId() + "/sections/" + section);

        Div notice = _get(Div.class, spec -> spec.withId("last-look-notice"));
        assertThat(_get(notice, Span.class, spec -> spec.withId("last-look-title")).getElement().getTextRecursively())
                .startsWith("前回の閲覧（");
        assertThat(_get(notice, Paragraph.class, spec -> spec.withId("last-look-summary")).getText())
                .isEqualTo("新しいコメント 1 件");
        assertThat(_find(notice, Button.class, spec -> spec.withId("last-look-show-changes")))
                .as("no new revision, no changes to show").isEmpty();
        assertThat(freshLabels()).containsExactly("新しい返信");
    }

    @SuppressWarnings("unchecked")
    private List<String> freshLabels() {
        VirtualList<ThreadSummaryRenderer.ThreadRow> list = _get(VirtualList.class, spec -> spec.withId("thread-list"));
        return list.getDataProvider().fetch(new Query<>(0, 50, List.of(), null, null)).map(ThreadSummaryRenderer.ThreadRow::fresh).toList();
    }
}
