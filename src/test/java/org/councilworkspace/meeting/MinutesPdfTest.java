package org.councilworkspace.meeting;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.councilworkspace.testsupport.DocxReading;
import org.councilworkspace.testsupport.PdfReading;
import org.junit.jupiter.api.Test;

class MinutesPdfTest {

    static Minutes minutes(boolean full) {
        Meeting m = IcsTest.meeting("ประชุมครั้งที่ 3", "ห้องประชุม");
        AgendaItem item = new AgendaItem(1, m.id(), 0, "議事次第の確認", 30, null, AgendaPurpose.DECISION, null, null,
                "สถานที่ประชุมเปลี่ยน\n\nผู้ใหญ่บ้านใช้น้ำเท่านั้น", 0);
        Decision decision = new Decision(3, 1, "新旧対照表を承認する。", null, null, "Chair", OffsetDateTime.now());
        ActionItem action = new ActionItem(4, m.id(), m.title(), 1, 1, "Circulate the table", 9, "Somchai",
                LocalDate.of(2027, 4, 1), ActionStatus.OPEN, 0);
        return new Minutes(m, full, full ? List.of(item) : List.of(), full ? List.of(decision) : List.of(),
                full ? List.of(action) : List.of(), 1, null);
    }

    @Test
    void full_minutes_hold_notes_decisions_and_action_items_as_typed() {
        byte[] pdf = MinutesPdf.render(minutes(true), PrintedAgendaTest.LABELS);

        String text = PdfReading.text(pdf);
        assertThat(text).contains("ประชุมครั้งที่ 3", "1 議事次第の確認", "สถานที่ประชุมเปลี่ยน", "ผู้ใหญ่บ้านใช้น้ำเท่านั้น",
                "新旧対照表を承認する。", "Circulate the table — Somchai");
    }

    @Test
    void the_minutes_as_a_word_file_hold_the_same_text() {
        String text = DocxReading.text(MeetingDocx.minutes(minutes(true), PrintedAgendaTest.LABELS));

        assertThat(text).contains("ประชุมครั้งที่ 3", "議事次第の確認", "สถานที่ประชุมเปลี่ยน", "ผู้ใหญ่บ้านใช้น้ำเท่านั้น",
                "新旧対照表を承認する。", "Circulate the table — Somchai");
    }

    @Test
    void the_agenda_as_a_word_file_holds_its_items() {
        String text = DocxReading.text(MeetingDocx.agenda(PrintedAgendaTest.pack("第3回 製造業競争力強化小委員会", "目標の見直し"),
                PrintedAgendaTest.LABELS));

        assertThat(text).contains("第3回 製造業競争力強化小委員会", "目標の見直し");
    }

    @Test
    void minutes_not_yet_released_show_no_item() {
        byte[] pdf = MinutesPdf.render(minutes(false), PrintedAgendaTest.LABELS);

        assertThat(PdfReading.text(pdf)).contains("[meeting.minutes-not-released]").doesNotContain("議事次第の確認");
    }
}
