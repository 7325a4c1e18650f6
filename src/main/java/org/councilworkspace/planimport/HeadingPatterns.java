package org.councilworkspace.planimport;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Headings recognised by their numbers rather than their style, as councils type them: "1.", "1.1", "1.1.1",
 * "Chapter 2", "บทที่ 1" and "ส่วนที่ 2" (Thai chapters and parts), "第1章", "第1節", "第1款" (Japanese chapter, section,
 * subsection). The outline numbers sections itself, so the number is taken off the title.
 */
final class HeadingPatterns {

    /** A numbered line longer than this is a numbered paragraph, not a heading. */
    static final int MAX_HEADING_LENGTH = 120;

    record Heading(int depth, String title) {
    }

    private record Rule(Pattern pattern, int depth) {
    }

    private static final String KANJI_NUMBER = "[0-9０-９一二三四五六七八九十百〇]+";
    private static final String THAI_NUMBER = "[0-9๐-๙]+";

    private static final List<Rule> WORDED = List.of(
            new Rule(Pattern.compile("^第" + KANJI_NUMBER + "章[\\s　]*(.*)$"), 1),
            new Rule(Pattern.compile("^第" + KANJI_NUMBER + "節[\\s　]*(.*)$"), 2),
            new Rule(Pattern.compile("^第" + KANJI_NUMBER + "款[\\s　]*(.*)$"), 3),
            new Rule(Pattern.compile("^บทที่\\s*" + THAI_NUMBER + "[\\s.:]*(.*)$"), 1),
            new Rule(Pattern.compile("^ส่วนที่\\s*" + THAI_NUMBER + "[\\s.:]*(.*)$"), 2),
            new Rule(Pattern.compile("^(?i:chapter)\\s+(?:[0-9]+|[IVXLC]+)[.:]?\\s*(.*)$"), 1));

    /** 1 to 3 digits per part so that a year ("2030 targets") is not taken for a number. */
    private static final Pattern DECIMAL = Pattern.compile("^([0-9๐-๙]{1,3}(?:\\.[0-9๐-๙]{1,3}){0,2})(\\.?)[\\s　]+(\\S.*)$");

    private HeadingPatterns() {
    }

    /** A line that is a numbered heading, with its level and its title without the number. */
    static Optional<Heading> match(String line) {
        String text = line.strip();
        if (text.isEmpty() || text.length() > MAX_HEADING_LENGTH || endsLikeASentence(text)) {
            return Optional.empty();
        }
        for (Rule rule : WORDED) {
            Matcher m = rule.pattern().matcher(text);
            if (m.matches()) {
                return Optional.of(new Heading(rule.depth(), m.group(1).isBlank() ? text : m.group(1).strip()));
            }
        }
        Matcher m = DECIMAL.matcher(text);
        if (m.matches()) {
            int depth = m.group(1).split("\\.").length;
            // "1 Vision" is a heading only when it says "1." or has parts; a bare count ("3 members attended") is not.
            if (depth == 1 && m.group(2).isEmpty()) {
                return Optional.empty();
            }
            return Optional.of(new Heading(depth, m.group(3).strip()));
        }
        return Optional.empty();
    }

    /** The title of a styled heading without a number typed in front of it. */
    static String stripNumber(String title) {
        String text = title.strip();
        for (Rule rule : WORDED) {
            Matcher m = rule.pattern().matcher(text);
            if (m.matches() && !m.group(1).isBlank()) {
                return m.group(1).strip();
            }
        }
        Matcher m = DECIMAL.matcher(text);
        return m.matches() ? m.group(3).strip() : text;
    }

    private static boolean endsLikeASentence(String text) {
        char last = text.charAt(text.length() - 1);
        return last == '.' || last == '。' || last == ',' || last == '、' || last == ';' || last == '；';
    }
}
