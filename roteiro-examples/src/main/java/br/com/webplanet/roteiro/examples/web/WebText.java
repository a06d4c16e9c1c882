package br.com.webplanet.roteiro.examples.web;

import br.com.webplanet.roteiro.model.Localized;
import br.com.webplanet.roteiro.model.TextBundle;
import java.util.Locale;
import java.util.Map;

/** The page's labels (bundle {@code web}: pt-BR, English), by the visitor's language. */
final class WebText {
    private static final Map<String, String> PT = load(Locale.ROOT);
    private static final Map<String, String> EN = load(Locale.ENGLISH);

    private WebText() {}

    /** pt-BR unless the visitor's first language (Accept-Language) is English. */
    static Locale localeOf(String acceptLanguage) {
        if (acceptLanguage != null && acceptLanguage.strip().toLowerCase(Locale.ROOT).startsWith("en")) {
            return Locale.ENGLISH;
        }
        return Localized.PT_BR;
    }

    static Map<String, String> labels(Locale locale) {
        return TextBundle.english(locale) ? EN : PT;
    }

    private static Map<String, String> load(Locale locale) {
        return Map.copyOf(TextBundle.of(WebText.class, "web", locale).all());
    }
}
