package org.childmaintenance.base.ui;

import com.vaadin.flow.i18n.I18NProvider;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.childmaintenance.base.Language;
import org.childmaintenance.base.Texts;
import org.springframework.stereotype.Component;

/** All text people read comes from {@code vaadin-i18n/translations_en.properties} and {@code translations_cy.properties}. */
@Component
public class PortalI18NProvider implements I18NProvider {
    @Override
    public List<Locale> getProvidedLocales() {
        return Arrays.stream(Language.values()).map(Language::locale).toList();
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        return Texts.t(locale, key, params);
    }
}
