package org.councilworkspace.implementation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.councilworkspace.base.InvalidInputException;
import org.councilworkspace.council.CouncilService;
import org.councilworkspace.plan.OutlineService;
import org.councilworkspace.testsupport.AsUser;
import org.councilworkspace.testsupport.Fixtures;
import org.councilworkspace.testsupport.MutableClock;
import org.councilworkspace.testsupport.PlanFixtures;
import org.councilworkspace.testsupport.ServiceTest;
import org.councilworkspace.testsupport.TestUser;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/**
 * Measures and KPIs imported from a file: what a good file creates, the preview's reasons by line number, skipping
 * bad lines, hostile files refused whole, and who may import at all. Sections: 1.1 Electric vehicles (led by the
 * world's lead drafter, already holding "EV production incentives") and 1.2 Skills (only the plan's managers).
 */
@ServiceTest
class RegisterImportTest {

    private static final String MINISTRY = RegisterWorld.MINISTRY;
    private static final String ASSOCIATION = RegisterWorld.ASSOCIATION;

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

    @AfterEach
    void signOut() {
        AsUser.signOut();
    }

    private int measureCount() {
        return AsUser.call(w.plan.secretariat(), () -> register.countMeasures(w.plan.planId(), MeasureFilter.ALL));
    }

    private RegisterImportPreview preview(TestUser who, String name, byte[] file) {
        return AsUser.call(who, () -> register.previewImport(w.plan.planId(), name, file));
    }

    private static String measure(String section, String title, String status, String reason, String kpi) {
        return section + ",\"" + title + "\",Training and standards.," + MINISTRY + "," + ASSOCIATION
                + ",2027-01-01,2029-12-31," + status + "," + reason + "," + kpi;
    }

    private static final String KPI = "Workers trained,persons,2026,1200,INCREASE,ANNUAL,Department of Skill Development,"
            + "\"2028: 3000; 2030: 6000\"";

    @Test
    void a_good_file_creates_its_measures_with_their_status_and_kpis_and_a_kpi_line_joins_the_measure_above() {
        int before = measureCount();
        byte[] file = RegisterFiles.csv(
                measure("1.2", "Skilled workers for EV assembly", "", "", KPI),
                ",,,,,,,,,Certified trainers,persons,2026,40,increase,QUARTERLY,Department of Skill Development,"
                        + "2029: 120",
                measure("Skills", "Battery technician curriculum", "DELAYED", "Waiting for the standard", ""));

        RegisterImportPreview preview = preview(w.plan.secretariat(), "register.csv", file);
        assertThat(preview.withProblems()).isZero();
        assertThat(preview.measures()).isEqualTo(2);
        assertThat(preview.kpis()).isEqualTo(2);
        RegisterImportResult result = AsUser.call(w.plan.secretariat(), () -> register.importMeasures(
                w.plan.planId(), "register.csv", file, false));

        assertThat(result).isEqualTo(new RegisterImportResult(2, 2, 0));
        assertThat(measureCount()).isEqualTo(before + 2);
        List<Measure> skills = AsUser.call(w.plan.secretariat(), () -> register.measures(w.plan.planId(),
                new MeasureFilter(null, null, w.otherSectionId), 0, 10));
        assertThat(skills).extracting(Measure::title, Measure::status, Measure::leadAgencyName).containsExactly(
                tuple("Skilled workers for EV assembly", MeasureStatus.PLANNED, MINISTRY),
                tuple("Battery technician curriculum", MeasureStatus.DELAYED, MINISTRY));
        assertThat(skills.get(1).statusReason()).isEqualTo("Waiting for the standard");
        List<KpiProgress> kpis = AsUser.call(w.plan.secretariat(), () -> register.kpis(skills.get(0).id()));
        assertThat(kpis).extracting(k -> k.kpi().name()).containsExactly("Workers trained", "Certified trainers");
        assertThat(kpis.get(0).kpi().targets()).extracting(KpiTarget::year, t -> t.value().stripTrailingZeros())
                .containsExactly(tuple(2028, new BigDecimal("3E+3")),
                        tuple(2030, new BigDecimal("6E+3")));
        assertThat(kpis.get(1).kpi().frequency()).isEqualTo(ReportingFrequency.QUARTERLY);
        assertThat(AsUser.call(w.plan.secretariat(), () -> register.measure(skills.get(0).id())).coAgencies())
                .extracting(Agency::name).containsExactly(ASSOCIATION);
    }

