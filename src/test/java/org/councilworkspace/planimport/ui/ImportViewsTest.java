package org.councilworkspace.planimport.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.councilworkspace.plan.OutlineNode;
import org.councilworkspace.plan.OutlineService;
import org.councilworkspace.plan.PlanService;
import org.councilworkspace.planimport.Pictures;
import org.councilworkspace.testsupport.AsUser;
import org.councilworkspace.testsupport.PlanFixtures;
import org.councilworkspace.testsupport.PlanFixtures.PlanWorld;
import org.councilworkspace.testsupport.ServiceTest;
import org.councilworkspace.ui.KaribuTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The import dialog previews the outline and what will not come along, and saves only when asked. */
@ServiceTest
class ImportViewsTest extends KaribuTest {

    @Autowired PlanFixtures planFixtures;
    @Autowired PlanService plans;
    @Autowired OutlineService outline;

    PlanWorld w;

    static final byte[] MARKDOWN = """
            # Road map

            ## Vision

            Exports double.

            ## Measures

            ### Skills
            """.getBytes(StandardCharsets.UTF_8);

    @BeforeEach
    void world() {
        w = planFixtures.world();
    }

    private ImportDialog dialog() {
        return _get(ImportDialog.class);
    }

    private List<String> previewOutline() {
        return _find(_get(UnorderedList.class, spec -> spec.withId("import-outline")), ListItem.class).stream()
                .map(ListItem::getText).toList();
    }

    @Test
    void the_secretariat_sees_the_outline_before_anything_is_saved_and_then_creates_the_plan() {
        signIn(w.secretariat());
        navigate("councils/" + w.councilId() + "/plans");
        _click(_get(Button.class, spec -> spec.withId("import-document")));
        dialog().show(new CappedUpload.Received("Road map.md", MARKDOWN));
        assertThat(previewOutline()).containsExactly("1 Vision", "2 Measures", "2.1 Skills");
        assertThat(_get(Div.class, spec -> spec.withId("import-report")).getElement().getText()).isEmpty();
        assertThat(_find(Paragraph.class).stream().map(Paragraph::getText))
                .contains("Everything in the document can be carried over.");
        int before = AsUser.call(w.secretariat(), () -> plans.plans(w.councilId())).size();
        assertThat(before).as("the preview saved nothing").isEqualTo(1);
        _click(_get(Button.class, spec -> spec.withId("import-save")));
        String location = UI.getCurrent().getInternals().getActiveViewLocation().getPath();
        long planId = Long.parseLong(location.substring("plans/".length()));
        assertThat(AsUser.call(w.secretariat(), () -> plans.plan(planId)).title()).isEqualTo("Road map");
        assertThat(AsUser.call(w.secretariat(), () -> outline.outline(planId, false)).stream()
                .map(OutlineNode::numberedTitle)).containsExactly("1 Vision", "2 Measures", "2.1 Skills");
    }

    @Test
    void the_preview_says_how_many_pictures_will_be_kept_and_the_saved_section_shows_them() {
        signIn(w.secretariat());
        navigate("plans/" + w.planId());
        _click(_get(Button.class, spec -> spec.withId("import-into-plan")));
        dialog().show(new CappedUpload.Received("chart.docx", Pictures.docx("Exports", Pictures.png(5), "Chart")));
        assertThat(_get(Paragraph.class, spec -> spec.withId("import-images-kept")).getText())
                .isEqualTo("1 images kept with the plan, shown where they stand in the text");
        assertThat(_find(Paragraph.class).stream().map(Paragraph::getText))
                .contains("Everything in the document can be carried over.");
        _click(_get(Button.class, spec -> spec.withId("import-save")));
        OutlineNode section = AsUser.call(w.secretariat(), () -> outline.outline(w.planId(), false)).get(0);
        navigate("plans/" + w.planId() + "/sections/" + section.sectionId());
        assertThat(_find(Div.class, spec -> spec.withClasses("cw-markdown")).stream()
                .map(d -> d.getElement().getProperty("innerHTML", "")))
                .anySatisfy(html -> assertThat(html).containsPattern("<img src=\"/plan-images/\\d+\" alt=\"Chart\">"));
    }

    @Test
    void a_refused_file_says_why_and_cannot_be_saved() {
        signIn(w.secretariat());
        navigate("councils/" + w.councilId() + "/plans");
        _click(_get(Button.class, spec -> spec.withId("import-document")));
        dialog().show(new CappedUpload.Received("plan.docx", "hello".getBytes(StandardCharsets.UTF_8)));
        assertThat(_get(Paragraph.class, spec -> spec.withId("import-refusal")).getText())
                .isEqualTo("This is not a Word document (.docx) that can be read.");
        assertThat(_get(Button.class, spec -> spec.withId("import-save")).isEnabled()).isFalse();
        dialog().show(new CappedUpload.Received("plan.docx", null));
        assertThat(_get(Paragraph.class, spec -> spec.withId("import-refusal")).getText())
                .isEqualTo("The file is larger than 10 MB.");
    }

    @Test
    void importing_into_a_plan_is_offered_on_its_outline_to_managers_only() {
        signIn(w.member());
        navigate("plans/" + w.planId());
        assertThat(_find(Button.class, spec -> spec.withId("import-into-plan"))).isEmpty();
        navigate("councils/" + w.councilId() + "/plans");
        assertThat(_find(Button.class, spec -> spec.withId("import-document"))).isEmpty();

        signIn(w.chair());
        navigate("plans/" + w.planId());
        _click(_get(Button.class, spec -> spec.withId("import-into-plan")));
        dialog().show(new CappedUpload.Received("more.md", MARKDOWN));
        _click(_get(Button.class, spec -> spec.withId("import-save")));
        assertThat(AsUser.call(w.chair(), () -> outline.outline(w.planId(), false)).stream()
                .map(OutlineNode::numberedTitle)).containsExactly("1 Vision", "2 Measures", "2.1 Skills");
    }
}
