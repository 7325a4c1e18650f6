package org.councilworkspace.base;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SearchTextTest {

    @Test
    void wildcards_typed_by_a_person_are_matched_literally() {
        assertThat(SearchText.containsPattern(" 50%_Off! ")).isEqualTo("%50!%!_off!!%");
    }
}
