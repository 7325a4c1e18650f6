package org.councilworkspace.deliberation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AnchorFinderTest {

    static final String ORIGINAL = "Thailand aims to produce 725,000 electric vehicles by 2030, with local battery "
            + "cell production. Support for suppliers is planned.";

    /** Finds "local battery cell production" (after "with ", before ". Support") in each revised text. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            unchanged                 | Thailand aims to produce 725,000 electric vehicles by 2030, with local battery cell production. Support for suppliers is planned. | local battery cell production
            moved by an insert        | New intro. Thailand aims to produce 725,000 electric vehicles by 2030, with local battery cell production. Support for suppliers is planned. | local battery cell production
            reworded inside           | Thailand aims to produce 725,000 electric vehicles by 2030, with local battery-cell manufacturing. Support for suppliers is planned. | local battery-cell manufacturing
            small typo fixed          | Thailand aims to produce 725,000 electric vehicles by 2030, with locall battery cell production. Support for suppliers is planned. | locall battery cell production
            context before changed    | Thailand wants 725,000 EVs by 2030, with local battery cell production. Support for suppliers is planned. | local battery cell production
            both contexts changed     | Thailand targets EVs, and local battery cell production matters. | local battery cell production
            quote gone                | Thailand aims to produce 725,000 electric vehicles by 2030. Support for suppliers is planned. | -
            quote replaced entirely   | Thailand aims to produce 725,000 electric vehicles by 2030, with imported modules. Support for suppliers is planned. | -
            """)
    void followsTheQuote(String name, String revised, String expected) {
        int at = ORIGINAL.indexOf("local battery cell production");
        var m = AnchorFinder.find(ORIGINAL, "local battery cell production", "", "", 0).orElseThrow();
        String prefix = AnchorFinder.prefixOf(ORIGINAL, m);
        String suffix = AnchorFinder.suffixOf(ORIGINAL, m);
        Optional<AnchorFinder.Match> found = AnchorFinder.find(revised, "local battery cell production", prefix, suffix, at);
        if (expected.equals("-")) {
            assertThat(found).as(name).isEmpty();
        } else {
            assertThat(found).as(name).isPresent();
            assertThat(revised.substring(found.get().start(), found.get().start() + found.get().length())).as(name)
                    .isEqualTo(expected);
        }
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            'Later, ' | ''            | 0  | 19
            ''        | ' is raised.' | 0  | 19
            ''        | ''            | 0  | 0
            ''        | ''            | 25 | 19
            """)
    void picksTheOccurrenceWhoseSurroundingsFit(String prefix, String suffix, int hint, int expectedStart) {
        String text = "the target. Later, the target is raised.";
        assertThat(AnchorFinder.find(text, "the target", prefix, suffix, hint).orElseThrow().start())
                .isEqualTo(expectedStart);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            ประเทศไทยตั้งเป้าผลิตรถยนต์ไฟฟ้า ๗๒๕,๐๐๐ คัน ภายในปี ๒๕๗๓ | รถยนต์ไฟฟ้า | ประเทศไทยตั้งเป้าผลิตรถยนต์ไฟฟ้าแบตเตอรี่ ๗๒๕,๐๐๐ คัน ภายในปี ๒๕๗๓
            次世代自動車の普及目標を二〇三〇年までに五割とする。 | 普及目標 | 新たに、次世代自動車の普及目標を二〇三〇年までに五割とする。
            """)
    void worksWithoutSpacesInThaiAndJapanese(String original, String quote, String revised) {
        var m = AnchorFinder.find(original, quote, "", "", 0).orElseThrow();
        var found = AnchorFinder.find(revised, quote, AnchorFinder.prefixOf(original, m),
                AnchorFinder.suffixOf(original, m), m.start()).orElseThrow();
        assertThat(revised.substring(found.start(), found.start() + found.length())).isEqualTo(quote);
    }
}
