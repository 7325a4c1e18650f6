package org.councilworkspace.deliberation;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Finds a quoted passage in a revised text: the exact quote first (the occurrence whose surrounding text fits
 * best), then a fuzzy match between the text that stood before and after it. When neither works the passage is
 * gone and the thread is outdated. Pure, so it is tested with tables of edits.
 */
public final class AnchorFinder {

    /** How much text either side of a quote is kept to find it again. */
    public static final int CONTEXT = 32;
    /** The least similarity for a changed passage to count as the same one. */
    static final double BETWEEN_CONTEXT_SIMILARITY = 0.5;
    static final double ONE_SIDE_SIMILARITY = 0.7;
    private static final int MAX_CANDIDATES = 50;

    private AnchorFinder() {
    }

    /** Where the passage is: start and length in the collapsed text. */
    public record Match(int start, int length) {
    }

    public static Optional<Match> find(String text, String quote, String prefix, String suffix, int hint) {
        if (quote == null || quote.isEmpty() || text.isEmpty()) {
            return Optional.empty();
        }
        String before = prefix == null ? "" : prefix;
        String after = suffix == null ? "" : suffix;
        Optional<Match> exact = exact(text, quote, before, after, hint);
        if (exact.isPresent()) {
            return exact;
        }
        return fuzzy(text, quote, before, after, hint);
    }

    private static Optional<Match> exact(String text, String quote, String before, String after, int hint) {
        Match best = null;
        int bestScore = -1;
        int bestDistance = Integer.MAX_VALUE;
        int found = 0;
        for (int at = text.indexOf(quote); at >= 0 && found < 10_000; at = text.indexOf(quote, at + 1)) {
            found++;
            int score = commonSuffix(text.substring(Math.max(0, at - before.length()), at), before)
                    + commonPrefix(text.substring(at + quote.length(), Math.min(text.length(), at + quote.length()
                    + after.length())), after);
            int distance = Math.abs(at - hint);
            if (score > bestScore || (score == bestScore && distance < bestDistance)) {
                best = new Match(at, quote.length());
                bestScore = score;
                bestDistance = distance;
            }
        }
        return Optional.ofNullable(best);
    }

    private static Optional<Match> fuzzy(String text, String quote, String before, String after, int hint) {
        List<Integer> starts = contextEnds(text, before);
        List<Integer> ends = contextStarts(text, after);
        Match best = null;
        double bestSimilarity = 0;
        // Both sides still there: the passage is whatever now stands between them, if it still resembles the quote.
        for (int s : starts) {
            for (int e : ends) {
                int length = e - s;
                if (length <= 0 || length > quote.length() * 2 + 20 || length * 2 + 20 < quote.length()) {
                    continue;
                }
                Match candidate = trimmed(text, s, e);
                double similarity = similarity(quote, text.substring(candidate.start(), candidate.start()
                        + candidate.length()));
                if (similarity >= BETWEEN_CONTEXT_SIMILARITY && similarity > bestSimilarity) {
                    best = candidate;
                    bestSimilarity = similarity;
                }
            }
        }
        if (best != null) {
            return Optional.of(best);
        }
        // One side left: a stretch of the quote's length next to it, if it is nearly the same words.
        for (int s : starts) {
            best = better(text, quote, trimmed(text, s, Math.min(text.length(), s + quote.length())), best);
        }
        for (int e : ends) {
            best = better(text, quote, trimmed(text, Math.max(0, e - quote.length()), e), best);
        }
        return Optional.ofNullable(best).filter(m -> m.length() > 0
                && similarity(quote, text.substring(m.start(), m.start() + m.length())) >= ONE_SIDE_SIMILARITY);
    }

    private static Match better(String text, String quote, Match candidate, Match best) {
        if (candidate.length() == 0) {
            return best;
        }
        double s = similarity(quote, text.substring(candidate.start(), candidate.start() + candidate.length()));
        if (s < ONE_SIDE_SIMILARITY) {
            return best;
        }
        if (best == null || s > similarity(quote, text.substring(best.start(), best.start() + best.length()))) {
            return candidate;
        }
        return best;
    }

    /** Positions just after each occurrence of the text before the quote (the start of the text if there was none). */
    private static List<Integer> contextEnds(String text, String before) {
        List<Integer> out = new ArrayList<>();
        if (before.isEmpty()) {
            out.add(0);
            return out;
        }
        for (int at = text.indexOf(before); at >= 0 && out.size() < MAX_CANDIDATES; at = text.indexOf(before, at + 1)) {
            out.add(at + before.length());
        }
        return out;
    }

    /** Positions of each occurrence of the text after the quote (the end of the text if there was none). */
    private static List<Integer> contextStarts(String text, String after) {
        List<Integer> out = new ArrayList<>();
        if (after.isEmpty()) {
            out.add(text.length());
            return out;
        }
        for (int at = text.indexOf(after); at >= 0 && out.size() < MAX_CANDIDATES; at = text.indexOf(after, at + 1)) {
            out.add(at);
        }
        return out;
    }

    private static Match trimmed(String text, int start, int end) {
        int s = start;
        int e = end;
        while (s < e && text.charAt(s) == ' ') {
            s++;
        }
        while (e > s && text.charAt(e - 1) == ' ') {
            e--;
        }
        return new Match(s, e - s);
    }

    /** 1 minus the edit distance over the longer length: 1 is identical, 0 shares nothing. */
    static double similarity(String a, String b) {
        if (a.equals(b)) {
            return 1;
        }
        int max = Math.max(a.length(), b.length());
        if (max == 0) {
            return 1;
        }
        return 1.0 - (double) levenshtein(a, b) / max;
    }

    private static int levenshtein(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            char ca = a.charAt(i - 1);
            for (int j = 1; j <= b.length(); j++) {
                int cost = ca == b.charAt(j - 1) ? 0 : 1;
                current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }

    private static int commonSuffix(String a, String b) {
        int n = 0;
        while (n < a.length() && n < b.length() && a.charAt(a.length() - 1 - n) == b.charAt(b.length() - 1 - n)) {
            n++;
        }
        return n;
    }

    private static int commonPrefix(String a, String b) {
        int n = 0;
        while (n < a.length() && n < b.length() && a.charAt(n) == b.charAt(n)) {
            n++;
        }
        return n;
    }

    /** The text either side of a match, as stored with a new anchor. */
    static String prefixOf(String text, Match m) {
        return text.substring(Math.max(0, m.start() - CONTEXT), m.start());
    }

    static String suffixOf(String text, Match m) {
        int end = m.start() + m.length();
        return text.substring(end, Math.min(text.length(), end + CONTEXT));
    }
}
