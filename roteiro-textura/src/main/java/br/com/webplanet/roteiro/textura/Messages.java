package br.com.webplanet.roteiro.textura;

import br.com.webplanet.roteiro.model.Localized;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The module's user-facing texts: {@code messages.properties} is pt-BR (the default),
 * {@code messages_en.properties} English. Never falls back to the JVM's default locale.
 */
public final class Messages {
    private static final String BUNDLE = "br.com.webplanet.roteiro.textura.messages";
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private Messages() {}

    /** The text for {@code key} in {@code locale}, with {@code args} formatted by {@link MessageFormat}. */
    public static String text(Locale locale, String key, Object... args) {
        Locale l = locale == null ? Localized.PT_BR : locale;
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, l, Messages.class.getClassLoader(), NO_FALLBACK);
        return new MessageFormat(bundle.getString(key), l).format(args);
    }

    /** The text for {@code key} in pt-BR and English. */
    public static Localized localized(String key, Object... args) {
        return Localized.of(text(Localized.PT_BR, key, args), text(Locale.ENGLISH, key, args));
    }
}
