package org.councilworkspace.plan.text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.function.Supplier;

/**
 * Rough timings of the text engine on a plan of about 100,000 words (500 sections of about 200 words; every tenth
 * section Thai, every tenth Japanese). Not a test: run its main() by hand, e.g. with the test classpath.
 */
public final class TextEngineBenchmark {

    private static final String[] ENGLISH = ("council plan region district growth target budget transport rail road "
            + "port harbour housing water energy solar wind grid school health clinic farm food export industry "
            + "automotive supplier workforce skills training investment fund grant permit zoning land coast flood "
            + "resilience climate emission carbon the a of and to in for with by on will shall should must each every "
            + "new existing local national public private review annual quarterly report measure indicator baseline "
            + "milestone phase year percent increase reduce maintain expand improve support deliver monitor").split(" ");
    private static final String[] THAI = ("แผน แม่บท อุตสาหกรรม ยานยนต์ อาหาร การ พัฒนา เศรษฐกิจ ชุมชน จังหวัด "
            + "ภูมิภาค ท่าเรือ ถนน รถไฟ พลังงาน น้ำ เกษตร แรงงาน ทักษะ การลงทุน งบประมาณ เป้าหมาย ตัวชี้วัด ปี ร้อยละ").split(" ");
    private static final String[] JAPANESE = ("製造業 の 競争力 強化 に 向けた 基本方針 地域 経済 産業 自動車 食品 港湾 "
            + "道路 鉄道 エネルギー 水 農業 人材 育成 投資 予算 目標 指標 年度 を が は と で 推進 する").split(" ");
    private static final int SECTIONS = 500;
    private static final int WORDS_PER_SECTION = 200;

    private TextEngineBenchmark() {
    }

    public static void main(String[] args) {
        Random random = new Random(42);
        List<List<String>> plan = generate(random);
        String base = render(plan);
        String changed = render(change(plan, random, 0.05, s -> true));
        String mine = render(change(plan, random, 0.05, s -> s % 2 == 0));
        String theirs = render(change(plan, random, 0.05, s -> s % 2 == 1));
        String theirsEverywhere = render(change(plan, random, 0.05, s -> true));
        System.out.printf("plan: %,d chars, %,d tokens, %,d words%n", base.length(),
                WordDiff.tokenize(base, Locale.ENGLISH).size(),
                WordDiff.tokenize(base, Locale.ENGLISH).stream().filter(Tokens::isWord).count());

        List<DiffSegment> segments = WordDiff.diff(base, changed, Locale.ENGLISH);
        if (!Reconstruction.oldSide(segments).equals(base) || !Reconstruction.newSide(segments).equals(changed)) {
            throw new IllegalStateException("diff does not rebuild the texts");
        }
        System.out.printf("diff: %,d segments, %,d changed words%n", segments.size(), WordDiff.changedWords(segments));
        MergeOutcome clean = ThreeWayMerge.merge(base, mine, theirs);
        MergeOutcome overlapping = ThreeWayMerge.merge(base, mine, theirsEverywhere);
        System.out.printf("merge of edits in different sections: %s; of edits everywhere: %s%n", describe(clean),
                describe(overlapping));

        time("WordDiff.diff, 5% of words changed", () -> WordDiff.diff(base, changed, Locale.ENGLISH));
        time("ThreeWayMerge.merge, different sections", () -> ThreeWayMerge.merge(base, mine, theirs));
        time("ThreeWayMerge.merge, overlapping sections", () -> ThreeWayMerge.merge(base, mine, theirsEverywhere));
        time("WordDiff.tokenize, whole plan", () -> WordDiff.tokenize(base, Locale.ENGLISH));
    }

    private static String describe(MergeOutcome outcome) {
        return outcome instanceof MergeOutcome.Conflicted c ? c.conflicts() + " conflicts" : "clean";
    }

    private static void time(String label, Supplier<Object> work) {
        for (int i = 0; i < 5; i++) {
            work.get();
        }
        double[] millis = new double[30];
        for (int i = 0; i < millis.length; i++) {
            long start = System.nanoTime();
            work.get();
            millis[i] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(millis);
        System.out.printf("%-45s p50 %7.1f ms   p95 %7.1f ms   max %7.1f ms%n", label,
                millis[millis.length / 2], millis[(int) Math.ceil(millis.length * 0.95) - 1], millis[millis.length - 1]);
    }

    /** Each section is its list of words; index 0 is the heading number. */
    private static List<List<String>> generate(Random random) {
        List<List<String>> plan = new ArrayList<>();
        for (int s = 0; s < SECTIONS; s++) {
            String[] vocabulary = vocabulary(s);
            List<String> words = new ArrayList<>();
            for (int w = 0; w < WORDS_PER_SECTION; w++) {
                words.add(random.nextInt(40) == 0 ? String.valueOf(1990 + random.nextInt(60))
                        : vocabulary[random.nextInt(vocabulary.length)]);
            }
            plan.add(words);
        }
        return plan;
    }

    private static List<List<String>> change(List<List<String>> plan, Random random, double share,
                                             java.util.function.IntPredicate sections) {
        List<List<String>> changed = new ArrayList<>();
        for (int s = 0; s < plan.size(); s++) {
            List<String> words = new ArrayList<>(plan.get(s));
            if (sections.test(s)) {
                String[] vocabulary = vocabulary(s);
                for (int w = 0; w < words.size(); w++) {
                    if (random.nextDouble() < share) {
                        words.set(w, vocabulary[random.nextInt(vocabulary.length)] + "x".repeat(random.nextInt(2)));
                    }
                }
            }
            changed.add(words);
        }
        return changed;
    }

    private static String[] vocabulary(int section) {
        return section % 10 == 3 ? THAI : section % 10 == 7 ? JAPANESE : ENGLISH;
    }

    /** Markdown: a heading per section, then paragraphs of about 50 words; Thai and Japanese without spaces. */
    private static String render(List<List<String>> plan) {
        StringBuilder text = new StringBuilder();
        for (int s = 0; s < plan.size(); s++) {
            text.append("## ").append(s + 1).append(". Section ").append(s + 1).append("\n\n");
            List<String> words = plan.get(s);
            String space = vocabulary(s) == ENGLISH ? " " : "";
            String stop = vocabulary(s) == JAPANESE ? "。" : vocabulary(s) == THAI ? " " : ". ";
            for (int w = 0; w < words.size(); w++) {
                text.append(words.get(w));
                boolean endOfParagraph = w % 50 == 49;
                text.append(endOfParagraph ? "\n\n" : w % 12 == 11 ? stop : space);
            }
        }
        return text.toString();
    }
}
