package org.councilworkspace.plan.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.ContextMenuKt;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import org.councilworkspace.consensus.ChairService;
import org.councilworkspace.consensus.ConsensusService;
import org.councilworkspace.consensus.Stance;
import org.councilworkspace.plan.OutlineNode;
import org.councilworkspace.plan.OutlineService;
import org.councilworkspace.plan.Plan;
import org.councilworkspace.plan.PlanService;
import org.councilworkspace.plan.PlanStatus;
import org.councilworkspace.plan.VersionService;
import org.councilworkspace.testsupport.AsUser;
import org.councilworkspace.testsupport.PlanFixtures;
import org.councilworkspace.testsupport.PlanFixtures.PlanWorld;
import org.councilworkspace.testsupport.ServiceTest;
import org.councilworkspace.ui.KaribuTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Freezing a version, moving the plan's status (adopting, publishing) and archiving a section each ask first. */
@ServiceTest
class PlanConfirmationViewsTest extends KaribuTest {

    @Autowired PlanFixtures planFixtures;
    @Autowired PlanService plans;
    @Autowired VersionService versions;
    @Autowired OutlineService outline;
    @Autowired ConsensusService consensus;
    @Autowired ChairService chair;

    PlanWorld w;
    long section;
    String title;

    @BeforeEach
    void world() {
        w = planFixtures.world();
        section = planFixtures.section(w, null, "Vision");
        planFixtures.write(w.lead(), section, "A regional hub.");
        title = plan().title();
    }

    @Test
    void freezing_names_the_version_says_it_never_changes_and_cancelling_freezes_nothing() {
        signIn(w.secretariat());
        navigate("plans/" + w.planId() + "/versions");
        _click(_get(Button.class, spec -> spec.withId("freeze-version")));
        _setValue(_get(TextField.class, spec -> spec.withId("version-label")), "v0.4 for the 3rd plenary");
        _click(_get(Button.class, spec -> spec.withId("version-save")));
        assertThat(finalAction().getHeaderTitle()).isEqualTo("Freeze \"v0.4 for the 3rd plenary\" of " + title);
        assertThat(consequences()).contains(
                "A frozen version can never be changed or deleted; a correction is a new version.");
        cancel();
        assertThat(AsUser.call(w.member(), () -> versions.versions(w.planId()))).isEmpty();

        _click(_get(Button.class, spec -> spec.withId("version-save")));
        confirm();
        assertThat(AsUser.call(w.member(), () -> versions.versions(w.planId())))
                .extracting(v -> v.label()).containsExactly("v0.4 for the 3rd plenary");
    }

    @Test
    void adopting_and_publishing_ask_first_and_say_what_becomes_final() {
        AsUser.call(w.member(), () -> consensus.recordPosition(w.planId(), section, Stance.AGREE, null));
        AsUser.call(w.lead(), () -> consensus.recordPosition(w.planId(), section, Stance.AGREE, null));
        AsUser.run(w.chair(), () -> chair.declare(w.planId(), section, "Agreed.", false));
        AsUser.call(w.secretariat(), () -> plans.changeStatus(w.planId(), PlanStatus.DELIBERATION, 0));
        AsUser.call(w.secretariat(), () -> plans.changeStatus(w.planId(), PlanStatus.FINAL_REVIEW, 1));

        signIn(w.chair());
        navigate("plans/" + w.planId());
        _click(_get(Button.class, spec -> spec.withId("status-adopted")));
        assertThat(finalAction().getHeaderTitle()).isEqualTo("Adopt " + title);
        assertThat(consequences()).contains(
                "The current text of every section is frozen as the adopted version (a major version).",
                "The text can no longer be edited, and no more positions or declarations can be recorded.");
        cancel();
        assertThat(plan().status()).isEqualTo(PlanStatus.FINAL_REVIEW);
        _click(_get(Button.class, spec -> spec.withId("status-adopted")));
        confirm();
        assertThat(plan().status()).isEqualTo(PlanStatus.ADOPTED);

        _click(_get(Button.class, spec -> spec.withId("status-published")));
        assertThat(finalAction().getHeaderTitle()).isEqualTo("Publish " + title);
        cancel();
        assertThat(plan().status()).isEqualTo(PlanStatus.ADOPTED);
        _click(_get(Button.class, spec -> spec.withId("status-published")));
        confirm();
        assertThat(plan().status()).isEqualTo(PlanStatus.PUBLISHED);
    }

    @Test
    void an_ordinary_status_move_also_asks_first_naming_both_statuses() {
        signIn(w.secretariat());
        navigate("plans/" + w.planId());
        _click(_get(Button.class, spec -> spec.withId("status-deliberation")));
        assertThat(finalAction().getHeaderTitle()).isEqualTo("Move " + title + " to Deliberation");
        assertThat(consequences()).anySatisfy(line -> assertThat(line).startsWith("The plan moves from Drafting to Deliberation"));
        cancel();
        assertThat(plan().status()).isEqualTo(PlanStatus.DRAFTING);
    }

    @SuppressWarnings("unchecked")
    @Test
    void archiving_a_section_asks_first_and_cancelling_keeps_it_in_the_outline() {
        signIn(w.secretariat());
        navigate("plans/" + w.planId());
        Grid<OutlineNode> grid = _get(Grid.class, spec -> spec.withId("outline-grid"));
        MenuBar menu = (MenuBar) GridKt._getCellComponent(grid, 0, "actions");
        ContextMenuKt._clickItemWithCaption(menu, "Archive");
        assertThat(finalAction().getHeaderTitle()).isEqualTo("Archive 1 Vision");
        assertThat(consequences()).contains(
                "Nothing is deleted: the text, revisions and comments stay, and the section can be restored.");
        cancel();
        assertThat(liveOutline()).extracting(OutlineNode::title).containsExactly("Vision");
        ContextMenuKt._clickItemWithCaption(menu, "Archive");
        confirm();
        assertThat(liveOutline()).isEmpty();
    }

    private Plan plan() {
        return AsUser.call(w.member(), () -> plans.plan(w.planId()));
    }

    private List<OutlineNode> liveOutline() {
        return AsUser.call(w.member(), () -> outline.outline(w.planId(), false));
    }

    private Dialog finalAction() {
        return _get(Dialog.class, spec -> spec.withId("final-action"));
    }

    private List<String> consequences() {
        return _find(finalAction(), Paragraph.class).stream().map(Paragraph::getText).toList();
    }

    private void cancel() {
        _click(_get(Button.class, spec -> spec.withId("final-action-cancel")));
        assertThat(_find(Dialog.class, spec -> spec.withId("final-action"))).isEmpty();
    }

    private void confirm() {
        _click(_get(Button.class, spec -> spec.withId("final-action-confirm")));
    }
}
