package org.councilworkspace.meeting;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneId;
import java.util.List;
import org.councilworkspace.base.CalendarSystem;
import org.councilworkspace.council.CouncilLanguage;
import org.councilworkspace.plan.text.DiffSegment;
import org.councilworkspace.plan.text.DiffSegment.Kind;
import org.councilworkspace.testsupport.PdfReading;
import org.junit.jupiter.api.Test;

/** The meeting pack carries each amendment up for discussion: its wording, reason, proposer, support and state. */
class PackAmendmentsTest {

    private static final PrintLabels JAPANESE =
            PrintLabels.of(new CouncilLanguage("ja", CalendarSystem.JAPANESE_ERA), ZoneId.of("Asia/Tokyo"));

    static MeetingPack withAmendment(String rationale) {
        MeetingPack base = PrintedAgendaTest.pack("第3回 小委員会", "目標の見直し");
        MeetingPack.AmendmentText amendment = new MeetingPack.AmendmentText(1, 42, "2 目標", "高橋 健",
                "OPEN", List.of(new DiffSegment(Kind.EQUAL, "2031年までに"), new DiffSegment(Kind.DELETED, "30%"),
                        new DiffSegment(Kind.INSERTED, "40%"), new DiffSegment(Kind.EQUAL, "とする。")),
                rationale, 3, 1, List.of(new MeetingPack.Supporter("佐藤 由紀", "MINISTRY", "経済産業省"),
                        new MeetingPack.Supporter("Former <Member>", null, null)));
        return new MeetingPack(base.agenda(), base.documents(), List.of(amendment));
    }

    @Test
    void the_pack_pdf_prints_the_amendment_old_and_new_wording_reason_proposer_and_state_in_japanese() {
        String text = PdfReading.text(AgendaPdf.renderPack(withAmendment("電動車の普及が想定より早い。"), JAPANESE));

        assertThat(text).contains("審議する修正案", "修正案 #42 · 2 目標", "提案者: 高橋 健", "状態: 審議中",
                "賛成: 3", "反対: 1", "現行の文言: 2031年までに30%とする。", "修正後の文言: 2031年までに40%とする。",
                "理由: 電動車の普及が想定より早い。", "賛成者:", "佐藤 由紀 — 省庁 (経済産業省)", "Former <Member>");
    }

    @Test
    void the_agenda_alone_leaves_the_amendments_out() {
        String text = PdfReading.text(AgendaPdf.render(withAmendment("理由"), JAPANESE));

        assertThat(text).contains("議事次第").doesNotContain("審議する修正案");
    }

    @Test
    void the_printable_page_carries_a_section_s_footnotes_as_linked_notes() {
        MeetingPack base = withAmendment("理由");
        MeetingPack pack = new MeetingPack(base.agenda(), List.of(new MeetingPack.Document(1, "2 目標",
                "新旧対照表[^a]\n\n[^a]: 議事次第 <script>x</script>")), base.amendments());
        String html = PackHtml.render(pack, JAPANESE);

        assertThat(html).contains("<sup><a href=\"#d1-note-1\" id=\"d1-ref-1\"",
                        "<section class=\"notes\" aria-label=\"注\">", "<li id=\"d1-note-1\">",
                        "議事次第 &lt;script&gt;x&lt;/script&gt;")
                .doesNotContain("[^a]", "<script>");
    }

    @Test
    void the_printable_page_marks_the_changes_and_escapes_what_people_typed() {
        String html = PackHtml.render(withAmendment("<img src=x onerror=alert(1)>"), JAPANESE);

        assertThat(html).contains("<del>30%</del><ins>40%</ins>", "&lt;img src=x onerror=alert(1)&gt;",
                        "<li>佐藤 由紀 — 省庁 (経済産業省)</li>", "<li>Former &lt;Member&gt;</li>")
                .doesNotContain("<img", "<Member>");
    }
}
