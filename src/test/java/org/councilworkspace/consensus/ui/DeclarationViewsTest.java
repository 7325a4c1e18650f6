package org.councilworkspace.consensus.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.List;
import org.councilworkspace.consensus.ChairService;
import org.councilworkspace.consensus.ConsensusService;
import org.councilworkspace.consensus.MatrixFilter;
import org.councilworkspace.consensus.MatrixRow;
import org.councilworkspace.consensus.SectionConsensusState;
import org.councilworkspace.consensus.Stance;
import org.councilworkspace.council.CouncilService;
import org.councilworkspace.testsupport.AsUser;
import org.councilworkspace.testsupport.PlanFixtures;
import org.councilworkspace.testsupport.PlanFixtures.PlanWorld;
import org.councilworkspace.testsupport.ServiceTest;
import org.councilworkspace.ui.KaribuTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The chair's declaration of consensus asks first, names the section, and says the objection goes to the annex. */
@ServiceTest
class DeclarationViewsTest extends KaribuTest {

    @Autowired PlanFixtures planFixtures;
    @Autowired ConsensusService consensus;
    @Autowired ChairService chair;
    @Autowired CouncilService councils;

    PlanWorld w;
    long section;

    @BeforeEach
    void plan() {
        w = planFixtures.world();
        section = planFixtures.section(w, null, "Vision");
        planFixtures.write(w.lead(), section, "A regional hub.");
        AsUser.call(w.member(), () -> consensus.recordPosition(w.planId(), section, Stance.OBJECT, "Too vague."));
        AsUser.call(w.lead(), () -> consensus.recordPosition(w.planId(), section, Stance.AGREE, null));
        AsUser.call(w.chair(), () -> consensus.recordPosition(w.planId(), section, Stance.AGREE, null));
    }

    @Test
    void declaring_asks_first_and_cancelling_declares_nothing() {
        signIn(w.chair());
        navigate("plans/" + w.planId() + "/consensus");
        new SubjectDialog(consensus, chair, w.planId(), row(), councils.currentMembers(w.councilId()), true, true,
                () -> { }).open();
        _setValue(_get(TextArea.class, spec -> spec.withId("declare-summary")), "Agreed over one objection.");
        _setValue(_get(com.vaadin.flow.component.checkbox.Checkbox.class,
                spec -> spec.withId("declare-over-objections")), true);
        _click(_get(Button.class, spec -> spec.withId("declare-consensus")));
        Dialog ask = _get(Dialog.class, spec -> spec.withId("final-action"));
        assertThat(ask.getHeaderTitle()).isEqualTo("Declare consensus on 1 Vision");
        List<String> lines = _find(ask, Paragraph.class).stream().map(Paragraph::getText).toList();
        assertThat(lines).contains("Every open objection goes into the minority opinions annex of the plan, in the"
                + " member's words.");
        _click(_get(Button.class, spec -> spec.withId("final-action-cancel")));
        assertThat(row().state()).isEqualTo(SectionConsensusState.CONTESTED);
        assertThat(AsUser.call(w.chair(), () -> chair.annex(w.planId()))).isEmpty();

        _click(_get(Button.class, spec -> spec.withId("declare-consensus")));
        _click(_get(Button.class, spec -> spec.withId("final-action-confirm")));
        assertThat(row().state()).isEqualTo(SectionConsensusState.AGREED);
        assertThat(AsUser.call(w.chair(), () -> chair.annex(w.planId()))).hasSize(1);
    }

    private MatrixRow row() {
        return AsUser.call(w.chair(), () -> consensus.matrix(w.planId(), MatrixFilter.ALL)).sections().get(0);
    }
}
