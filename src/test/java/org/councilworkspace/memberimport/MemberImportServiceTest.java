package org.councilworkspace.memberimport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.councilworkspace.account.AccountService;
import org.councilworkspace.base.InvalidInputException;
import org.councilworkspace.council.CouncilService;
import org.councilworkspace.council.Member;
import org.councilworkspace.council.OrganizationType;
import org.councilworkspace.council.StakeholderGroup;
import org.councilworkspace.security.CouncilRole;
import org.councilworkspace.testsupport.AsUser;
import org.councilworkspace.testsupport.PlanFixtures;
import org.councilworkspace.testsupport.PlanFixtures.PlanWorld;
import org.councilworkspace.testsupport.ServiceTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/** Members imported from a file by the secretariat: the preview, the refusal of bad files, the ceiling, the links. */
@ServiceTest
class MemberImportServiceTest {

    @Autowired PlanFixtures planFixtures;
    @Autowired MemberImportService imports;
    @Autowired CouncilService councils;
    @Autowired AccountService accounts;

    PlanWorld w;

    @BeforeEach
    void council() {
        w = planFixtures.world();
    }

    @AfterEach
    void signOut() {
        AsUser.signOut();
    }

    /** 50 lines, 3 of them bad: an unknown group, an e-mail given twice, a role the secretariat cannot give. */
    private byte[] fiftyWithThreeBad() {
        List<String> lines = new ArrayList<>(MemberFiles.goodLines("fifty", 47));
        String first = lines.get(0).split(",")[2];
        lines.add(5, "Somchai Deeprasert,somchai.d@example.org,Chulalongkorn University,ACADEMIA,MEMBER,th");
        lines.add(10, "Copy of member one," + first + ",Ministry of Industry,MINISTRY,OBSERVER,en");
        lines.add(20, "Would-be chair,chair.hopeful@example.org,Ministry of Industry,MINISTRY,CHAIR,en");
        return MemberFiles.csv(lines.toArray(String[]::new));
    }

