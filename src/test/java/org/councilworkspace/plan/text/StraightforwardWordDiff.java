package org.councilworkspace.plan.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.eclipse.jgit.diff.Edit;
import org.councilworkspace.plan.text.DiffSegment.Kind;
import org.eclipse.jgit.diff.EditList;

/**
 * The word diff as it was before it was tuned for long plans: sublists, joined copies and plain character tests.
 * Kept as the yardstick the tuned diff must match segment for segment, so speed never changes what readers see.
 */
final class StraightforwardWordDiff {

    private StraightforwardWordDiff() {
    }

    static List<DiffSegment> diff(String oldText, String newText, Locale locale) {
        Segments out = new Segments();
        List<String> oldLines = Lines.split(oldText);
        List<String> newLines = Lines.split(newText);
        IdSequence.Interner lineIds = new IdSequence.Interner();
        int ai = 0;
        for (Edit edit : IdSequence.HISTOGRAM.diff(IdSequence.COMPARATOR, lineIds.intern(oldLines),
                lineIds.intern(newLines))) {
            out.equal(join(oldLines, ai, edit.getBeginA()));
            String removed = join(oldLines, edit.getBeginA(), edit.getEndA());
            String added = join(newLines, edit.getBeginB(), edit.getEndB());
            regions(split(removed, locale), split(added, locale), out);
            ai = edit.getEndA();
        }
        out.equal(join(oldLines, ai, oldLines.size()));
        return out.build();
    }

    private static void regions(List<String> oldTokens, List<String> newTokens, Segments out) {
        List<Integer> oldWords = wordPositions(oldTokens);
        List<Integer> newWords = wordPositions(newTokens);
        IdSequence.Interner ids = new IdSequence.Interner();
        List<Edit> edits = new ArrayList<>(IdSequence.HISTOGRAM.diff(IdSequence.COMPARATOR,
                ids.intern(oldWords.stream().map(oldTokens::get).toList()),
                ids.intern(newWords.stream().map(newTokens::get).toList())));
        edits.add(new Edit(oldWords.size(), oldWords.size(), newWords.size(), newWords.size()));
        int oldDone = 0;
        int newDone = 0;
        int wa = 0;
        int wb = 0;
        for (Edit edit : edits) {
            for (; wa < edit.getBeginA(); wa++, wb++) {
                int oldAt = oldWords.get(wa);
                int newAt = newWords.get(wb);
                gap(oldTokens.subList(oldDone, oldAt), newTokens.subList(newDone, newAt), out);
                out.equal(oldTokens.get(oldAt));
                oldDone = oldAt + 1;
                newDone = newAt + 1;
            }
            wa = edit.getEndA();
            wb = edit.getEndB();
        }
        gap(oldTokens.subList(oldDone, oldTokens.size()), newTokens.subList(newDone, newTokens.size()), out);
    }

    private static void gap(List<String> oldTokens, List<String> newTokens, Segments out) {
        if (oldTokens.equals(newTokens)) {
            out.equal(join(oldTokens, 0, oldTokens.size()));
            return;
        }
        if (oldTokens.isEmpty() || newTokens.isEmpty()) {
            out.deleted(join(oldTokens, 0, oldTokens.size()));
            out.inserted(join(newTokens, 0, newTokens.size()));
            return;
        }
        IdSequence.Interner ids = new IdSequence.Interner();
        EditList edits = IdSequence.HISTOGRAM.diff(IdSequence.COMPARATOR, ids.intern(oldTokens), ids.intern(newTokens));
        int ai = 0;
        for (int e = 0; e < edits.size(); e++) {
            Edit edit = edits.get(e);
            String between = join(oldTokens, ai, edit.getBeginA());
            if (e > 0 && edit.getBeginA() - ai == 1 && Tokens.isHorizontalSpace(between)) {
                out.deleted(between);
                out.inserted(between);
            } else {
                out.equal(between);
            }
            out.deleted(join(oldTokens, edit.getBeginA(), edit.getEndA()));
            out.inserted(join(newTokens, edit.getBeginB(), edit.getEndB()));
            ai = edit.getEndA();
        }
        out.equal(join(oldTokens, ai, oldTokens.size()));
    }

    /** ICU's breaks for scripts without spaces, otherwise the character-class rules, by the plain tests. */
    private static List<String> split(String text, Locale locale) {
        if (text.isEmpty() || Tokens.needsDictionary(text)) {
            return new Tokens(locale).split(text);
        }
        List<String> tokens = new ArrayList<>();
        int i = 0;
        int n = text.length();
        while (i < n) {
            int start = i;
            char c = text.charAt(i);
            if (isWordChar(c)) {
                i++;
                while (i < n && (isWordChar(text.charAt(i)) || ("'’.,".indexOf(text.charAt(i)) >= 0 && i + 1 < n
                        && isWordChar(text.charAt(i + 1))))) {
                    i++;
                }
            } else if (c == ' ' || c == '\t') {
                while (i < n && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
                    i++;
                }
            } else if (c == '\r' && i + 1 < n && text.charAt(i + 1) == '\n') {
                i += 2;
            } else {
                i++;
            }
            tokens.add(text.substring(start, i));
        }
        return tokens;
    }

    private static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c) || Character.getType(c) == Character.NON_SPACING_MARK
                || Character.getType(c) == Character.COMBINING_SPACING_MARK || c == '_';
    }

    private static List<Integer> wordPositions(List<String> tokens) {
        List<Integer> positions = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            if (tokens.get(i).codePoints().anyMatch(com.ibm.icu.lang.UCharacter::isLetterOrDigit)) {
                positions.add(i);
            }
        }
        return positions;
    }

    private static String join(List<String> items, int from, int to) {
        StringBuilder out = new StringBuilder();
        for (int i = from; i < to; i++) {
            out.append(items.get(i));
        }
        return out.toString();
    }

    /** Canonical segments built by appending text, as the diff built them before it handed over places instead. */
    private static final class Segments {
        private final List<DiffSegment> segments = new ArrayList<>();
        private final StringBuilder equal = new StringBuilder();
        private final StringBuilder deleted = new StringBuilder();
        private final StringBuilder inserted = new StringBuilder();

        void equal(String text) {
            if (!text.isEmpty()) {
                flushChange();
                equal.append(text);
            }
        }

        void deleted(String text) {
            if (!text.isEmpty()) {
                flush(Kind.EQUAL, equal);
                deleted.append(text);
            }
        }

        void inserted(String text) {
            if (!text.isEmpty()) {
                flush(Kind.EQUAL, equal);
                inserted.append(text);
            }
        }

        List<DiffSegment> build() {
            flush(Kind.EQUAL, equal);
            flushChange();
            return List.copyOf(segments);
        }

        private void flushChange() {
            flush(Kind.DELETED, deleted);
            flush(Kind.INSERTED, inserted);
        }

        private void flush(Kind kind, StringBuilder text) {
            if (!text.isEmpty()) {
                segments.add(new DiffSegment(kind, text.toString()));
                text.setLength(0);
            }
        }
    }
}
