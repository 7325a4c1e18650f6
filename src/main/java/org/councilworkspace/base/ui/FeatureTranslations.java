package org.councilworkspace.base.ui;

import com.vaadin.flow.i18n.I18NProvider;
import java.util.List;
import java.util.Locale;
import org.councilworkspace.base.Messages;
import org.councilworkspace.base.SupportedLocales;
import org.springframework.stereotype.Component;

/** The pages' translations: every feature's bundle, through {@link Messages}. */
@Component
public class FeatureTranslations implements I18NProvider {

    @Override
    public List<Locale> getProvidedLocales() {
        return SupportedLocales.ALL;
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        return key == null ? "" : Messages.get(key, locale, params);
    }
}
