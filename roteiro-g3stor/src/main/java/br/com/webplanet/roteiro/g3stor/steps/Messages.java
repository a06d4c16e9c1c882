package br.com.webplanet.roteiro.g3stor.steps;

import br.com.webplanet.roteiro.model.Localized;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/** User-facing texts of the G3stor steps: {@code messages.properties} (pt-BR) and {@code messages_en.properties}. */
final class Messages {
    private static final String BUNDLE = "br.com.webplanet.roteiro.g3stor.messages";

    private Messages() {}

    static String get(Locale locale, String key, Object... args) {
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, locale, ResourceBundle.Control.getNoFallbackControl(
                ResourceBundle.Control.FORMAT_PROPERTIES));
        String pattern = bundle.getString(key);
        return args.length == 0 ? pattern : new MessageFormat(pattern, locale).format(args);
    }

    /** The text of {@code key} in pt-BR and English. */
    static Localized localized(String key) {
        return Localized.of(get(Localized.PT_BR, key), get(Locale.ENGLISH, key));
    }
}
