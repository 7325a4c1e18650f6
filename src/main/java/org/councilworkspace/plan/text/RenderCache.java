package org.councilworkspace.plan.text;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * Remembers what a pure text-to-text function made of the most recently used inputs. Rendering Markdown to safe
 * HTML (parse, render, sanitize) was one of the largest costs of opening a section: every visitor of a section
 * renders the same revision, which never changes, and the thread list renders the same comments again on every
 * page it shows. Keyed by the input itself, so a changed text is simply a new entry; the oldest fall out when the
 * total of remembered characters passes the budget.
 */
public final class RenderCache {

    private final long budgetChars;
    private final int largestInput;
    private final UnaryOperator<String> render;
    private final LinkedHashMap<String, String> entries = new LinkedHashMap<>(64, 0.75f, true);
    private long chars;

    public RenderCache(long budgetChars, UnaryOperator<String> render) {
        this.budgetChars = budgetChars;
        this.largestInput = (int) Math.min(Integer.MAX_VALUE, budgetChars / 8);
        this.render = render;
    }

    public String apply(String input) {
        if (input.length() > largestInput) {
            return render.apply(input);
        }
        synchronized (this) {
            String known = entries.get(input);
            if (known != null) {
                return known;
            }
        }
        // Rendered outside the lock: two threads may render the same text once each, which is harmless.
        String output = render.apply(input);
        synchronized (this) {
            if (entries.put(input, output) == null) {
                chars += input.length() + output.length();
            }
            var oldest = entries.entrySet().iterator();
            while (chars > budgetChars && oldest.hasNext()) {
                Map.Entry<String, String> e = oldest.next();
                chars -= e.getKey().length() + e.getValue().length();
                oldest.remove();
            }
        }
        return output;
    }

    synchronized int size() {
        return entries.size();
    }
}
