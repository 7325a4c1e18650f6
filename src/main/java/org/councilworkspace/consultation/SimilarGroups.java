package org.councilworkspace.consultation;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Suggests groups of alike comments. Texts become sets of character 3-grams (after folding case and dropping
 * spaces and punctuation), so Thai and Japanese, written without spaces, compare as well as English.
 * Each set gets a MinHash signature; locality-sensitive hashing over bands of the signature finds candidate
 * pairs without comparing every pair, and pairs whose estimated Jaccard similarity reaches
 * {@link #THRESHOLD} are joined. Only comments on the same section are compared, and the caller passes a
 * bounded sample, so the work stays linear in the sample.
 */
final class SimilarGroups {

    static final double THRESHOLD = 0.5;
    private static final int HASHES = 64;
    private static final int BANDS = 16;
    private static final int ROWS = HASHES / BANDS;
    private static final int GRAM = 3;
    private static final long[] SEEDS = seeds();

    private SimilarGroups() {
    }

    static List<SuggestedGroup> suggest(List<GroupRepository.SimilarityInput> inputs) {
        Map<Long, List<GroupRepository.SimilarityInput>> bySection = new LinkedHashMap<>();
        for (var input : inputs) {
            bySection.computeIfAbsent(input.sectionId() == null ? -1L : input.sectionId(), k -> new ArrayList<>()).add(input);
        }
        List<SuggestedGroup> groups = new ArrayList<>();
        bySection.values().forEach(section -> groups.addAll(inSection(section)));
        groups.sort(Comparator.comparingInt((SuggestedGroup g) -> g.submissionIds().size()).reversed());
        return groups;
    }

    private static List<SuggestedGroup> inSection(List<GroupRepository.SimilarityInput> items) {
        int n = items.size();
        int[][] signatures = new int[n][];
        for (int i = 0; i < n; i++) {
            signatures[i] = signature(shingles(items.get(i).text()));
        }
        int[] parent = new int[n];
        for (int i = 0; i < n; i++) {
            parent[i] = i;
        }
        Set<Long> tried = new HashSet<>();
        for (int band = 0; band < BANDS; band++) {
            Map<Integer, List<Integer>> buckets = new HashMap<>();
            for (int i = 0; i < n; i++) {
                if (signatures[i] == null) {
                    continue;
                }
                int key = Objects.hash(band, signatures[i][band * ROWS], signatures[i][band * ROWS + 1],
                        signatures[i][band * ROWS + 2], signatures[i][band * ROWS + 3]);
                buckets.computeIfAbsent(key, k -> new ArrayList<>()).add(i);
            }
            for (List<Integer> bucket : buckets.values()) {
                for (int a = 0; a < bucket.size(); a++) {
                    for (int b = a + 1; b < bucket.size(); b++) {
                        int i = bucket.get(a);
                        int j = bucket.get(b);
                        if (!tried.add(((long) i << 32) | j)) {
                            continue;
                        }
                        double similarity = estimate(signatures[i], signatures[j]);
                        if (similarity >= THRESHOLD) {
                            union(parent, i, j);
                        }
                    }
                }
            }
        }
        Map<Integer, List<Integer>> clusters = new LinkedHashMap<>();
        for (int i = 0; i < n; i++) {
            clusters.computeIfAbsent(find(parent, i), k -> new ArrayList<>()).add(i);
        }
        List<SuggestedGroup> groups = new ArrayList<>();
        for (var cluster : clusters.entrySet()) {
            if (cluster.getValue().size() < 2) {
                continue;
            }
            var first = items.get(cluster.getValue().get(0));
            double similarity = cluster.getValue().stream().mapToDouble(i -> estimate(signatures[cluster.getValue().get(0)],
                    signatures[i])).min().orElse(1);
            String text = first.text().strip();
            groups.add(new SuggestedGroup(first.sectionId(), cluster.getValue().stream().map(i -> items.get(i).id()).toList(),
                    similarity, text.length() > 160 ? text.substring(0, text.offsetByCodePoints(0,
                    Math.min(160, text.codePointCount(0, text.length())))) + "…" : text));
        }
        return groups;
    }

    /** Character 3-grams of the text with case folded and spaces and punctuation removed, as hashes. */
    static Set<Integer> shingles(String text) {
        String folded = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT)
                .replaceAll("[\\p{Z}\\s\\p{P}\\p{S}]+", "");
        int[] cps = folded.codePoints().toArray();
        Set<Integer> grams = new HashSet<>();
        for (int i = 0; i + GRAM <= cps.length; i++) {
            grams.add(new String(cps, i, GRAM).hashCode());
        }
        return grams;
    }

    static double jaccard(Collection<Integer> a, Collection<Integer> b) {
        Set<Integer> union = new HashSet<>(a);
        union.addAll(b);
        if (union.isEmpty()) {
            return 0;
        }
        Set<Integer> both = new HashSet<>(a);
        both.retainAll(b);
        return (double) both.size() / union.size();
    }

    private static int[] signature(Set<Integer> grams) {
        if (grams.isEmpty()) {
            return null;
        }
        int[] sig = new int[HASHES];
        java.util.Arrays.fill(sig, Integer.MAX_VALUE);
        for (int gram : grams) {
            for (int h = 0; h < HASHES; h++) {
                int v = (int) (mix(gram ^ SEEDS[h]) >>> 33);
                if (v < sig[h]) {
                    sig[h] = v;
                }
            }
        }
        return sig;
    }

    private static double estimate(int[] a, int[] b) {
        int same = 0;
        for (int h = 0; h < HASHES; h++) {
            if (a[h] == b[h]) {
                same++;
            }
        }
        return (double) same / HASHES;
    }

    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }

    private static long[] seeds() {
        long[] seeds = new long[HASHES];
        long s = 0x9E3779B97F4A7C15L;
        for (int i = 0; i < HASHES; i++) {
            s = mix(s + i);
            seeds[i] = s;
        }
        return seeds;
    }

    private static int find(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }

    private static void union(int[] parent, int a, int b) {
        parent[find(parent, b)] = find(parent, a);
    }
}
