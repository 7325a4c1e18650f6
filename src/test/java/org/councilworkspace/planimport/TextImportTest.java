package org.councilworkspace.planimport;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class TextImportTest {

    private static ImportPreview read(String name, String text) {
        return ImportReader.read(name, text.getBytes(StandardCharsets.UTF_8), 1024 * 1024);
    }

    @Test
    void markdown_headings_become_the_outline_and_the_text_is_kept_as_written() {
        ImportPreview preview = read("plan.md", """
                # Automotive master plan

                ## Vision

                Exports **double** by 2031.

                | Year | Cars |
                | --- | --- |
                | 2031 | 2.5m |

                ### Targets
                - one
                - two

                ## ยุทธศาสตร์
                ข้อความ
                """);
        assertThat(preview.documentTitle()).isEqualTo("Automotive master plan");
        assertThat(DocxImportTest.outline(preview)).containsExactly("1 Vision", "1.1 Targets", "2 ยุทธศาสตร์");
        assertThat(preview.sections().get(0).body())
                .isEqualTo("Exports **double** by 2031.\n\n| Year | Cars |\n| --- | --- |\n| 2031 | 2.5m |");
        assertThat(preview.sections().get(1).body()).isEqualTo("- one\n- two");
        assertThat(preview.format()).isEqualTo(ImportFormat.MARKDOWN);
    }

    @Test
    void several_first_level_markdown_headings_are_chapters() {
        ImportPreview preview = read("plan.md", "# One\n\nText\n\n# Two\n\nSetext\n------\n\nMore\n");
        assertThat(DocxImportTest.outline(preview)).containsExactly("1 One", "2 Two", "2.1 Setext");
        assertThat(preview.sections().get(2).body()).isEqualTo("More");
    }

    @Test
    void plain_text_numbered_lines_become_the_outline_and_the_rest_is_escaped() {
        ImportPreview preview = read("plan.txt", """
                第1章 総論
                本計画の*目的*を定める。

                # not a heading
                第1節 背景
                1.1 Scope
                """);
        assertThat(DocxImportTest.outline(preview)).containsExactly("1 総論", "1.1 背景", "1.2 Scope");
        assertThat(preview.sections().get(0).body()).isEqualTo("本計画の\\*目的\\*を定める。\n\n\\# not a heading");
    }

    @Test
    void plain_text_without_headings_is_one_chapter_named_after_the_file() {
        ImportPreview preview = read("notes.txt", "Line one\nline two\n\nSecond paragraph");
        assertThat(DocxImportTest.outline(preview)).containsExactly("1 notes");
        assertThat(preview.sections().get(0).body()).isEqualTo("Line one\nline two\n\nSecond paragraph");
    }

    @Test
    void file_names_lose_their_folders_and_control_characters() {
        assertThat(ImportReader.cleanName("C:\\Users\\x\\plan\u0007.docx")).isEqualTo("plan .docx");
    }
}
