package br.com.webplanet.roteiro.textura;

import br.com.webplanet.roteiro.model.Localized;
import br.com.webplanet.roteiro.model.TextBundle;
import java.util.Locale;

/**
 * The module's user-facing texts: {@code messages.properties} is pt-BR (the default),
 * {@code messages_en.properties} English, read by {@link TextBundle}.
 */
public final class Messages {
    private Messages() {}

    /** The text for {@code key} in {@code locale}, with {@code args} formatted by {@link java.text.MessageFormat}. */
    public static String text(Locale locale, String key, Object... args) {
        return TextBundle.of(Messages.class, "messages", locale).get(key, args);
    }

    /** The text for {@code key} in pt-BR and English. */
    public static Localized localized(String key, Object... args) {
        return TextBundle.localized(Messages.class, "messages", key, args);
    }
}
