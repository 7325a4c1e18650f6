package org.councilworkspace.base.ui;

import com.vaadin.flow.i18n.I18NProvider;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.councilworkspace.base.SupportedLocales;
import org.springframework.stereotype.Component;

/**
 * Translations kept in one bundle per feature ({@code vaadin-i18n/<feature>.properties} plus {@code _ja} and
 * {@code _th}), so that features can add text without touching each other's files. A key is looked up in the
 * bundles in {@link #BUNDLES} order; keys must be unique across bundles (a test checks this).
 */
@Component
public class FeatureTranslations implements I18NProvider {

    /** The bundle base names under {@code vaadin-i18n/}; the shared shell and core features are "translations". */
    public static final List<String> BUNDLES = List.of("translations", "deliberation", "amendments", "meetings",
            "consultation");

    private final ConcurrentMap<Locale, List<ResourceBundle>> bundles = new ConcurrentHashMap<>();

    @Override
    public List<Locale> getProvidedLocales() {
        return SupportedLocales.ALL;
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        if (key == null) {
            return "";
        }
        Locale effective = locale == null ? Locale.ENGLISH : locale;
        for (ResourceBundle bundle : bundlesFor(effective)) {
            if (bundle.containsKey(key)) {
                String value = bundle.getString(key);
                // Same convention as Vaadin's default provider: MessageFormat only when there are arguments.
                return params.length == 0 ? value : new MessageFormat(value, effective).format(params);
            }
        }
        return "!{" + key + "}!";
    }

    private List<ResourceBundle> bundlesFor(Locale locale) {
        return bundles.computeIfAbsent(locale, l -> BUNDLES.stream()
                .map(name -> load(name, l))
                .filter(b -> b != null)
                .toList());
    }

    private static ResourceBundle load(String name, Locale locale) {
        try {
            // The root file is the English text; no fallback to the JVM's default locale.
            return ResourceBundle.getBundle("vaadin-i18n." + name, locale,
                    FeatureTranslations.class.getClassLoader(),
                    ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        } catch (MissingResourceException e) {
            return null;
        }
    }
}
