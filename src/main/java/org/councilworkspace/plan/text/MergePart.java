package org.councilworkspace.plan.text;

import java.util.List;
import java.util.Objects;

/**
 * One stretch of a three-way merge, in order: either lines both sides agree on after merging ({@code text}), or a
 * conflict where the two sides changed the same lines differently ({@code mine} and {@code theirs}, either empty
 * when that side deleted the lines). The merge works on whole lines with one line break added at the very end of
 * every text, so each stretch's lines all end in a line break, and {@link #resolve} takes that extra one back.
 */
public record MergePart(String text, String mine, String theirs) {

    public MergePart {
        if (text == null) {
            Objects.requireNonNull(mine, "mine");
            Objects.requireNonNull(theirs, "theirs");
        }
    }

    static MergePart clean(String text) {
        return new MergePart(Objects.requireNonNull(text, "text"), null, null);
    }

    static MergePart conflict(String mine, String theirs) {
        return new MergePart(null, mine, theirs);
    }

    public boolean conflict() {
        return text == null;
    }

    /** My lines of a conflict as a person reads and edits them: without the line break that ends the last one. */
    public String mineWording() {
        return wording(mine);
    }

    public String theirsWording() {
        return wording(theirs);
    }

    /** Both wordings, mine first, for "keep both". */
    public String bothWording() {
        String m = mineWording();
        String t = theirsWording();
        return m.isEmpty() ? t : t.isEmpty() ? m : m + "\n" + t;
    }

    /** Clean stretches as shown: without the merge's extra final line break. */
    public String shownText() {
        return wording(text);
    }

    /**
     * The section text from the parts, with each conflict replaced by the wording chosen for it, in order
     * ({@code chosen} has one entry per conflict, as returned by the wording methods or edited from them).
     *
     * @throws IllegalArgumentException when the number of wordings differs from the number of conflicts
     */
    public static String resolve(List<MergePart> parts, List<String> chosen) {
        long conflicts = parts.stream().filter(MergePart::conflict).count();
        if (conflicts != chosen.size()) {
            throw new IllegalArgumentException(conflicts + " conflicts, " + chosen.size() + " wordings");
        }
        StringBuilder out = new StringBuilder();
        int next = 0;
        for (MergePart part : parts) {
            if (!part.conflict()) {
                out.append(part.text());
                continue;
            }
            String wording = Objects.requireNonNull(chosen.get(next++), "wording");
            if (!wording.isEmpty()) {
                out.append(wording).append('\n');
            }
        }
        // Every line ends in a line break, so the extra one the merge added is the last character.
        return out.isEmpty() ? "" : out.substring(0, out.length() - 1);
    }

    private static String wording(String lines) {
        return lines.endsWith("\n") ? lines.substring(0, lines.length() - 1) : lines;
    }
}
