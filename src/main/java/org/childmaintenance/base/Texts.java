package org.childmaintenance.base;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Text for people, from {@code vaadin-i18n/translations_en.properties} (the UI's I18NProvider uses the same). */
public final class Texts {
    public static final String BUNDLE = "vaadin-i18n/translations";
    private static final Logger log = LoggerFactory.getLogger(Texts.class);

    private Texts() {
    }

    public static String t(String key, Object... params) {
        try {
            String pattern = ResourceBundle.getBundle(BUNDLE, Locale.UK).getString(key);
            return params.length == 0 ? pattern : new MessageFormat(pattern, Locale.UK).format(params);
        } catch (MissingResourceException e) {
            log.warn("Missing translation key {}", key);
            return "!" + key;
        }
    }
}
