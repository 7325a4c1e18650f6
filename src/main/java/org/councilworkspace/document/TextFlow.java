package org.councilworkspace.document;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;
import java.util.ArrayList;
import java.util.List;

/**
 * Breaks styled text into lines. Break opportunities come from ICU's line BreakIterator: Thai by its
 * dictionary, Japanese by phrase ({@code lw=phrase}), so no line ends inside a Thai or Japanese word. Only a
 * word longer than a whole line is cut, between grapheme clusters.
 */
final class TextFlow {

    /** A line of words, each at its offset from the line's start. */
    record Line(List<Word> words, float[] offsets, float width) {
    }

    private static final ULocale BREAKING = new ULocale("ja@lw=phrase");
    private static final String SUBSTITUTE = "?";
    private static final float NOTE_SCALE = 0.65f;
    private static final float NOTE_RISE = 0.38f;

    private final Shaper shaper;
    private final Face.Family preferred;
    private final BreakIterator lines = BreakIterator.getLineInstance(BREAKING);
    private final BreakIterator graphemes = BreakIterator.getCharacterInstance(ULocale.ROOT);

    TextFlow(Shaper shaper, Face.Family preferred) {
        this.shaper = shaper;
        this.preferred = preferred;
    }

    List<Line> lines(List<Run> runs, float size, float width) {
        return fill(words(runs, size, width), width);
    }

    /** Every word of the runs; words wider than the line are cut to fit. */
    List<Word> words(List<Run> runs, float size, float width) {
        StringBuilder all = new StringBuilder();
        List<int[]> bounds = new ArrayList<>();
        for (Run r : runs) {
            bounds.add(new int[] {all.length(), all.length() + r.text().length()});
            all.append(r.text());
        }
        String text = all.toString();
        List<Word> words = new ArrayList<>();
        lines.setText(text);
        int start = lines.first();
        for (int end = lines.next(); end != BreakIterator.DONE; start = end, end = lines.next()) {
            int visibleEnd = end;
            while (visibleEnd > start && Character.isWhitespace(text.charAt(visibleEnd - 1))) {
                visibleEnd--;
            }
            String trailing = text.substring(visibleEnd, end);
            Word whole = start < visibleEnd ? word(text, start, visibleEnd, trailing, runs, bounds, size) : null;
            List<int[]> cuts = whole == null || whole.width() <= width ? List.of()
                    : cut(text, start, visibleEnd, runs, bounds, size, width);
            if (whole != null && cuts.isEmpty()) {
                words.add(whole);
            }
            for (int c = 0; c < cuts.size(); c++) {
                int[] cutRange = cuts.get(c);
                boolean last = c == cuts.size() - 1;
                words.add(word(text, cutRange[0], cutRange[1], last ? trailing : "", runs, bounds, size));
            }
            if (whole == null && !trailing.isEmpty()) {
                // Whitespace alone (a line's leading spaces, a line break): kept in the text, drawn as nothing.
                words.add(new Word(trailing, List.of(), 0, spaceWidth(trailing, size), trailing.indexOf('\n') >= 0));
            }
        }
        return words;
    }

    private List<int[]> cut(String text, int start, int end, List<Run> runs, List<int[]> bounds, float size,
                            float width) {
        List<int[]> out = new ArrayList<>();
        graphemes.setText(text.substring(start, end));
        int from = 0;
        int fits = 0;
        for (int g = graphemes.next(); g != BreakIterator.DONE; g = graphemes.next()) {
            float w = word(text, start + from, start + g, "", runs, bounds, size).width();
            if (w > width && fits > from) {
                out.add(new int[] {start + from, start + fits});
                from = fits;
            }
            fits = g;
        }
        out.add(new int[] {start + from, end});
        return out;
    }

    private Word word(String text, int start, int end, String trailing, List<Run> runs, List<int[]> bounds,
                      float size) {
        List<Word.Piece> pieces = new ArrayList<>();
        float x = 0;
        Face last = Face.of(preferred, false, false);
        for (int r = 0; r < runs.size(); r++) {
            int from = Math.max(start, bounds.get(r)[0]);
            int to = Math.min(end, bounds.get(r)[1]);
            if (from >= to) {
                continue;
            }
            Run run = runs.get(r);
            String part = text.substring(from, to);
            // A footnote number is set small and raised, as a superscript.
            float runSize = run.note() == null ? size : size * NOTE_SCALE;
            float rise = run.note() == null ? 0 : size * NOTE_RISE;
            for (ScriptRuns.ScriptRun s : ScriptRuns.split(part, preferred)) {
                Face face = Face.of(s.family(), run.bold(), run.italic());
                String shown = s.missing() ? SUBSTITUTE : part.substring(s.start(), s.end());
                Shaper.Shaped shaped = shaper.shape(face, shown);
                pieces.add(new Word.Piece(face, runSize, shaped, x, rise, run.underline()));
                x += shaped.advance() * runSize / FontFiles.UNITS;
                last = face;
            }
        }
        float space = trailing.isEmpty() ? 0 : spaceWidth(trailing, size, last);
        return new Word(text.substring(start, end) + trailing, pieces, x, space, trailing.indexOf('\n') >= 0);
    }

    private float spaceWidth(String whitespace, float size) {
        return spaceWidth(whitespace, size, Face.of(preferred, false, false));
    }

    private float spaceWidth(String whitespace, float size, Face face) {
        float one = shaper.shape(face, " ").advance() * size / FontFiles.UNITS;
        // An ideographic space is a full em; a tab stands for four spaces.
        float total = 0;
        for (char c : whitespace.toCharArray()) {
            total += c == '\u3000' ? size : c == '\t' ? 4 * one : c == '\n' || c == '\r' ? 0 : one;
        }
        return total;
    }

    /** Greedy filling: a word goes on the next line when it would overflow this one. */
    static List<Line> fill(List<Word> words, float width) {
        List<Line> out = new ArrayList<>();
        List<Word> line = new ArrayList<>();
        List<Float> offsets = new ArrayList<>();
        float x = 0;
        float used = 0;
        for (Word w : words) {
            if (!line.isEmpty() && x + w.width() > width + 0.01f) {
                out.add(line(line, offsets, used));
                line = new ArrayList<>();
                offsets = new ArrayList<>();
                x = 0;
            }
            line.add(w);
            offsets.add(x);
            used = x + w.width();
            x = used + w.spaceAfter();
            if (w.hardBreak()) {
                out.add(line(line, offsets, used));
                line = new ArrayList<>();
                offsets = new ArrayList<>();
                x = 0;
            }
        }
        if (!line.isEmpty()) {
            out.add(line(line, offsets, used));
        }
        return out;
    }

    private static Line line(List<Word> words, List<Float> offsets, float width) {
        float[] o = new float[offsets.size()];
        for (int i = 0; i < o.length; i++) {
            o[i] = offsets.get(i);
        }
        return new Line(List.copyOf(words), o, width);
    }
}
