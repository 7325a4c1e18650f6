package org.councilworkspace.memberimport;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.councilworkspace.account.UserAccount;
import org.councilworkspace.base.InvalidInputException;
import org.councilworkspace.base.TextRules;
import org.councilworkspace.council.StakeholderGroup;
import org.councilworkspace.memberimport.MemberFile.Row;
import org.councilworkspace.security.CouncilRole;

/**
 * Turns a member file's rows into checked lines. The columns are name, e-mail, affiliation, stakeholder group, role
 * and language, in that order, or in any order under a header row naming them.
 */
final class MemberLines {

    static final List<String> COLUMNS = List.of("name", "email", "affiliation", "group", "role", "language");
    private static final Map<String, String> HEADER_WORDS = Map.ofEntries(Map.entry("name", "name"),
            Map.entry("full name", "name"), Map.entry("e-mail", "email"), Map.entry("email", "email"),
            Map.entry("e-mail address", "email"), Map.entry("affiliation", "affiliation"),
            Map.entry("organization", "affiliation"), Map.entry("organisation", "affiliation"),
            Map.entry("group", "group"), Map.entry("stakeholder group", "group"), Map.entry("role", "role"),
            Map.entry("language", "language"));
    private static final Set<String> LANGUAGES = Set.of("en", "ja", "th");

    /** What is known about the council and the addresses, looked up by the service. */
    record Context(Set<CouncilRole> grantable, Function<String, List<UserAccount>> accounts, Set<Long> currentMembers) {
    }

    private MemberLines() {
    }

    static List<ImportLine> check(List<Row> rows, Context context) {
        List<Row> data = new ArrayList<>(rows.stream().filter(r -> !r.blank()).toList());
        Map<String, Integer> columns = positions(data.isEmpty() ? null : data.get(0));
        if (columns != null) {
            data.remove(0);
        } else {
            columns = new HashMap<>();
            for (int i = 0; i < COLUMNS.size(); i++) {
                columns.put(COLUMNS.get(i), i);
            }
        }
        if (data.isEmpty()) {
            throw new InvalidInputException("file", "members.import.error.no-lines");
        }
        Map<String, Integer> firstLineOf = new HashMap<>();
        List<ImportLine> lines = new ArrayList<>();
        for (Row row : data) {
            lines.add(line(row, columns, context, firstLineOf));
        }
        return lines;
    }

    /** The header's column positions, or null when the first row is not a header (its first cell is no column word). */
    private static Map<String, Integer> positions(Row first) {
        if (first == null || !HEADER_WORDS.containsKey(first.cell(0).toLowerCase(Locale.ROOT))) {
            return null;
        }
        Map<String, Integer> positions = new HashMap<>();
        for (int i = 0; i < first.cells().size(); i++) {
            String column = HEADER_WORDS.get(first.cell(i).toLowerCase(Locale.ROOT));
            if (column != null) {
                positions.putIfAbsent(column, i);
            }
        }
        return positions;
    }

    private static ImportLine line(Row row, Map<String, Integer> columns, Context context,
                                   Map<String, Integer> firstLineOf) {
        List<LineProblem> problems = new ArrayList<>();
        String name = text(row, columns, "name");
        String email = text(row, columns, "email");
        String affiliation = text(row, columns, "affiliation");
        String groupText = text(row, columns, "group");
        String roleText = text(row, columns, "role");
        String language = text(row, columns, "language").toLowerCase(Locale.ROOT);
        valid(problems, "members.import.error.name", name, () -> TextRules.requiredLine("name", name, 200));
        boolean emailValid = valid(problems, "members.import.error.email", email, () -> TextRules.email("email", email));
        valid(problems, "members.import.error.affiliation", affiliation,
                () -> TextRules.requiredLine("affiliation", affiliation, 200));
        StakeholderGroup group = parse(StakeholderGroup.class, groupText).orElse(null);
        if (group == null) {
            problems.add(new LineProblem("members.import.error.group", groupText));
        }
        CouncilRole role = parse(CouncilRole.class, roleText).orElse(null);
        if (role == null) {
            problems.add(new LineProblem("members.import.error.role", roleText));
        } else if (!context.grantable().contains(role)) {
            problems.add(new LineProblem("members.import.error.role-above", roleText));
        }
        if (language.isEmpty()) {
            language = "en";
        } else if (!LANGUAGES.contains(language)) {
            problems.add(new LineProblem("members.import.error.language", language));
        }
        boolean existing = false;
        if (emailValid) {
            Integer earlier = firstLineOf.putIfAbsent(email.toLowerCase(Locale.ROOT), row.line());
            if (earlier != null) {
                problems.add(new LineProblem("members.import.error.duplicate", Integer.toString(earlier)));
            }
            List<UserAccount> accounts = context.accounts().apply(email);
            existing = !accounts.isEmpty();
            if (accounts.size() > 1) {
                problems.add(new LineProblem("members.import.error.several-accounts", email));
            } else if (existing && !accounts.get(0).active()) {
                problems.add(new LineProblem("members.import.error.inactive", email));
            } else if (existing && context.currentMembers().contains(accounts.get(0).id())) {
                problems.add(new LineProblem("members.import.error.already-member", email));
            }
        }
        return new ImportLine(row.line(), name, email, affiliation, group, role, language, existing, problems);
    }

    private static String text(Row row, Map<String, Integer> columns, String column) {
        return row.cell(columns.getOrDefault(column, -1));
    }

    private static boolean valid(List<LineProblem> problems, String key, String value, Runnable check) {
        try {
            check.run();
            return true;
        } catch (InvalidInputException e) {
            problems.add(new LineProblem(key, value));
            return false;
        }
    }

    /** An enum value by its name, ignoring case, spaces and hyphens ("Civil society", "vice-chair"). */
    static <E extends Enum<E>> Optional<E> parse(Class<E> type, String text) {
        String name = text.strip().toUpperCase(Locale.ROOT).replace(' ', '_').replace('-', '_');
        for (E value : type.getEnumConstants()) {
            if (value.name().equals(name)) {
                return Optional.of(value);
            }
        }
        return Optional.empty();
    }
}