    /** Lines 3 to 10 (after the two header rows): one good, then one of each kind of mistake. */
    private byte[] fileWithBadLines() {
        return RegisterFiles.csv(
                measure("1.2", "Good measure", "", "", KPI),
                measure("9.9", "On no section", "", "", ""),
                measure("1.2", "Unknown agency", "", "", "").replace("," + ASSOCIATION + ",", ",Ministry of Magic,"),
                measure("1.2", "Bad status", "FINISHED", "", ""),
                measure("1.2", "Bad number", "", "", KPI.replace(",1200,", ",twelve hundred,")),
                measure("1.2", "Bad date", "", "", "").replace("2029-12-31", "31.12.2029"),
                measure("1.2", "Good measure", "", "", ""),
                measure("1.1", "EV production incentives", "", "", ""),
                ",,,,,,,,,Orphaned KPI,persons,2026,1,INCREASE,ANNUAL,Survey,2030: 2");
    }

    @Test
    void the_preview_names_each_bad_line_by_its_number_with_the_reason_and_saves_nothing() {
        int before = measureCount();

        RegisterImportPreview preview = preview(w.plan.secretariat(), "register.csv", fileWithBadLines());

        assertThat(preview.lines()).extracting(RegisterImportLine::line).containsExactly(3, 4, 5, 6, 7, 8, 9, 10, 11);
        assertThat(preview.lines().get(0).problems()).isEmpty();
        assertThat(preview.lines().subList(1, 9)).extracting(l -> l.problems().get(0).messageKey()).containsExactly(
                "implementation.import.error.unknown-section", "implementation.import.error.unknown-agency",
                "implementation.import.error.bad-status", "implementation.import.error.bad-number",
                "implementation.import.error.bad-date", "implementation.import.error.duplicate-line",
                "implementation.import.error.duplicate-existing", "implementation.import.error.measure-line-problem");
        assertThat(preview.lines().get(1).problems().get(0).args()).containsExactly("9.9");
        assertThat(preview.lines().get(2).problems().get(0).column()).isEqualTo("co_agencies");
        assertThat(preview.lines().get(6).problems().get(0).args()).containsExactly("Good measure", "3");
        assertThat(preview.lines().get(8).problems().get(0).args()).containsExactly("10");
        assertThatThrownBy(() -> AsUser.call(w.plan.secretariat(), () -> register.importMeasures(w.plan.planId(),
                "register.csv", fileWithBadLines(), false)))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("implementation.import.has-problems"));
        assertThat(measureCount()).isEqualTo(before);
    }

    @Test
    void skipping_the_bad_lines_imports_only_the_good_ones() {
        int before = measureCount();

        RegisterImportResult result = AsUser.call(w.plan.secretariat(), () -> register.importMeasures(
                w.plan.planId(), "register.csv", fileWithBadLines(), true));

        assertThat(result).isEqualTo(new RegisterImportResult(1, 1, 8));
        assertThat(measureCount()).isEqualTo(before + 1);
    }

    @Test
    void the_template_has_labels_in_the_readers_language_over_the_codes_and_imports_once_filled_in() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        AsUser.run(w.plan.secretariat(), () -> write(() -> register.writeImportTemplate(w.plan.planId(),
                Locale.forLanguageTag("th"), false, out)));
        byte[] filled;
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            Sheet lines = book.getSheetAt(0);
            assertThat(lines.getRow(0).getCell(0).getStringCellValue()).isEqualTo("หมวด");
            assertThat(lines.getRow(0).getCell(3).getStringCellValue()).isEqualTo("หน่วยงานหลัก");
            assertThat(lines.getRow(1).getCell(3).getStringCellValue()).isEqualTo("lead_agency");
            Sheet lists = book.getSheetAt(1);
            assertThat(lists.getRow(1).getCell(1).getStringCellValue()).isEqualTo("Strategies");
            String[] values = {"1.2", "ฝึกอบรมช่างเทคนิคแบตเตอรี่", "หลักสูตรระยะสั้น", MINISTRY, "", "2027-01-01",
                "2028-12-31", "ONGOING"};
            var row = lines.createRow(2);
            for (int c = 0; c < values.length; c++) {
                row.createCell(c).setCellValue(values[c]);
            }
            ByteArrayOutputStream again = new ByteArrayOutputStream();
            book.write(again);
            filled = again.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }

        RegisterImportPreview preview = preview(w.plan.secretariat(), "แม่แบบ.xlsx", filled);

        assertThat(preview.lines()).singleElement().satisfies(l -> {
            assertThat(l.line()).isEqualTo(3);
            assertThat(l.problems()).isEmpty();
            assertThat(l.measureTitle()).isEqualTo("ฝึกอบรมช่างเทคนิคแบตเตอรี่");
            assertThat(l.status()).isEqualTo(MeasureStatus.ONGOING);
        });
    }

    @Test
    void a_workbook_is_read_line_by_line_like_a_csv() {
        byte[] file = RegisterFiles.xlsx(
                new String[] {"Electric vehicles", "Charging corridors", "Chargers on highways", MINISTRY, "",
                    "2027-01-01", "2030-12-31", "ongoing", "", "Chargers", "units", "2026", "100", "INCREASE",
                    "ANNUAL", "Energy Regulatory Commission", "2030: 1000"},
                new String[] {"Electric vehicles", "Late one", "Text", MINISTRY, "", "2027-01-01", "2026-12-31"});

        RegisterImportPreview preview = preview(w.plan.lead(), "register.xlsx", file);

        assertThat(preview.lines().get(0).problems()).isEmpty();
        assertThat(preview.lines().get(1).line()).isEqualTo(3);
        assertThat(preview.lines().get(1).problems()).extracting(ImportProblem::messageKey)
                .containsExactly("implementation.end-before-start");
    }

    @Test
    void hostile_files_are_refused_whole_with_a_reason_and_nothing_is_saved() {
        int before = measureCount();
        byte[] oversized = new byte[RegisterFile.MAX_BYTES + 1];
        java.util.Arrays.fill(oversized, (byte) 'a');
        byte[] bomb = RegisterFiles.zipBomb(64);
        assertThat(bomb.length).as("small on the wire").isLessThan(RegisterFile.MAX_BYTES);
        byte[] binary = {0, 1, 2, 3, (byte) 0xff, 0};

        assertThat(refusal("register.pdf", "%PDF-1.7 not a spreadsheet".getBytes()))
                .isEqualTo("implementation.import.error.file-type");
        assertThat(refusal("register.xlsx", "not a workbook".getBytes()))
                .isEqualTo("implementation.import.error.file-type");
        assertThat(refusal("register.csv", binary)).isEqualTo("implementation.import.error.not-utf8");
        assertThat(refusal("register.csv", oversized)).isEqualTo("implementation.import.error.too-large");
        assertThat(refusal("register.xlsx", bomb)).isEqualTo("implementation.import.error.zip-bomb");
        assertThat(refusal("register.csv", new byte[0])).isEqualTo("implementation.import.error.empty-file");
        String[] tooMany = new String[RegisterFile.MAX_ROWS + 1];
        java.util.Arrays.fill(tooMany, "\r\n" + measure("1.2", "Line", "", "", ""));
        assertThat(refusal("register.csv", RegisterFiles.csv(tooMany)))
                .as("blank lines between do not hide lines past the cap")
                .isEqualTo("implementation.import.error.too-many");
        assertThat(refusal("register.csv", "just,some,words\r\n1,2,3".getBytes()))
                .isEqualTo("implementation.import.error.no-header");
        assertThat(measureCount()).isEqualTo(before);
    }

    private String refusal(String name, byte[] file) {
        try {
            AsUser.call(w.plan.secretariat(), () -> register.importMeasures(w.plan.planId(), name, file, true));
        } catch (InvalidInputException e) {
            return e.messageKey();
        }
        throw new AssertionError(name + " was not refused");
    }

    @Test
    void a_member_an_observer_and_an_outsider_can_neither_get_the_template_nor_preview_nor_import() {
        byte[] file = RegisterFiles.csv(measure("1.2", "Intruding measure", "", "", ""));
        for (TestUser who : List.of(w.plan.member(), w.plan.observer(), w.plan.outsider(), w.affiliatedObserver)) {
            assertThatThrownBy(() -> preview(who, "register.csv", file)).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> AsUser.call(who, () -> register.importMeasures(w.plan.planId(), "register.csv",
                    file, true))).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> AsUser.run(who, () -> write(() -> register.writeImportTemplate(w.plan.planId(),
                    Locale.ENGLISH, true, new ByteArrayOutputStream())))).isInstanceOf(AccessDeniedException.class);
        }
    }

    @Test
    void a_lead_drafter_imports_onto_their_own_section_only() {
        byte[] file = RegisterFiles.csv(measure("1.1", "Drafter's own measure", "", "", ""),
                measure("1.2", "Someone else's section", "", "", ""));

        RegisterImportPreview preview = preview(w.plan.lead(), "register.csv", file);

        assertThat(preview.lines().get(0).problems()).isEmpty();
        assertThat(preview.lines().get(1).problems()).extracting(ImportProblem::messageKey)
                .containsExactly("implementation.import.error.section-not-yours");
        RegisterImportResult result = AsUser.call(w.plan.lead(), () -> register.importMeasures(w.plan.planId(),
                "register.csv", file, true));
        assertThat(result.measures()).isEqualTo(1);
    }

    private interface Writing {
        void run() throws IOException;
    }

    private static void write(Writing writing) {
        try {
            writing.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
