package org.councilworkspace.consultation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.councilworkspace.base.CalendarDates;
import org.councilworkspace.base.CalendarSystem;
import org.councilworkspace.consultation.ConsultationWorld.World;
import org.councilworkspace.council.CouncilService;
import org.councilworkspace.council.OrganizationType;
import org.councilworkspace.testsupport.AsUser;
import org.councilworkspace.testsupport.CouncilLanguages;
import org.councilworkspace.testsupport.ServiceTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.security.access.AccessDeniedException;

/**
 * The round's spreadsheets, read back as a person and a program would: for people in their language with the
 * council's calendar, for data tools in codes and ISO times whatever the language.
 */
@ServiceTest
@Import(ConsultationWorld.class)
class LocalizedExportsTest {

    private static final ZoneId BANGKOK = ZoneId.of("Asia/Bangkok");
    private static final Locale THAI = Locale.forLanguageTag("th");

    @Autowired ConsultationWorld worlds;
    @Autowired PublicConsultation publicSide;
    @Autowired ReviewService review;
    @Autowired ConsultationExports exports;
    @Autowired CouncilService councils;

    World w;
    long roundId;
    Submission submission;

    @BeforeEach
    void setUp() {
        w = worlds.create();
        roundId = worlds.openPublicRound(w);
        publicSide.submit(roundId, new NewSubmission("Somchai <b>", "สภาอุตสาหกรรม", OrganizationType.INDUSTRY_ASSOCIATION,
                "somchai@example.org", null, "ควรเพิ่มเป้าหมาย 30%", true, null, null, null), "exporter-" + System.nanoTime());
        AsUser.signIn(w.secretariat());
        submission = review.submissions(roundId, SubmissionFilter.ALL, 0, 1).get(0);
        review.respond(submission.id(), Disposition.PARTIALLY_ADOPTED, "ปรับถ้อยคำในบทที่ 2", null);
    }

    @AfterEach
    void signOut() {
        AsUser.signOut();
    }

    @Test
    void a_thai_reader_of_a_buddhist_era_council_gets_thai_headers_values_and_years() throws Exception {
        CouncilLanguages.set(councils, w.secretariat(), w.councilId(), "th", CalendarSystem.THAI_BUDDHIST);
        AsUser.signIn(w.secretariat());
        List<List<String>> rows = csv(out -> exports.writeCsvForPeople(roundId, THAI, BANGKOK, out));
        assertThat(rows.get(0)).startsWith("เลขที่รับ", "วันที่รับ", "ชื่อ", "องค์กร", "ประเภทองค์กร");
        String received = new CalendarDates(THAI, CalendarSystem.THAI_BUDDHIST, BANGKOK).dateTime(submission.receivedAt());
        assertThat(received).contains("พ.ศ. 25");
        assertThat(rows.get(1)).containsSubsequence(submission.receiptNo(), received, "Somchai <b>", "สภาอุตสาหกรรม",
                "สมาคมอุตสาหกรรม", "somchai@example.org");
        assertThat(rows.get(1)).contains("ใช่", "รับไว้บางส่วน", "ปรับถ้อยคำในบทที่ 2")
                .doesNotContain("INDUSTRY_ASSOCIATION", "PARTIALLY_ADOPTED", "VISIBLE", "true");
        List<List<String>> sheet = xlsx(out -> exports.writeXlsxForPeople(roundId, THAI, BANGKOK, out));
        assertThat(sheet).isEqualTo(rows);
    }

    @Test
    void a_japanese_reader_gets_japanese_headers_and_era_years_from_a_japanese_council() throws Exception {
        CouncilLanguages.set(councils, w.secretariat(), w.councilId(), "ja", CalendarSystem.JAPANESE_ERA);
        AsUser.signIn(w.secretariat());
        List<List<String>> sheet = xlsx(out -> exports.writeXlsxForPeople(roundId, Locale.JAPANESE, BANGKOK, out));
        assertThat(sheet.get(0)).startsWith("受付番号", "受付日時", "氏名", "所属団体", "団体の種類");
        assertThat(sheet.get(1)).contains("業界団体", "一部反映", "はい");
        assertThat(sheet.get(1).get(1)).startsWith("令和");
    }