    @Test
    void the_preview_marks_each_bad_line_with_its_reason_and_saves_nothing() {
        int before = AsUser.call(w.secretariat(), () -> councils.countMembers(w.councilId(), false));
        ImportPreview preview = AsUser.call(w.secretariat(), () -> imports.preview(w.councilId(), "members.csv",
                fiftyWithThreeBad()));
        assertThat(preview.lines()).hasSize(50);
        assertThat(preview.importable()).isEqualTo(47);
        assertThat(preview.lines()).filteredOn(l -> !l.importable())
                .extracting(l -> l.problems().get(0).messageKey(), ImportLine::line)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("members.import.error.group", 7),
                        org.assertj.core.groups.Tuple.tuple("members.import.error.duplicate", 12),
                        org.assertj.core.groups.Tuple.tuple("members.import.error.role-above", 22));
        assertThat(preview.lines().get(10).problems().get(0).value()).as("the line it repeats").isEqualTo("2");
        assertThat(AsUser.call(w.secretariat(), () -> councils.countMembers(w.councilId(), false))).isEqualTo(before);
    }

    @Test
    void a_file_with_problems_is_refused_unless_those_lines_are_skipped_and_then_the_rest_is_imported() {
        int before = AsUser.call(w.secretariat(), () -> councils.countMembers(w.councilId(), false));
        byte[] file = fiftyWithThreeBad();
        assertThatThrownBy(() -> AsUser.call(w.secretariat(), () -> imports.importMembers(w.councilId(),
                "members.csv", file, false)))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("members.import.has-problems"));
        assertThat(AsUser.call(w.secretariat(), () -> councils.countMembers(w.councilId(), false))).isEqualTo(before);

        ImportResult result = AsUser.call(w.secretariat(), () -> imports.importMembers(w.councilId(), "members.csv",
                file, true));
        assertThat(result.added()).isEqualTo(47);
        assertThat(result.newAccounts()).isEqualTo(47);
        assertThat(result.skipped()).isEqualTo(3);
        assertThat(result.emailed()).as("no SMTP server in this test").isZero();
        assertThat(result.toHandOver()).hasSize(47);
        assertThat(AsUser.call(w.secretariat(), () -> councils.countMembers(w.councilId(), false)))
                .isEqualTo(before + 47);
        Member imported = AsUser.call(w.secretariat(), () -> councils.currentMembers(w.councilId())).stream()
                .filter(m -> m.displayName().equals("Member 1, fifty")).findFirst().orElseThrow();
        assertThat(imported.role()).isEqualTo(CouncilRole.MEMBER);
        assertThat(imported.group()).isEqualTo(StakeholderGroup.BUSINESS);
        assertThat(imported.organizationName()).isEqualTo("Thai Automotive Industry Association");
        assertThat(imported.organizationType()).isEqualTo(OrganizationType.FIRM);
        String token = result.toHandOver().get(0).invitation().token();
        assertThat(accounts.invitationFor(token)).as("the link sets the new member's password")
                .contains(result.toHandOver().get(0).invitation().username());
    }

    @Test
    void a_second_import_of_the_same_people_finds_them_already_members() {
        byte[] file = MemberFiles.csv(MemberFiles.goodLines("again", 3).toArray(String[]::new));
        AsUser.call(w.secretariat(), () -> imports.importMembers(w.councilId(), "members.csv", file, false));
        ImportPreview again = AsUser.call(w.secretariat(), () -> imports.preview(w.councilId(), "members.csv", file));
        assertThat(again.lines()).allSatisfy(l -> {
            assertThat(l.existingAccount()).isTrue();
            assertThat(l.problems()).extracting(LineProblem::messageKey)
                    .containsExactly("members.import.error.already-member");
        });
    }

    @Test
    void an_xlsx_workbook_with_a_bad_role_and_a_bad_language_is_read_line_by_line() {
        byte[] file = MemberFiles.xlsx(
                new String[] {"Tanaka Hiroshi", "tanaka.h@example.org", "METI", "MINISTRY", "observer", "ja"},
                new String[] {"Arunee Kaewkla", "arunee.k@example.org", "KMUTT", "EXPERT", "advisor", "th"},
                new String[] {"Malee Srisuk", "malee.s@example.org", "Thai NGO Network", "civil society", "member", "fr"});
        ImportPreview preview = AsUser.call(w.secretariat(), () -> imports.preview(w.councilId(), "Members.XLSX", file));
        assertThat(preview.lines()).extracting(ImportLine::line).containsExactly(2, 3, 4);
        assertThat(preview.lines().get(0).role()).isEqualTo(CouncilRole.OBSERVER);
        assertThat(preview.lines().get(1).problems()).extracting(LineProblem::messageKey)
                .containsExactly("members.import.error.role");
        assertThat(preview.lines().get(2).group()).isEqualTo(StakeholderGroup.CIVIL_SOCIETY);
        assertThat(preview.lines().get(2).problems()).extracting(LineProblem::messageKey)
                .containsExactly("members.import.error.language");
    }

    @Test
    void a_file_that_is_no_member_file_is_refused_as_a_whole() {
        assertThatThrownBy(() -> AsUser.call(w.secretariat(), () -> imports.preview(w.councilId(), "members.pdf",
                new byte[] {1, 2, 3})))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("members.import.error.file-type"));
        assertThatThrownBy(() -> AsUser.call(w.secretariat(), () -> imports.preview(w.councilId(), "members.xlsx",
                "not a workbook".getBytes())))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("members.import.error.unreadable"));
    }

    @Test
    void members_observers_and_another_councils_secretariat_can_neither_preview_nor_import() {
        byte[] file = MemberFiles.csv(MemberFiles.goodLines("intruder", 1).toArray(String[]::new));
        for (var who : List.of(w.member(), w.observer(), w.outsider())) {
            assertThatThrownBy(() -> AsUser.call(who, () -> imports.preview(w.councilId(), "members.csv", file)))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> AsUser.call(who, () -> imports.importMembers(w.councilId(), "members.csv", file,
                    true))).isInstanceOf(AccessDeniedException.class);
        }
    }

    @Test
    void the_chair_may_import_a_vice_chair_whom_the_secretariat_may_not() {
        byte[] file = MemberFiles.csv("Vice Chair,vice." + System.nanoTime() + "@example.org,Ministry of Industry,"
                + "MINISTRY,VICE_CHAIR,en");
        assertThat(AsUser.call(w.secretariat(), () -> imports.preview(w.councilId(), "m.csv", file)).importable())
                .isZero();
        ImportResult result = AsUser.call(w.chair(), () -> imports.importMembers(w.councilId(), "m.csv", file, false));
        assertThat(result.added()).isEqualTo(1);
        assertThat(AsUser.call(w.chair(), () -> councils.currentMembers(w.councilId())))
                .filteredOn(m -> m.role() == CouncilRole.VICE_CHAIR).hasSize(1);
    }
}
