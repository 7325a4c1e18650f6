package org.councilworkspace.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.councilworkspace.base.Messages;
import org.councilworkspace.base.SupportedLocales;
import org.councilworkspace.base.ui.FeatureTranslations;
import org.councilworkspace.council.CouncilService;
import org.councilworkspace.plan.VersionSupplement;
import org.councilworkspace.testsupport.TestUser;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

/**
 * The demo councils' screens, rendered in all three languages with every bundle text marked, show no word that
 * is neither from the bundles nor typed by people. A separate database, so that the demo data stays out of the other
 * tests' way.
 */
@SpringBootTest(properties = "spring.datasource.url=jdbc:h2:mem:council-screen-texts;DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=10000")
@ActiveProfiles({"test", "demo"})
@Import(ScreenTextsTest.MarkTheBundles.class)
class ScreenTextsTest extends KaribuTest {

    private static final Locale THAI = Locale.forLanguageTag("th");

    @Autowired JdbcTemplate jdbc;
    @Autowired CouncilService councils;
    @Autowired List<VersionSupplement> supplements;

    ShownTexts texts;

    @TestConfiguration
    static class MarkTheBundles {
        /** Replaces the one translation provider, so that Vaadin still finds exactly one. */
        @Bean
        static BeanPostProcessor markedTranslations() {
            return new BeanPostProcessor() {
                @Override
                public Object postProcessAfterInitialization(Object bean, String name) {
                    return bean instanceof FeatureTranslations ? new ShownTexts.Marked() : bean;
                }
            };
        }
    }

    @BeforeEach
    void readWhatPeopleTyped() {
        List<String> stored = new ArrayList<>();
        for (Map<String, Object> column : jdbc.queryForList("select table_name, column_name from "
                + "information_schema.columns where table_schema = 'PUBLIC' and data_type in "
                + "('CHARACTER VARYING', 'CHARACTER LARGE OBJECT', 'CHARACTER') "
                + "and table_name <> 'flyway_schema_history'")) {
            stored.addAll(jdbc.queryForList("select \"" + column.get("COLUMN_NAME") + "\" from \""
                    + column.get("TABLE_NAME") + "\"", String.class));
        }
        // The records kept with a version (its frozen measures) are written on the server from the bundles, as the
        // version's exports are, and reach the screen as finished lines: they are explained by that source.
        for (Map<String, Object> version : jdbc.queryForList("select v.id, p.council_id from plan_version v "
                + "join master_plan p on p.id = v.plan_id")) {
            long versionId = ((Number) version.get("ID")).longValue();
            long councilId = ((Number) version.get("COUNCIL_ID")).longValue();
            for (Locale locale : List.of(Locale.ENGLISH, Locale.JAPANESE, THAI)) {
                var dates = councils.language(councilId).datesFor(locale, java.time.ZoneOffset.UTC);
                for (VersionSupplement supplement : supplements) {
                    stored.add(supplement.heading(locale));
                    supplement.items(versionId, dates).forEach(item -> stored.addAll(item.details()));
                }
            }
        }
        texts = new ShownTexts(stored, jdbc.queryForList(
                "select action from audit_event union select object_type from audit_event", String.class));
    }

    @Test
    void the_check_finds_a_literal_and_lets_bundle_text_and_typed_data_through() {
        Div screen = new Div(new Span(UI.getCurrent().getTranslation("action.cancel")),
                new Span(councilName(1)), new Button("Save draft"), field("Reason for the change"));
        UI.getCurrent().add(screen);
        assertThat(texts.unexplained(screen)).containsExactlyInAnyOrder("Button text: \"Save draft\"",
                "TextField label: \"Reason for the change\"");
        assertThat(texts.unexplained(UI.getCurrent().getTranslation("meeting.back", councilName(1))))
                .as("data passed through a bundle pattern").isEmpty();
        assertThat(texts.unexplained("PLENARY")).as("an enum's name is not data").isEqualTo("PLENARY");
        assertThat(texts.unexplained("1 มีนาคม พ.ศ. 2570 · 令和9年3月1日月曜日")).as("the date formatters' words")
                .isEmpty();
    }

    @Test
    void the_demo_screens_show_only_text_from_the_bundles_or_from_people() {
        Map<String, Set<String>> found = new LinkedHashMap<>();
        int shown = 0;
        for (Visit visit : visits()) {
            signIn(user(visit.username()));
            UI.getCurrent().setLocale(visit.locale());
            try {
                navigate(visit.route());
            } catch (RuntimeException e) {
                found.put(visit.toString(), Set.of("failed to render: " + e));
                continue;
            }
            shown++;
            Set<String> unexplained = texts.unexplained(UI.getCurrent());
            if (!unexplained.isEmpty()) {
                found.put(visit.toString(), new TreeSet<>(unexplained));
            }
        }
        assertThat(shown).as("screens rendered").isGreaterThan(60);
        assertThat(found).isEmpty();
    }

