package org.councilworkspace.ui;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.LocatorKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.dom.Element;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.councilworkspace.base.CalendarDates;
import org.councilworkspace.base.CalendarSystem;
import org.councilworkspace.base.SupportedLocales;
import org.councilworkspace.base.ui.FeatureTranslations;
import org.jsoup.Jsoup;

/**
 * Finds the words on a rendered screen that came neither from the message bundles nor from what people typed. The
 * bundles' text arrives wrapped in marks (see {@link Marked}); what is left once the marked parts are taken away must
 * be punctuation and digits, text stored in the database (names, titles, section text: data, whitelisted by where it
 * comes from), or the words of the date formatters and the languages' own names, which come from the JDK and ICU.
 */
final class ShownTexts {

    static final char OPEN = '\u27E6';
    static final char CLOSE = '\u27E7';

    /** The properties and attributes that people see or that screen readers read out. */
    private static final List<String> PROPERTIES = List.of("label", "placeholder", "helperText", "title",
            "errorMessage", "headerTitle", "text", "accessibleName", "alt", "header", "footer");
    private static final List<String> ATTRIBUTES = List.of("aria-label", "title", "placeholder", "alt", "label");

    private static final Pattern MARKED = Pattern.compile(OPEN + "[^" + OPEN + CLOSE + "]*" + CLOSE);
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{M}]+");
    private static final Pattern IDENTIFIER = Pattern.compile("[A-Z][A-Z0-9_]+");

    private final Set<String> values = new HashSet<>();
    private final List<String> longestFirst;
    private final String haystack;
    private final Set<String> formatterWords = new HashSet<>();
    private final Map<String, String> explained = new HashMap<>();

    /** {@code stored}: every text the database holds, i.e. what people (and the demo) typed. */
    ShownTexts(Collection<String> stored, Collection<String> codes) {
        // The audit log's event codes are the record's own fields, shown to auditors as written.
        codes.stream().filter(code -> code != null && !code.isBlank()).forEach(code -> values.add(code.trim()));
        for (String value : stored) {
            // Enum names are the code's, not people's: a screen that shows "PLENARY" shows a literal.
            if (value != null && WORD.matcher(value).find() && !IDENTIFIER.matcher(value.trim()).matches()) {
                values.add(value.trim());
            }
        }
        // Codes of two letters ("th", "ja") would wipe out pieces of any word: only longer values count inside a text.
        longestFirst = values.stream().filter(v -> v.length() > 2).sorted((a, b) -> b.length() - a.length()).toList();
        haystack = String.join("\u0000", values).replaceAll("\\s+", " ");
        for (Locale locale : SupportedLocales.ALL) {
            for (CalendarSystem calendar : CalendarSystem.values()) {
                CalendarDates dates = new CalendarDates(locale, calendar, ZoneOffset.UTC);
                for (int day = 0; day < 400; day += 3) {
                    LocalDate date = LocalDate.of(2027, 1, 1).plusDays(day);
                    OffsetDateTime time = date.atTime(day % 24, 30).atOffset(ZoneOffset.UTC);
                    words(dates.date(date), dates.shortDate(date), dates.weekdayDate(date), dates.dateTime(time),
                            dates.weekdayDateTime(time),
                            dates.years(2027, 2031), DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
                                    .withLocale(locale).format(date),
                            DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                                    .withLocale(locale).format(LocalDateTime.from(time)),
                            date.getDayOfWeek().getDisplayName(java.time.format.TextStyle.FULL, locale));
                }
            }
            java.util.Currency.getAvailableCurrencies().forEach(c -> words(c.getCurrencyCode()));
            for (Locale named : SupportedLocales.ALL) {
                words(named.getDisplayLanguage(named), named.getDisplayLanguage(locale));
            }
        }
    }

    /** What on the current screen is neither marked nor data: one line per text, with the component it is on. */
    Set<String> unexplained(Component root) {
        Set<String> found = new LinkedHashSet<>();
        for (Component component : LocatorKt._walkAll(root)) {
            String where = component.getClass().getSimpleName()
                    + component.getId().map(id -> "#" + id).orElse("");
            visit(component.getElement(), where, found);
            if (component instanceof Grid<?> grid) {
                grid(grid, where, found);
            }
        }
        return found;
    }

    /** Checks one text: empty when it is explained, else the part that is not. */
    String unexplained(String text) {
        if (text == null) {
            return "";
        }
        String rest = text;
        for (String before = null; !rest.equals(before); ) {
            before = rest;
            rest = MARKED.matcher(rest).replaceAll(" ");
        }
        StringBuilder left = new StringBuilder();
        for (String piece : rest.split("[" + OPEN + CLOSE + "]")) {
            String explained = piece(piece.strip());
            if (!explained.isEmpty()) {
                left.append(left.length() > 0 ? " | " : "").append(explained);
            }
        }
        return left.toString();
    }

    private String piece(String piece) {
        return explained.computeIfAbsent(piece, this::explain);
    }

    private String explain(String piece) {
        if (!WORD.matcher(piece).find() || values.contains(piece) || onlyFormatterWords(piece)) {
            return "";
        }
        String rest = piece;
        for (String value : longestFirst) {
            if (rest.contains(value)) {
                rest = rest.replace(value, " ");
                if (onlyFormatterWords(rest)) {
                    return "";
                }
            }
        }
        // Last, as it is the slow one: a fragment of a longer stored text (a paragraph of a section's body).
        return standsAlone(piece) ? "" : piece;
    }

    private boolean onlyFormatterWords(String text) {
        Matcher word = WORD.matcher(text);
        while (word.find()) {
            if (!formatterWords.contains(word.group())) {
                return false;
            }
        }
        return true;
    }

    /** A part of a stored text (a paragraph of a section, a line of a submission), not part of a longer word. */
    private boolean standsAlone(String piece) {
        if (IDENTIFIER.matcher(piece).matches()) {
            return false;
        }
        for (int at = haystack.indexOf(piece); at >= 0; at = haystack.indexOf(piece, at + 1)) {
            int end = at + piece.length();
            char first = piece.charAt(0);
            char last = piece.charAt(piece.length() - 1);
            // Only a Latin letter at either end must not continue a longer word ("Save" inside "Saved").
            boolean startsWord = at == 0 || !isWordChar(haystack.charAt(at - 1)) || !isWordChar(first)
                    || !isLatin(first);
            boolean endsWord = end == haystack.length() || !isWordChar(haystack.charAt(end)) || !isWordChar(last)
                    || !isLatin(last);
            if (startsWord && endsWord) {
                return true;
            }
        }
        return false;
    }

    private static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c);
    }

    private static boolean isLatin(char c) {
        return c < 0x250;
    }

    private void visit(Element element, String where, Set<String> found) {
        if (element.isTextNode()) {
            note(where, "text", element.getText(), found);
            return;
        }
        for (String name : PROPERTIES) {
            Serializable value = element.getPropertyRaw(name);
            if (value instanceof String s) {
                note(where, name, s, found);
            }
        }
        for (String name : ATTRIBUTES) {
            note(where, name, element.getAttribute(name), found);
        }
        if (element.getPropertyRaw("innerHTML") instanceof String html) {
            Jsoup.parseBodyFragment(html).body().getAllElements()
                    .forEach(e -> e.textNodes().forEach(node -> note(where, "html", node.text(), found)));
        }
        element.getChildren().forEach(child -> {
            if (child.getComponent().isEmpty() || child.isTextNode()) {
                visit(child, where, found);
            }
        });
    }

    private <T> void grid(Grid<T> grid, String where, Set<String> found) {
        grid.getColumns().forEach(column -> note(where, "header", column.getHeaderText(), found));
        for (T item : GridKt._fetch(grid, 0, 5)) {
            for (Grid.Column<T> column : grid.getColumns()) {
                if (column.getRenderer() instanceof ComponentRenderer<?, T> renderer) {
                    // A component in a cell is made for the row and is not in the tree: walk it as well.
                    Component cell = renderer.createComponent(item);
                    for (Component part : LocatorKt._walkAll(cell)) {
                        visit(part.getElement(), where + " cell " + part.getClass().getSimpleName(), found);
                    }
                } else {
                    note(where, "cell", GridKt._getFormatted(column, item), found);
                }
            }
        }
    }

    private void note(String where, String what, String text, Set<String> found) {
        String left = unexplained(text);
        if (!left.isEmpty()) {
            found.add(where + " " + what + ": \"" + left + "\"");
        }
    }

    private void words(String... texts) {
        for (String text : texts) {
            Matcher word = WORD.matcher(text);
            while (word.find()) {
                formatterWords.add(word.group());
            }
        }
    }

    /** The pages' translations with every text that has a letter in it between marks. */
    static class Marked extends FeatureTranslations {
        @Override
        public String getTranslation(String key, Locale locale, Object... params) {
            String text = super.getTranslation(key, locale, params);
            // Digits-only values are settings the code parses (the first day of the week), not words.
            return WORD.matcher(text).find() ? OPEN + text + CLOSE : text;
        }
    }
}
