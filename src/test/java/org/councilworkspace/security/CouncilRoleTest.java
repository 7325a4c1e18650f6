package org.councilworkspace.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.councilworkspace.security.CouncilAction.*;
import static org.councilworkspace.security.CouncilRole.*;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The permission table of the domain description, row by row. */
class CouncilRoleTest {

    @ParameterizedTest(name = "{0}: chair {1}, secretariat {2}, member {3}, observer {4}")
    @CsvSource({
            "READ,                true,  true,  true,  true",
            "EDIT_SECTION,        true,  true,  true,  false",
            "COMMENT,             true,  true,  true,  false",
            "DECIDE_AMENDMENT,    true,  true,  true,  false",
            "RECORD_POSITION,     true,  false, true,  false",
            "DECLARE_CONSENSUS,   true,  false, false, false",
            "MANAGE_PLAN,         true,  true,  false, false",
            "MANAGE_MEETINGS,     true,  true,  false, false",
            "APPROVE_MINUTES,     true,  false, false, false",
            "MANAGE_CONSULTATION, true,  true,  false, false",
            "MANAGE_MEMBERS,      true,  true,  false, false",
            "READ_AUDIT,          true,  true,  false, false"})
    void roles_allow_what_the_domain_table_says(CouncilAction action, boolean chair, boolean secretariat,
                                                 boolean member, boolean observer) {
        assertThat(CHAIR.may(action)).isEqualTo(chair);
        assertThat(VICE_CHAIR.may(action)).as("the vice-chair stands in for the chair").isEqualTo(chair);
        assertThat(SECRETARIAT.may(action)).isEqualTo(secretariat);
        assertThat(MEMBER.may(action)).isEqualTo(member);
        assertThat(OBSERVER.may(action)).isEqualTo(observer);
    }

    @ParameterizedTest
    @CsvSource({"CHAIR, true", "VICE_CHAIR, true", "MEMBER, true", "SECRETARIAT, false", "OBSERVER, false"})
    void only_chairs_and_members_vote(CouncilRole role, boolean voting) {
        assertThat(role.isVoting()).isEqualTo(voting);
    }
}
