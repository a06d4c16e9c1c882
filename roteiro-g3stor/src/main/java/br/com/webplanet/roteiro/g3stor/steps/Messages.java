package br.com.webplanet.roteiro.g3stor.steps;

import br.com.webplanet.roteiro.g3stor.G3storModule;
import br.com.webplanet.roteiro.model.Localized;
import br.com.webplanet.roteiro.model.TextBundle;
import java.util.Locale;

/**
 * User-facing texts of the G3stor steps: {@code g3stor/messages.properties} (pt-BR) and
 * {@code messages_en.properties}, read by {@link TextBundle}.
 */
final class Messages {
    private Messages() {}

    static String get(Locale locale, String key, Object... args) {
        return TextBundle.of(G3storModule.class, "messages", locale).get(key, args);
    }

    /** The text of {@code key} in pt-BR and English. */
    static Localized localized(String key) {
        return TextBundle.localized(G3storModule.class, "messages", key);
    }
}
