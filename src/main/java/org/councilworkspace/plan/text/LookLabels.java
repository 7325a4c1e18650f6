package org.councilworkspace.plan.text;

import java.util.List;
import java.util.stream.Collectors;

/** The words shown beside a change of look, e.g. "formatting: bold added", in the reader's language. */
@FunctionalInterface
public interface LookLabels {

    String label(List<Look> looks);

    /** Reads a text by key with arguments: a component's getTranslation, the portal's texts. */
    @FunctionalInterface
    interface Translator {
        String get(String key, Object... args);
    }

    /** "formatting: " and each look's words, from the bundles ({@code diff.look.*}). */
    static LookLabels of(Translator texts) {
        return looks -> texts.get("diff.look", looks.stream()
                .map(look -> texts.get(look.kind().key(), look.from(), look.to()))
                .collect(Collectors.joining(texts.get("diff.look.and"))));
    }
}
