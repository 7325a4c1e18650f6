package org.councilworkspace.plan.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.ContextMenuKt;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.menubar.MenuBar;
import java.util.List;
import org.councilworkspace.plan.OutlineNode;
import org.councilworkspace.plan.OutlineService;
import org.councilworkspace.testsupport.AsUser;
import org.councilworkspace.testsupport.PlanFixtures;
import org.councilworkspace.testsupport.PlanFixtures.PlanWorld;
import org.councilworkspace.testsupport.ServiceTest;
import org.councilworkspace.ui.KaribuTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The lead drafters dialog shows who named and who removed each lead drafter: a removal stays on record. */
@ServiceTest
class LeadHistoryViewsTest extends KaribuTest {

    @Autowired PlanFixtures planFixtures;
    @Autowired OutlineService outline;

    @SuppressWarnings("unchecked")
    @Test
    void the_leads_dialog_lists_who_named_and_who_removed_each_lead_drafter() {
        PlanWorld w = planFixtures.world();
        long section = planFixtures.section(w, null, "Vision");
        AsUser.run(w.chair(), () -> outline.setLeads(section, List.of(w.member().id())));

        signIn(w.secretariat());
        navigate("plans/" + w.planId());
        Grid<OutlineNode> grid = _get(Grid.class, spec -> spec.withId("outline-grid"));
        ContextMenuKt._clickItemWithCaption((MenuBar) GridKt._getCellComponent(grid, 0, "actions"), "Lead drafters");
        List<String> terms = _find(_get(UnorderedList.class, spec -> spec.withId("lead-history")), ListItem.class)
                .stream().map(ListItem::getText).toList();
        assertThat(terms).hasSize(2);
        assertThat(terms.get(0)).startsWith("Test " + w.lead().username() + ": named by Test " + w.secretariat().username())
                .contains("; removed by Test " + w.chair().username());
        assertThat(terms.get(1)).startsWith("Test " + w.member().username() + ": named by Test " + w.chair().username())
                .doesNotContain("removed");
    }
}
