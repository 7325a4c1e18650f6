package org.councilworkspace.deliberation;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Finds @username mentions in a comment. A mention starts after a space or punctuation, never inside an e-mail. */
final class Mentions {

    private static final Pattern MENTION = Pattern.compile("(?<![A-Za-z0-9_.@-])@([A-Za-z0-9][A-Za-z0-9._-]{2,63})");

    private Mentions() {
    }

    static Set<String> usernames(String text) {
        Set<String> names = new LinkedHashSet<>();
        Matcher m = MENTION.matcher(text);
        while (m.find()) {
            // A sentence may end right after the name: "thanks @kittisak."
            String name = m.group(1).replaceAll("[._-]+$", "").toLowerCase(Locale.ROOT);
            if (name.length() >= 3) {
                names.add(name);
            }
        }
        return names;
    }
}
