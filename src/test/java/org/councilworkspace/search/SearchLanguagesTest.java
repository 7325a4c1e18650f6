package org.councilworkspace.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.councilworkspace.deliberation.CommentService;
import org.councilworkspace.testsupport.PlanFixtures;
import org.councilworkspace.testsupport.PlanFixtures.PlanWorld;
import org.councilworkspace.testsupport.ServiceTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Words, not substrings: Thai and Japanese found by word segmentation, English by stem. */
@ServiceTest
class SearchLanguagesTest {

    @Autowired PlanFixtures planFixtures;
    @Autowired CommentService commentService;
    @Autowired SearchService searchService;
    @Autowired SearchIndex searchIndex;
    SearchWorld world;

    PlanWorld w;

    @BeforeEach
    void council() {
        world = new SearchWorld(planFixtures, commentService, searchService, searchIndex);
        w = world.world();
    }

    @Test
    void a_thai_word_is_found_inside_a_sentence_written_without_spaces() {
        long ev = world.section(w, "ยุทธศาสตร์", "รัฐบาลส่งเสริมการผลิตยานยนต์ไฟฟ้าในประเทศไทยอย่างต่อเนื่อง");
        long other = world.section(w, "พลังงาน", "การไฟฟ้าส่วนภูมิภาคขยายสายส่งไปยังนิคมอุตสาหกรรม");
        assertThat(world.sections(w.member(), "ยานยนต์ไฟฟ้า")).containsExactly(ev);
        // "ไฟฟ้า" (electricity) is a word of both texts; "ยาน" alone is not in the second.
        assertThat(world.sections(w.member(), "ไฟฟ้า")).containsExactlyInAnyOrder(ev, other);
        assertThat(world.sections(w.member(), "ยนต์ไฟ")).as("a substring that is not a word").isEmpty();
    }

    @Test
    void a_japanese_word_is_found_inside_a_paragraph() {
        long ev = world.section(w, "次世代自動車", "政府は二〇三〇年までに電気自動車の国内生産を倍増させ、"
                + "充電インフラの整備を地方自治体と連携して進める。");
        world.section(w, "電力", "電気料金の高騰が中小製造業の経営を圧迫している。");
        assertThat(world.sections(w.member(), "電気自動車")).containsExactly(ev);
        assertThat(world.sections(w.member(), "充電インフラ")).containsExactly(ev);
        assertThat(world.sections(w.member(), "自動車電気")).as("the characters in another order").isEmpty();
    }

    @Test
    void english_words_are_found_by_their_stem() {
        String tag = SearchWorld.word();
        long recycled = world.section(w, "Batteries " + tag, "Cells are recycled at the end of their life.");
        assertThat(world.sections(w.member(), "recycling " + tag)).containsExactly(recycled);
        assertThat(world.sections(w.member(), "RECYCLES " + tag)).containsExactly(recycled);
        assertThat(world.sections(w.member(), "recital " + tag)).isEmpty();
    }

    @Test
    void mixed_language_text_finds_each_language_and_full_width_latin() {
        long mixed = world.section(w, "EV", "Local content ของแบตเตอรี่ลิเธียม and ＥＶ電池の国産化");
        assertThat(world.sections(w.member(), "แบตเตอรี่")).contains(mixed);
        assertThat(world.sections(w.member(), "電池")).contains(mixed);
        assertThat(world.sections(w.member(), "ev")).contains(mixed);
    }

    @Test
    void the_snippet_marks_the_matched_words_and_keeps_the_text_exactly() {
        String tag = SearchWorld.word();
        long section = world.section(w, "Safety", "If a < b & c > d then " + tag + " & <i>x</i> stays text.");
        List<SnippetPart> snippet = world.search(w.member(), tag).hits().get(0).snippet();
        assertThat(world.sections(w.member(), tag)).containsExactly(section);
        assertThat(snippet).contains(new SnippetPart(tag, true));
        assertThat(snippet.stream().map(SnippetPart::text).reduce("", String::concat))
                .isEqualTo("If a < b & c > d then " + tag + " & <i>x</i> stays text.");
    }
}
