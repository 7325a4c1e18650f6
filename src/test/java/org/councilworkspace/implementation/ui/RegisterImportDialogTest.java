package org.councilworkspace.implementation.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.UploadKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.upload.Upload;
import java.util.Locale;
import org.councilworkspace.council.CouncilService;
import org.councilworkspace.implementation.ImplementationService;
import org.councilworkspace.implementation.MeasureFilter;
import org.councilworkspace.implementation.RegisterFiles;
import org.councilworkspace.implementation.RegisterImportLine;
import org.councilworkspace.implementation.RegisterWorld;
import org.councilworkspace.plan.OutlineService;
import org.councilworkspace.testsupport.AsUser;
import org.councilworkspace.testsupport.Fixtures;
import org.councilworkspace.testsupport.MutableClock;
import org.councilworkspace.testsupport.PlanFixtures;
import org.councilworkspace.testsupport.ServiceTest;
import org.councilworkspace.ui.KaribuTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The import dialog as the secretariat uses it: templates, the preview with reasons, skipping bad lines, the result. */
@ServiceTest
class RegisterImportDialogTest extends KaribuTest {

    @Autowired Fixtures fixtures;
    @Autowired PlanFixtures plans;
    @Autowired CouncilService councils;
    @Autowired OutlineService outline;
    @Autowired ImplementationService register;
    @Autowired MutableClock clock;

    RegisterWorld w;

    @BeforeEach
    void world() {
        w = new RegisterWorld(fixtures, plans, councils, outline, register, clock);
    }

    private static String line(String section, String title, String lead) {
        return section + "," + title + ",Training.," + lead + ",,2027-01-01,2029-12-31,,,,,,,,,,";
    }

    @SuppressWarnings("unchecked")
    @Test
    void a_file_with_a_bad_line_is_imported_only_once_the_secretariat_chooses_to_skip_it() {
        signIn(w.plan.secretariat());
        navigate(ImplementationPaths.register(w.plan.councilId()));
        _click(_get(Button.class, spec -> spec.withId("import-measures")));
        assertThat(_get(Anchor.class, spec -> spec.withId("register-template-xlsx")).getText())
                .isEqualTo("Template (XLSX)");
        _get(RegisterImportDialog.class).received("register.csv", RegisterFiles.csv(
                line("1.2", "Skilled workers", RegisterWorld.MINISTRY),
                line("1.2", "Battery recycling", "Ministry of Magic")));

        assertThat(_get(Paragraph.class, spec -> spec.withId("register-import-summary")).getText())
                .isEqualTo("2 lines read: 1 can be imported (1 measures, 0 KPIs), 1 have problems.");
        Grid<RegisterImportLine> grid = _get(Grid.class, spec -> spec.withId("register-import-lines"));
        assertThat(GridKt._size(grid)).isEqualTo(2);
        assertThat(((Span) GridKt._getCellComponent(grid, 0, "status")).getText()).isEqualTo("✔ New measure");
        assertThat(GridKt._getFormattedRow(grid, 1).get(0)).isEqualTo("4");
        assertThat(((Span) GridKt._getCellComponent(grid, 1, "status")).getText())
                .isEqualTo("⚠ Lead agency: there is no agency “Ministry of Magic” in this council");
        Button confirm = _get(Button.class, spec -> spec.withId("register-import-confirm"));
        assertThat(confirm.isEnabled()).as("a file with problems is not imported as it is").isFalse();
        _get(Checkbox.class, spec -> spec.withId("register-import-skip")).setValue(true);
        _click(confirm);

        assertThat(_get(Paragraph.class, spec -> spec.withId("register-import-result")).getText())
                .isEqualTo("✔ 1 measures and 0 KPIs created; 1 lines skipped.");
        assertThat(AsUser.call(w.plan.secretariat(), () -> register.measures(w.plan.planId(),
                new MeasureFilter(null, null, w.otherSectionId), 0, 10))).extracting(m -> m.title())
                .containsExactly("Skilled workers");
        _click(_get(Button.class, spec -> spec.withId("register-import-close")));
        assertThat(_find(RegisterImportDialog.class)).isEmpty();
    }

    @Test
    void a_file_that_is_no_spreadsheet_is_refused_with_the_reason_in_thai() {
        signIn(w.plan.secretariat());
        UI.getCurrent().setLocale(Locale.forLanguageTag("th"));
        navigate(ImplementationPaths.register(w.plan.councilId()));
        _click(_get(Button.class, spec -> spec.withId("import-measures")));
        _get(RegisterImportDialog.class).received("register.pdf", "%PDF-1.7".getBytes());

        assertThat(_get(Paragraph.class, spec -> spec.withId("register-import-file-problem")).getText())
                .isEqualTo("ไฟล์นี้ไม่ใช่ตารางคำนวณ โปรดใช้แม่แบบเป็นสมุดงาน Excel (.xlsx) หรือไฟล์ CSV (.csv)");
    }

    @Test
    void a_member_who_may_put_no_measures_anywhere_sees_no_import_button() {
        signIn(w.plan.member());
        navigate(ImplementationPaths.register(w.plan.councilId()));
        assertThat(_find(Button.class, spec -> spec.withId("import-measures"))).isEmpty();
    }

    @Test
    void a_file_sent_through_the_upload_is_previewed_and_one_over_two_megabytes_is_refused_unread() {
        signIn(w.plan.secretariat());
        navigate(ImplementationPaths.register(w.plan.councilId()));
        _click(_get(Button.class, spec -> spec.withId("import-measures")));
        Upload upload = _get(Upload.class, spec -> spec.withId("register-import-file"));
        assertThat(upload.getMaxFileSize()).isEqualTo(2 * 1024 * 1024);
        assertThat(upload.getAcceptedFileTypes()).containsExactly(".csv", ".xlsx");
        assertThat(upload.getElement().getAttribute("aria-label")).isEqualTo("Import file, CSV or XLSX, up to 2 MB");

        UploadKt._upload(upload, "register.csv", "text/csv",
                RegisterFiles.csv(line("1.2", "Skilled workers", RegisterWorld.MINISTRY)));
        MockVaadin.clientRoundtrip();
        assertThat(_get(Paragraph.class, spec -> spec.withId("register-import-summary")).getText())
                .isEqualTo("1 lines read: 1 can be imported (1 measures, 0 KPIs), 0 have problems.");

        UploadKt._upload(upload, "huge.csv", "text/csv", new byte[2 * 1024 * 1024 + 1]);
        MockVaadin.clientRoundtrip();
        assertThat(_find(Paragraph.class, spec -> spec.withId("register-import-summary"))).as("no preview").isEmpty();
        assertThat(_get(Paragraph.class, spec -> spec.withId("register-import-file-problem")).getText())
                .isEqualTo("The file is larger than 2 MB.");
    }
}
