package org.councilworkspace.plan.text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import org.commonmark.node.Node;
import org.councilworkspace.plan.text.DiffSegment.Kind;
import org.councilworkspace.plan.text.TextStyles.Style;

/**
 * Finds the changes of look of one diff: parses both texts once, compares how each unchanged character is shown in
 * each, and joins neighbours that changed alike into runs. Marks between them (the "**" of a bold run) do not break a
 * run; a line break or a changed word does.
 */
final class LookFinder {

    private final List<DiffSegment> segments;
    private final String oldText;
    private final String newText;
    private final TextStyles olds;
    private final TextStyles news;
    private final List<Looks.Run> runs = new ArrayList<>();
    // The open run, as places in both texts; looks == null when none is open.
    private List<Look> looks;
    private int oldFrom;
    private int oldTo;
    private int newFrom;
    private int newTo;
    // The last pair of styles compared, and what they gave: neighbouring characters nearly always share both.
    private Style lastOld;
    private Style lastNew;
    private List<Look> lastLooks = List.of();

    LookFinder(List<DiffSegment> segments, Function<String, Node> parser) {
        this.segments = segments;
        StringBuilder before = new StringBuilder();
        StringBuilder after = new StringBuilder();
        for (DiffSegment segment : segments) {
            if (segment.kind() != Kind.INSERTED) {
                before.append(segment.text());
            }
            if (segment.kind() != Kind.DELETED) {
                after.append(segment.text());
            }
        }
        oldText = before.toString();
        newText = after.toString();
        olds = TextStyles.of(oldText, parser.apply(oldText));
        news = TextStyles.of(newText, parser.apply(newText));
    }

