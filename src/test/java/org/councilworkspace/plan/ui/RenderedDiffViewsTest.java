package org.councilworkspace.plan.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import java.util.Locale;
import org.councilworkspace.plan.VersionService;
import org.councilworkspace.testsupport.AsUser;
import org.councilworkspace.testsupport.PlanFixtures;
import org.councilworkspace.testsupport.PlanFixtures.PlanWorld;
import org.councilworkspace.testsupport.ServiceTest;
import org.councilworkspace.ui.KaribuTest;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Comparing versions: the diff switches between raw Markdown and formatted text, the changes marked in both. */
@ServiceTest
class RenderedDiffViewsTest extends KaribuTest {

    @Autowired PlanFixtures planFixtures;
    @Autowired VersionService versions;

    @Test
    void the_comparison_shows_the_diff_as_formatted_text_and_back_as_markdown() {
        PlanWorld w = planFixtures.world();
        long section = planFixtures.section(w, null, "Targets");
        planFixtures.write(w.secretariat(), section, "## Exports\n\n- Double exports\n- Train engineers\n");
        long v1 = AsUser.call(w.secretariat(), () -> versions.freeze(w.planId(), false, "v0.1", null));
        planFixtures.write(w.secretariat(), section,
                "## Exports\n\n- Double exports\n- Train women engineers <script>alert(1)</script>\n");
        long v2 = AsUser.call(w.secretariat(), () -> versions.freeze(w.planId(), false, "v0.2", null));
        signIn(w.observer());
        UI.getCurrent().setLocale(Locale.ENGLISH);
        navigate("plans/" + w.planId() + "/compare/" + v1 + "/" + v2);

        Button toggle = _get(Button.class, spec -> spec.withClasses("cw-diff-rendering"));
        assertThat(toggle.getText()).isEqualTo("Show as text");
        Document raw = Jsoup.parseBodyFragment(innerHtml("cw-diff-inline"));
        assertThat(raw.text()).contains("## Exports", "- Train");
        assertThat(_find(Div.class, spec -> spec.withClasses("cw-diff-rendered"))).isEmpty();

        _click(toggle);

        assertThat(toggle.getText()).isEqualTo("Show Markdown");
        Document shown = Jsoup.parseBodyFragment(innerHtml("cw-diff-rendered"));
        assertThat(shown.select("h2").text()).isEqualTo("Exports");
        assertThat(shown.select("li")).hasSize(2);
        assertThat(shown.select("li ins.cw-ins").eachText()).containsExactly("women", "<script>alert(1)</script>");
        assertThat(shown.select("script")).isEmpty();
        assertThat(shown.text()).doesNotContain("##");

        _click(toggle);

        assertThat(toggle.getText()).isEqualTo("Show as text");
        assertThat(_find(Div.class, spec -> spec.withClasses("cw-diff-rendered"))).isEmpty();
    }

    @Test
    void the_toggle_and_the_words_marking_changes_are_in_the_readers_language() {
        PlanWorld w = planFixtures.world();
        long section = planFixtures.section(w, null, "เป้าหมาย");
        planFixtures.write(w.secretariat(), section, "- เพิ่มการส่งออก\n");
        long v1 = AsUser.call(w.secretariat(), () -> versions.freeze(w.planId(), false, "v0.1", null));
        planFixtures.write(w.secretariat(), section, "- เพิ่มการส่งออกสองเท่า\n");
        long v2 = AsUser.call(w.secretariat(), () -> versions.freeze(w.planId(), false, "v0.2", null));
        signIn(w.observer());
        UI.getCurrent().setLocale(Locale.forLanguageTag("th"));
        navigate("plans/" + w.planId() + "/compare/" + v1 + "/" + v2);

        Button toggle = _get(Button.class, spec -> spec.withClasses("cw-diff-rendering"));
        assertThat(toggle.getText()).isEqualTo("แสดงเป็นข้อความจัดรูปแบบ");
        Div diff = _get(Div.class, spec -> spec.withClasses("cw-diff"));
        assertThat(diff.getStyle().get("--cw-cue-ins")).isEqualTo("\"เพิ่ม\"");
        _click(toggle);
        assertThat(toggle.getText()).isEqualTo("แสดงเป็น Markdown");
        Document shown = Jsoup.parseBodyFragment(innerHtml("cw-diff-rendered"));
        assertThat(shown.select("li").text()).isEqualTo("เพิ่มการส่งออกสองเท่า");
        assertThat(shown.select("li ins").text()).isNotEmpty();
    }

    @Test
    void words_made_bold_or_a_list_item_are_labelled_as_a_change_of_look_in_both_views_with_a_legend() {
        PlanWorld w = planFixtures.world();
        long section = planFixtures.section(w, null, "Batteries");
        planFixtures.write(w.secretariat(), section, "Build a battery plant.\n\nTrain engineers\n");
        long v1 = AsUser.call(w.secretariat(), () -> versions.freeze(w.planId(), false, "v0.1", null));
        planFixtures.write(w.secretariat(), section, "Build a **battery** plant.\n\n- Train engineers\n");
        long v2 = AsUser.call(w.secretariat(), () -> versions.freeze(w.planId(), false, "v0.2", null));
        signIn(w.observer());
        UI.getCurrent().setLocale(Locale.JAPANESE);
        navigate("plans/" + w.planId() + "/compare/" + v1 + "/" + v2);

        assertThat(_get(Div.class, spec -> spec.withClasses("cw-look-legend")).getText())
                .startsWith("点線の下線とラベル");
        Document raw = Jsoup.parseBodyFragment(innerHtml("cw-diff-inline"));
        assertThat(raw.select("ins, del")).isEmpty();
        assertThat(raw.select("small.cw-look-label").eachText())
                .containsExactly("書式: 太字を追加", "書式: 箇条書きの項目に変更");
        assertThat(raw.select("span.cw-look").eachText()).containsExactly("battery", "Train engineers");

        _click(_get(Button.class, spec -> spec.withClasses("cw-diff-rendering")));

        Document shown = Jsoup.parseBodyFragment(innerHtml("cw-diff-rendered"));
        assertThat(shown.select("ins, del")).isEmpty();
        assertThat(shown.select("strong span.cw-look").text()).isEqualTo("battery");
        assertThat(shown.select("li span.cw-look").text()).isEqualTo("Train engineers");
        assertThat(shown.select("small.cw-look-label")).hasSize(2);
    }

    @Test
    void a_diff_of_words_alone_has_no_legend_of_looks() {
        PlanWorld w = planFixtures.world();
        long section = planFixtures.section(w, null, "Ports");
        planFixtures.write(w.secretariat(), section, "Ports by 2030.\n");
        long v1 = AsUser.call(w.secretariat(), () -> versions.freeze(w.planId(), false, "v0.1", null));
        planFixtures.write(w.secretariat(), section, "Ports by 2032.\n");
        long v2 = AsUser.call(w.secretariat(), () -> versions.freeze(w.planId(), false, "v0.2", null));
        signIn(w.observer());
        navigate("plans/" + w.planId() + "/compare/" + v1 + "/" + v2);

        assertThat(_find(Div.class, spec -> spec.withClasses("cw-look-legend"))).isEmpty();
        assertThat(Jsoup.parseBodyFragment(innerHtml("cw-diff-inline")).select("ins").text()).isEqualTo("2032");
    }

    private static String innerHtml(String className) {
        return _get(Div.class, spec -> spec.withClasses(className)).getElement().getProperty("innerHTML");
    }
}
