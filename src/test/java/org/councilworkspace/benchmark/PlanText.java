package org.councilworkspace.benchmark;

import java.util.Random;

/** Generated plan prose: English mostly, every tenth section Thai or Japanese, about 200 words a section. */
final class PlanText {

    private static final String[] EN = ("the council supports investment in electric vehicles batteries charging "
            + "suppliers skills standards testing exports localization ministry industry firms universities "
            + "targets indicators review growth productivity small medium enterprises finance technology transfer "
            + "regional hub production capacity workforce training safety emissions regulation incentives").split(" ");
    private static final String THAI = "ส่งเสริมการผลิตชิ้นส่วนยานยนต์ไฟฟ้าในประเทศ พัฒนาทักษะแรงงานและวิศวกร ยกระดับมาตรฐานและการทดสอบ ";
    private static final String JAPANESE = "製造業の競争力強化に向けた基本方針を審議し、サプライチェーンの強靱化と人材育成を進める。";

    private PlanText() {
    }

    static String section(int index, Random random) {
        if (index % 10 == 3) {
            return THAI.repeat(12).strip();
        }
        if (index % 10 == 7) {
            return JAPANESE.repeat(8);
        }
        StringBuilder text = new StringBuilder();
        for (int paragraph = 0; paragraph < 5; paragraph++) {
            for (int word = 0; word < 50; word++) {
                text.append(EN[random.nextInt(EN.length)]).append(word == 49 ? ".\n\n" : " ");
            }
        }
        return text.toString().strip();
    }

    /** Replaces about one word in twenty (5%) with another. */
    static String changeFivePercent(String text, Random random) {
        String[] words = text.split(" ", -1);
        for (int i = 0; i < words.length; i++) {
            if (random.nextInt(20) == 0 && !words[i].contains("\n")) {
                words[i] = EN[random.nextInt(EN.length)] + "s";
            }
        }
        return String.join(" ", words);
    }
}
