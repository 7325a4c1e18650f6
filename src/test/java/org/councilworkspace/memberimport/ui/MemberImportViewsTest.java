package org.councilworkspace.memberimport.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.github.mvysny.kaributesting.v10.UploadKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.upload.Upload;
import java.util.ArrayList;
import java.util.List;
import org.councilworkspace.council.CouncilService;
import org.councilworkspace.memberimport.ImportLine;
import org.councilworkspace.memberimport.MemberFiles;
import org.councilworkspace.testsupport.AsUser;
import org.councilworkspace.testsupport.PlanFixtures;
import org.councilworkspace.testsupport.PlanFixtures.PlanWorld;
import org.councilworkspace.testsupport.ServiceTest;
import org.councilworkspace.ui.KaribuTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The import page as the secretariat uses it: preview, the choice to skip bad lines, the result. */
@ServiceTest
class MemberImportViewsTest extends KaribuTest {

    @Autowired PlanFixtures planFixtures;
    @Autowired CouncilService councils;

    PlanWorld w;

    @BeforeEach
    void council() {
        w = planFixtures.world();
    }

    @SuppressWarnings("unchecked")
    @Test
    void a_file_with_a_bad_line_is_imported_only_once_the_secretariat_chooses_to_skip_it() {
        signIn(w.secretariat());
        navigate("councils/" + w.councilId() + "/members");
        String link = _get(Anchor.class, spec -> spec.withId("import-members-link")).getHref();
        assertThat(link).isEqualTo("councils/" + w.councilId() + "/members/import");
        navigate(link);
        List<String> lines = new ArrayList<>(MemberFiles.goodLines("screen", 4));
        lines.add("Would-be chair,hopeful." + System.nanoTime() + "@example.org,Ministry,MINISTRY,CHAIR,en");
        _get(MemberImportView.class).received("members.csv", MemberFiles.csv(lines.toArray(String[]::new)));

        assertThat(_get(Paragraph.class, spec -> spec.withId("import-summary")).getText())
                .isEqualTo("5 lines read: 4 can be imported, 1 have problems.");
        Grid<ImportLine> grid = _get(Grid.class, spec -> spec.withId("import-preview"));
        assertThat(GridKt._size(grid)).isEqualTo(5);
        Span status = (Span) GridKt._getCellComponent(grid, 4, "status");
        assertThat(status.getText()).isEqualTo("⚠ You cannot give the role CHAIR");
        Button confirm = _get(Button.class, spec -> spec.withId("import-confirm"));
        assertThat(confirm.isEnabled()).as("a file with problems is not imported as it is").isFalse();
        _get(Checkbox.class, spec -> spec.withId("import-skip")).setValue(true);
        _click(confirm);

        assertThat(_get(Paragraph.class, spec -> spec.withId("import-result")).getText())
                .isEqualTo("✔ 4 members added (4 new accounts); 1 lines skipped.");
        assertThat(_get(UnorderedList.class, spec -> spec.withId("import-links")).getChildren().count())
                .as("no e-mail here: the links to hand over").isEqualTo(4);
        assertThat(AsUser.call(w.secretariat(), () -> councils.currentMembers(w.councilId())))
                .filteredOn(m -> m.displayName().endsWith("screen")).hasSize(4);
    }

    @Test
    void a_file_that_cannot_be_read_is_refused_with_the_reason_in_thai() {
        signIn(w.secretariat());
        com.vaadin.flow.component.UI.getCurrent().setLocale(java.util.Locale.forLanguageTag("th"));
        navigate("councils/" + w.councilId() + "/members/import");
        _get(MemberImportView.class).received("members.pdf", new byte[] {1, 2});
        assertThat(_get(Paragraph.class, spec -> spec.withId("import-file-problem")).getText())
                .isEqualTo("โปรดใช้ไฟล์ CSV (.csv) หรือ Excel (.xlsx)");
    }

    @Test
    void a_file_sent_through_the_upload_is_previewed_and_one_over_two_megabytes_is_refused() {
        signIn(w.secretariat());
        navigate("councils/" + w.councilId() + "/members/import");
        Upload upload = _get(Upload.class, spec -> spec.withId("import-file"));
        assertThat(upload.getMaxFiles()).isEqualTo(1);
        assertThat(upload.getMaxFileSize()).isEqualTo(2 * 1024 * 1024);
        assertThat(upload.getAcceptedFileTypes()).containsExactly(".csv", ".xlsx");
        assertThat(upload.getElement().getAttribute("aria-label")).isEqualTo("Member file (CSV or XLSX, up to 2 MB)");

        UploadKt._upload(upload, "members.csv", "text/csv",
                MemberFiles.csv(MemberFiles.goodLines("upload", 2).toArray(String[]::new)));
        MockVaadin.clientRoundtrip();
        assertThat(_get(Paragraph.class, spec -> spec.withId("import-summary")).getText())
                .isEqualTo("2 lines read: 2 can be imported, 0 have problems.");

        UploadKt._upload(upload, "huge.csv", "text/csv", new byte[2 * 1024 * 1024 + 1]);
        MockVaadin.clientRoundtrip();
        NotificationsKt.expectNotifications("The file is larger than 2 MB.");
        assertThat(_find(Paragraph.class, spec -> spec.withId("import-summary"))).as("no preview").isEmpty();
    }
}
