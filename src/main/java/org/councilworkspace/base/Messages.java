package org.councilworkspace.base;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * The translated text of the app, kept in one bundle per feature ({@code vaadin-i18n/<feature>.properties} plus
 * {@code _ja} and {@code _th}), so features add text without touching each other's files. Used by the pages and by
 * services that write to people outside a page (e-mail). Keys are unique across bundles (a test checks this).
 */
public final class Messages {

    /** The bundle base names under {@code vaadin-i18n/}; the shared shell and core features are "translations". */
    public static final List<String> BUNDLES = List.of("translations", "deliberation", "amendments", "meetings",
            "consultation", "implementation", "portal", "documents", "wordfiles", "search", "audit", "lastlook");

    private static final ConcurrentMap<Locale, List<ResourceBundle>> CACHE = new ConcurrentHashMap<>();

    private Messages() {
    }

    /** The text for a key, or empty when no bundle has it. MessageFormat applies only when there are arguments. */
    public static Optional<String> find(String key, Locale locale, Object... args) {
        if (key == null) {
            return Optional.empty();
        }
        Locale effective = locale == null ? Locale.ENGLISH : locale;
        for (ResourceBundle bundle : bundlesFor(effective)) {
            if (bundle.containsKey(key)) {
                String value = bundle.getString(key);
                return Optional.of(args.length == 0 ? value : new MessageFormat(value, effective).format(args));
            }
        }
        return Optional.empty();
    }

    public static String get(String key, Locale locale, Object... args) {
        return find(key, locale, args).orElse("!{" + key + "}!");
    }

    private static List<ResourceBundle> bundlesFor(Locale locale) {
        return CACHE.computeIfAbsent(locale, l -> BUNDLES.stream()
                .map(name -> load(name, l))
                .filter(b -> b != null)
                .toList());
    }

    private static ResourceBundle load(String name, Locale locale) {
        try {
            // The root file is the English text; no fallback to the JVM's default locale.
            return ResourceBundle.getBundle("vaadin-i18n." + name, locale, Messages.class.getClassLoader(),
                    ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        } catch (MissingResourceException e) {
            return null;
        }
    }
}