    /**
     * Whether a changed segment holds a character that can be a formatting mark: emphasis, code, heading, quote,
     * link and list marks. Only then is a diff parsed at all.
     */
    static boolean mayChangeLook(List<DiffSegment> segments) {
        for (DiffSegment segment : segments) {
            if (segment.kind() != Kind.EQUAL && hasMark(segment.text())) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasMark(String text) {
        for (int i = 0; i < text.length(); i++) {
            switch (text.charAt(i)) {
                case '*', '_', '`', '#', '>', '<', '[', ']', '(', ')', '-', '+', '~' -> {
                    return true;
                }
                case '.' -> {
                    // "1." of a numbered list; a full stop after a word is no mark.
                    if (i > 0 && Character.isDigit(text.charAt(i - 1))) {
                        return true;
                    }
                }
                default -> { }
            }
        }
        return false;
    }

    Looks find() {
        List<Integer> markOnly = new ArrayList<>();
        int o = 0;
        int n = 0;
        for (int i = 0; i < segments.size(); i++) {
            DiffSegment segment = segments.get(i);
            int length = segment.text().length();
            switch (segment.kind()) {
                case EQUAL -> {
                    for (int k = 0; k < length; k++) {
                        unchanged(segment.text().charAt(k), o + k, n + k);
                    }
                    o += length;
                    n += length;
                }
                case DELETED -> {
                    changed(i, !olds.anyShown(o, o + length), markOnly);
                    o += length;
                }
                case INSERTED -> {
                    changed(i, !news.anyShown(n, n + length), markOnly);
                    n += length;
                }
            }
        }
        close();
        if (runs.isEmpty()) {
            return Looks.NONE;
        }
        return new Looks(runs, absorbed(markOnly));
    }

    private void unchanged(char c, int o, int n) {
        if (c == '\n' || c == '\r') {
            close();
            return;
        }
        if (!olds.shown(o) || !news.shown(n)) {
            // A mark kept on both sides ("**" of a run made italic as well): neither breaks nor joins a run.
            return;
        }
        List<Look> now = compare(olds.at(o), news.at(n));
        if (now.isEmpty()) {
            close();
        } else if (now.equals(looks)) {
            oldTo = o + 1;
            newTo = n + 1;
        } else {
            close();
            looks = now;
            oldFrom = o;
            oldTo = o + 1;
            newFrom = n;
            newTo = n + 1;
        }
    }

    /** A changed segment: marks alone may belong to a run (decided once the runs are known); words end it. */
    private void changed(int segment, boolean marksOnly, List<Integer> markOnly) {
        if (marksOnly) {
            markOnly.add(segment);
        } else {
            close();
        }
    }

    private void close() {
        if (looks != null) {
            runs.add(new Looks.Run(oldFrom, oldTo, newFrom, newTo, looks));
            looks = null;
        }
    }

    /** Mark-only segments on a line of a run: the marks that made that change of look. */
    private BitSet absorbed(List<Integer> markOnly) {
        int[] oldLines = lineStarts(oldText);
        int[] newLines = lineStarts(newText);
        BitSet oldRunLines = new BitSet();
        BitSet newRunLines = new BitSet();
        for (Looks.Run run : runs) {
            oldRunLines.set(line(oldLines, run.oldFrom()), line(oldLines, run.oldTo() - 1) + 1);
            newRunLines.set(line(newLines, run.newFrom()), line(newLines, run.newTo() - 1) + 1);
        }
        BitSet absorbed = new BitSet();
        int next = 0;
        int o = 0;
        int n = 0;
        for (int i = 0; i < segments.size(); i++) {
            DiffSegment segment = segments.get(i);
            int length = segment.text().length();
            boolean candidate = next < markOnly.size() && markOnly.get(next) == i;
            if (candidate) {
                next++;
                boolean deleted = segment.kind() == Kind.DELETED;
                int at = deleted ? o : n;
                int[] lines = deleted ? oldLines : newLines;
                BitSet runLines = deleted ? oldRunLines : newRunLines;
                int first = line(lines, at);
                int last = line(lines, at + length - 1);
                int hit = runLines.nextSetBit(first);
                if (hit >= 0 && hit <= last) {
                    absorbed.set(i);
                }
            }
            if (segment.kind() != Kind.INSERTED) {
                o += length;
            }
            if (segment.kind() != Kind.DELETED) {
                n += length;
            }
        }
        return absorbed;
    }

    private static int[] lineStarts(String text) {
        int count = 1;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                count++;
            }
        }
        int[] starts = new int[count];
        int line = 1;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                starts[line++] = i + 1;
            }
        }
        return starts;
    }

    /** The line (0-based) that character at stands on. */
    private static int line(int[] starts, int at) {
        int found = Arrays.binarySearch(starts, at);
        return found >= 0 ? found : -found - 2;
    }

    private List<Look> compare(Style a, Style b) {
        if (a == lastOld && b == lastNew) {
            return lastLooks;
        }
        List<Look> found = new ArrayList<>(2);
        if (a.heading() != b.heading()) {
            found.add(new Look(a.heading() == 0 ? Look.Kind.HEADING_ADDED : b.heading() == 0
                    ? Look.Kind.HEADING_REMOVED : Look.Kind.HEADING_LEVEL, a.heading(), b.heading()));
        }
        if (a.listDepth() != b.listDepth()) {
            found.add(new Look(a.listDepth() == 0 ? Look.Kind.LIST_ITEM_ADDED : b.listDepth() == 0
                    ? Look.Kind.LIST_ITEM_REMOVED : Look.Kind.LIST_LEVEL, a.listDepth(), b.listDepth()));
        } else if (a.listDepth() > 0 && a.ordered() != b.ordered()) {
            found.add(Look.of(b.ordered() ? Look.Kind.LIST_NUMBERED : Look.Kind.LIST_BULLETED));
        }
        if ((a.quote() == 0) != (b.quote() == 0)) {
            found.add(Look.of(a.quote() == 0 ? Look.Kind.QUOTE_ADDED : Look.Kind.QUOTE_REMOVED));
        }
        both(found, a.strong(), b.strong(), Look.Kind.BOLD_ADDED, Look.Kind.BOLD_REMOVED);
        both(found, a.emphasis(), b.emphasis(), Look.Kind.ITALIC_ADDED, Look.Kind.ITALIC_REMOVED);
        both(found, a.code(), b.code(), Look.Kind.CODE_ADDED, Look.Kind.CODE_REMOVED);
        if (!Objects.equals(a.link(), b.link())) {
            found.add(Look.of(a.link() == null ? Look.Kind.LINK_ADDED : b.link() == null ? Look.Kind.LINK_REMOVED
                    : Look.Kind.LINK_CHANGED));
        }
        lastOld = a;
        lastNew = b;
        lastLooks = found.isEmpty() ? List.of() : List.copyOf(found);
        return lastLooks;
    }

    private static void both(List<Look> found, boolean before, boolean after, Look.Kind added, Look.Kind removed) {
        if (before != after) {
            found.add(Look.of(after ? added : removed));
        }
    }
}