    /** The demo writes most kinds of audit event: each reads as a phrase in every language, never as its code. */
    @Test
    void every_event_of_the_demo_audit_log_has_a_phrase_in_every_language() {
        List<String> codes = jdbc.queryForList("select distinct action from audit_event", String.class);
        assertThat(codes).hasSizeGreaterThan(40);
        List<String> missing = new ArrayList<>();
        for (Locale locale : SupportedLocales.ALL) {
            codes.stream().filter(code -> Messages.find("audit.action." + code, locale)
                    .isEmpty()).forEach(code -> missing.add(code + " in " + locale));
        }
        assertThat(missing).isEmpty();
    }

    private record Visit(String username, Locale locale, String route) {
        @Override
        public String toString() {
            return route + " as " + username + " in " + locale;
        }
    }

    private List<Visit> visits() {
        List<Visit> visits = new ArrayList<>();
        for (Locale locale : List.of(Locale.ENGLISH, Locale.JAPANESE, THAI)) {
            for (String route : List.of("", "account", "action-items", "search", "admin/audit", "admin/councils",
                    "admin/users")) {
                visits.add(new Visit("admin", locale, route));
            }
            // The Thai sector institute's secretariat and the Japanese subcommittee's, each in every language.
            councilRoutes(visits, "pranee", locale, 1);
            councilRoutes(visits, "sato", locale, councilIdNamed("Industrial Structure Council: Manufacturing Subcommittee"));
            visits.add(new Visit("somchai", locale, ""));
            visits.add(new Visit("somchai", locale, "action-items"));
        }
        return visits;
    }

    private void councilRoutes(List<Visit> visits, String username, Locale locale, long councilId) {
        String council = "councils/" + councilId;
        for (String tail : List.of("", "/members", "/members/invite", "/members/import", "/meetings",
                "/meetings/series", "/meetings/templates", "/consultations", "/implementation", "/plans", "/audit",
                "/amendment-rules")) {
            visits.add(new Visit(username, locale, council + tail));
        }
        Optional<Long> plan = first("select min(id) from master_plan where council_id = ?", councilId);
        plan.ifPresent(p -> {
            for (String tail : List.of("", "/amendments", "/consensus", "/versions")) {
                visits.add(new Visit(username, locale, "plans/" + p + tail));
            }
            first("select min(id) from plan_section where plan_id = ?", p)
                    .ifPresent(s -> visits.add(new Visit(username, locale, "plans/" + p + "/sections/" + s)));
            first("select min(id) from plan_version where plan_id = ?", p)
                    .ifPresent(v -> visits.add(new Visit(username, locale, "plans/" + p + "/versions/" + v)));
            first("select min(id) from amendment where plan_id = ?", p)
                    .ifPresent(a -> visits.add(new Visit(username, locale, "plans/" + p + "/amendments/" + a)));
            first("select min(id) from measure where plan_id = ?", p)
                    .ifPresent(m -> visits.add(new Visit(username, locale, "measures/" + m)));
        });
        first("select min(id) from meeting where council_id = ?", councilId)
                .ifPresent(m -> visits.add(new Visit(username, locale, "meetings/" + m)));
        first("select max(id) from meeting where council_id = ?", councilId)
                .ifPresent(m -> visits.add(new Visit(username, locale, "meetings/" + m)));
        first("select min(id) from consultation_round where council_id = ?", councilId)
                .ifPresent(r -> visits.add(new Visit(username, locale, "consultations/" + r)));
        first("select max(id) from consultation_round where council_id = ?", councilId)
                .ifPresent(r -> visits.add(new Visit(username, locale, "consultations/" + r)));
    }

    private Optional<Long> first(String sql, long id) {
        return Optional.ofNullable(jdbc.queryForObject(sql, Long.class, id));
    }

    private long councilIdNamed(String name) {
        return jdbc.queryForObject("select id from council where name = ?", Long.class, name);
    }

    private String councilName(long id) {
        return jdbc.queryForObject("select name from council where id = ?", String.class, id);
    }

    private TestUser user(String username) {
        Map<String, Object> row = jdbc.queryForMap("select id from app_user where username = ?", username);
        return new TestUser(((Number) row.get("ID")).longValue(), username, "admin".equals(username));
    }

    private static TextField field(String label) {
        return new TextField(label);
    }
}
