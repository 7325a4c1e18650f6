package org.councilworkspace.consultation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SimilarGroupsTest {

    private static GroupRepository.SimilarityInput in(long id, Long section, String text) {
        return new GroupRepository.SimilarityInput(id, section, text);
    }

    @Test
    void near_copies_are_suggested_together_in_english_thai_and_japanese_and_different_texts_apart() {
        List<SuggestedGroup> groups = SimilarGroups.suggest(List.of(
                in(1, 1L, "Extend the EV purchase incentive until 2030."),
                in(2, 1L, "Please extend the EV purchase incentive until 2030!"),
                in(3, 1L, "ควรขยายมาตรการส่งเสริมการซื้อรถยนต์ไฟฟ้าไปจนถึงปี 2030"),
                in(4, 1L, "ควรขยายมาตรการส่งเสริมการซื้อรถยนต์ไฟฟ้าไปจนถึงปี 2030 ค่ะ"),
                in(5, 1L, "電気自動車の購入補助を2030年まで延長すべきです。"),
                in(6, 1L, "電気自動車の購入補助を2030年まで延長してください。"),
                in(7, 1L, "Fund training for maintenance technicians.")));
        assertThat(groups).extracting(SuggestedGroup::submissionIds)
                .containsExactlyInAnyOrder(List.of(1L, 2L), List.of(3L, 4L), List.of(5L, 6L));
    }

    @Test
    void only_comments_on_the_same_section_are_compared() {
        List<SuggestedGroup> groups = SimilarGroups.suggest(List.of(
                in(1, 1L, "Extend the EV purchase incentive until 2030."),
                in(2, 2L, "Extend the EV purchase incentive until 2030.")));
        assertThat(groups).isEmpty();
    }

    @Test
    void two_thousand_comments_are_compared_without_comparing_every_pair() {
        List<GroupRepository.SimilarityInput> inputs = new ArrayList<>();
        for (int i = 0; i < 2000; i++) {
            inputs.add(in(i, 1L, "Comment " + i + " about topic " + (i % 40) + " with words " + Integer.toHexString(i * 7919)));
        }
        inputs.add(in(5000, 1L, "The charging network should reach every provincial capital by 2028."));
        inputs.add(in(5001, 1L, "The charging network should reach every provincial capital by 2028 at the latest."));
        List<SuggestedGroup> groups = SimilarGroups.suggest(inputs);
        assertThat(groups).anySatisfy(g -> assertThat(g.submissionIds()).containsExactly(5000L, 5001L));
    }
}