    @Test
    void an_english_reader_of_a_thai_council_reads_english_words_and_buddhist_era_years() throws Exception {
        CouncilLanguages.set(councils, w.secretariat(), w.councilId(), "th", CalendarSystem.THAI_BUDDHIST);
        AsUser.signIn(w.secretariat());
        List<List<String>> rows = csv(out -> exports.writeCsvForPeople(roundId, Locale.ENGLISH, BANGKOK, out));
        assertThat(rows.get(0)).startsWith("Receipt no.", "Received", "Name", "Organization", "Type of organization");
        assertThat(rows.get(1)).contains("Industry association", "Partially adopted", "Yes");
        assertThat(rows.get(1).get(1)).contains("BE");
    }

    @Test
    void the_data_tools_variant_keeps_codes_and_iso_times_whatever_the_councils_language() throws Exception {
        CouncilLanguages.set(councils, w.secretariat(), w.councilId(), "th", CalendarSystem.THAI_BUDDHIST);
        AsUser.signIn(w.secretariat());
        List<List<String>> rows = csv(out -> exports.writeCsv(roundId, out));
        assertThat(rows.get(0)).isEqualTo(SubmissionColumns.CODES);
        assertThat(rows.get(1).get(1)).matches("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?Z");
        assertThat(rows.get(1)).contains("INDUSTRY_ASSOCIATION", "VISIBLE", "true", "PARTIALLY_ADOPTED");
        assertThat(xlsx(out -> exports.writeXlsx(roundId, out))).isEqualTo(rows);
    }

    @Test
    void a_member_who_does_not_run_the_round_gets_neither_spreadsheet() {
        AsUser.signIn(w.plan().member());
        assertThatThrownBy(() -> exports.writeCsvForPeople(roundId, THAI, BANGKOK, OutputStream.nullOutputStream()))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> exports.writeXlsxForPeople(roundId, THAI, BANGKOK, OutputStream.nullOutputStream()))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void every_csv_starts_with_a_byte_order_mark_so_excel_reads_thai_and_japanese() throws Exception {
        ByteArrayOutputStream people = new ByteArrayOutputStream();
        exports.writeCsvForPeople(roundId, THAI, BANGKOK, people);
        ByteArrayOutputStream data = new ByteArrayOutputStream();
        exports.writeCsv(roundId, data);
        for (byte[] file : List.of(people.toByteArray(), data.toByteArray())) {
            assertThat(file).startsWith((byte) 0xEF, (byte) 0xBB, (byte) 0xBF);
        }
    }

    interface Export {
        void to(ByteArrayOutputStream out) throws Exception;
    }

    /** A small RFC 4180 reader: every field is quoted, quotes doubled, lines end in CRLF. */
    private static List<List<String>> csv(Export export) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        export.to(out);
        String text = out.toString(StandardCharsets.UTF_8).substring(1);
        List<List<String>> rows = new ArrayList<>();
        for (String line : text.split("\r\n")) {
            List<String> fields = new ArrayList<>();
            for (String field : line.substring(1, line.length() - 1).split("\",\"", -1)) {
                fields.add(field.replace("\"\"", "\""));
            }
            rows.add(fields);
        }
        return rows;
    }

    private static List<List<String>> xlsx(Export export) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        export.to(out);
        List<List<String>> rows = new ArrayList<>();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            for (Row row : book.getSheetAt(0)) {
                List<String> cells = new ArrayList<>();
                for (int i = 0; i < SubmissionColumns.CODES.size(); i++) {
                    cells.add(row.getCell(i) == null ? "" : row.getCell(i).getStringCellValue());
                }
                rows.add(cells);
            }
        }
        return rows;
    }
}
