package br.com.webplanet.roteiro.mail;

import br.com.webplanet.roteiro.model.TextBundle;
import java.util.Locale;

/** User-facing texts of the mail module (bundle {@code messages}: pt-BR default, English), read by {@link TextBundle}. */
final class Texts {
    private final TextBundle bundle;

    Texts(Locale locale) {
        this.bundle = TextBundle.of(Texts.class, "messages", locale);
    }

    String get(String key, Object... args) {
        return bundle.get(key, args);
    }
}
