package org.councilworkspace.plan.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.router.Location;
import elemental.json.Json;
import elemental.json.JsonArray;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Marks the words a search found in the section's text and scrolls to the first, when the section is opened
 * from a search hit ({@code ?highlight=words}). The words are matched as plain text in the page's text nodes, in
 * the browser, so nothing in the address can become markup; without JavaScript the section simply opens.
 */
final class SearchHighlight {

    private static final int MAX_WORDS = 10;
    private static final int MAX_WORD = 100;
    private static final String SCRIPT = """
            const root = this.querySelector('#section-body');
            if (!root) return;
            const words = $0;
            const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
            const nodes = [];
            while (walker.nextNode()) nodes.push(walker.currentNode);
            let first = null;
            for (const node of nodes) {
              const text = node.nodeValue;
              const lower = text.toLowerCase();
              const parts = document.createDocumentFragment();
              let i = 0;
              while (i < text.length) {
                let at = -1, length = 0;
                for (const w of words) {
                  const found = lower.indexOf(w, i);
                  if (found >= 0 && (at < 0 || found < at)) { at = found; length = w.length; }
                }
                if (at < 0) break;
                parts.append(text.slice(i, at));
                const mark = document.createElement('mark');
                mark.className = 'cw-search-match';
                mark.textContent = text.slice(at, at + length);
                parts.append(mark);
                first = first || mark;
                i = at + length;
              }
              if (i > 0) { parts.append(text.slice(i)); node.replaceWith(parts); }
            }
            if (first) first.scrollIntoView({block: 'center'});
            """;

    private SearchHighlight() {
    }

    static void apply(Component view, Location location) {
        List<String> words = location.getQueryParameters().getSingleParameter("highlight")
                .map(SearchHighlight::words).orElse(List.of());
        if (!words.isEmpty()) {
            JsonArray array = Json.createArray();
            for (int i = 0; i < words.size(); i++) {
                array.set(i, words.get(i));
            }
            view.getElement().executeJs(SCRIPT, array);
        }
    }

    static List<String> words(String parameter) {
        return Arrays.stream(parameter.toLowerCase(Locale.ROOT).split("\\s+")).filter(w -> !w.isEmpty())
                .map(w -> w.length() > MAX_WORD ? w.substring(0, MAX_WORD) : w).distinct().limit(MAX_WORDS).toList();
    }
}
