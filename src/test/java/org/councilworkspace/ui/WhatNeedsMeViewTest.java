package org.councilworkspace.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import java.util.List;
import org.councilworkspace.deliberation.CommentService;
import org.councilworkspace.deliberation.NewThread;
import org.councilworkspace.deliberation.Visibility;
import org.councilworkspace.testsupport.AsUser;
import org.councilworkspace.testsupport.PlanFixtures;
import org.councilworkspace.testsupport.PlanFixtures.PlanWorld;
import org.councilworkspace.testsupport.ServiceTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The home page lists what needs the person above their councils, with counts and links; observers read only. */
@ServiceTest
class WhatNeedsMeViewTest extends KaribuTest {

    @Autowired PlanFixtures planFixtures;
    @Autowired CommentService comments;

    PlanWorld w;
    long section;

    @BeforeEach
    void plan() {
        w = planFixtures.world();
        section = planFixtures.section(w, null, "Vision");
        planFixtures.write(w.lead(), section, "A regional hub for clean vehicles.");
    }

    @Test
    void a_lead_drafter_sees_the_open_threads_of_their_section_counted_and_linked_under_the_council() {
        AsUser.run(w.member(), () -> comments.startThread(section, NewThread.onSection(Visibility.COUNCIL, "Which?")));
        AsUser.run(w.chair(), () -> comments.startThread(section, NewThread.onSection(Visibility.COUNCIL, "When?")));
        signIn(w.lead());
        navigate("");

        Section tasks = _get(Section.class, spec -> spec.withId("what-needs-me"));
        List<Anchor> links = _find(tasks, Anchor.class, spec -> spec.withClasses("cw-task"));
        assertThat(links).hasSize(1);
        assertThat(links.get(0).getText()).isEqualTo("2 open comment threads on “Vision”, a section you lead");
        assertThat(links.get(0).getHref()).isEqualTo("plans/" + w.planId() + "/sections/" + section);
        assertThat(tasks.getElement().getTextRecursively()).contains("What needs you");
        assertThat(_find(tasks, Paragraph.class, spec -> spec.withId("what-needs-me-empty"))).isEmpty();
        assertThat(_get(Div.class, spec -> spec.withId("my-councils"))).isNotNull();
    }

    @Test
    void someone_with_nothing_to_do_is_told_so() {
        signIn(w.member());
        navigate("");
        assertThat(_get(Paragraph.class, spec -> spec.withId("what-needs-me-empty")).getText())
                .isEqualTo("Nothing needs you right now.");
    }

    @Test
    void an_observer_is_told_on_the_council_pages_why_there_is_nothing_to_edit_and_a_member_is_not() {
        signIn(w.observer());
        navigate("councils/" + w.councilId());
        assertThat(_get(Div.class, spec -> spec.withId("observer-notice")).getText())
                .contains("You observe this council").contains("no buttons to edit");
        navigate("councils/" + w.councilId() + "/plans");
        assertThat(_find(Div.class, spec -> spec.withId("observer-notice"))).hasSize(1);

        signIn(w.member());
        navigate("councils/" + w.councilId());
        assertThat(_find(Div.class, spec -> spec.withId("observer-notice"))).isEmpty();
    }
}
