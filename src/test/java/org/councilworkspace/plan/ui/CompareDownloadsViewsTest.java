package org.councilworkspace.plan.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import java.util.Locale;
import org.councilworkspace.plan.VersionService;
import org.councilworkspace.testsupport.AsUser;
import org.councilworkspace.testsupport.PlanFixtures;
import org.councilworkspace.testsupport.PlanFixtures.PlanWorld;
import org.councilworkspace.testsupport.ServiceTest;
import org.councilworkspace.ui.KaribuTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The page comparing two versions offers the old | new table as Word and as PDF, side by side. */
@ServiceTest
class CompareDownloadsViewsTest extends KaribuTest {

    @Autowired PlanFixtures planFixtures;
    @Autowired VersionService versions;

    private static Anchor link(String id) {
        return _get(Anchor.class, spec -> spec.withId(id));
    }

    @Test
    void the_comparison_page_offers_the_old_and_new_table_as_word_and_as_pdf_in_the_readers_language() {
        PlanWorld w = planFixtures.world();
        long section = planFixtures.section(w, null, "目標");
        planFixtures.write(w.secretariat(), section, "輸出を増やす。");
        long v1 = AsUser.call(w.secretariat(), () -> versions.freeze(w.planId(), false, "v0.1", null));
        planFixtures.write(w.secretariat(), section, "輸出を倍増する。");
        long v2 = AsUser.call(w.secretariat(), () -> versions.freeze(w.planId(), false, "v0.2", null));
        signIn(w.observer());
        UI.getCurrent().setLocale(Locale.JAPANESE);
        navigate("plans/" + w.planId() + "/compare/" + v1 + "/" + v2);

        assertThat(link("download-comparison-docx").getText()).isEqualTo("新旧対照表（.docx）");
        assertThat(link("download-comparison-pdf").getText()).isEqualTo("新旧対照表（PDF）");
        assertThat(link("download-comparison-pdf").getElement().hasAttribute("download")).isTrue();
    }
}
