package br.com.webplanet.roteiro.examples.web;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;

/** The page's labels (bundle {@code web}: pt-BR, English), by the visitor's language. */
final class WebText {
    private static final String BUNDLE = "br.com.webplanet.roteiro.examples.web.web";
    private static final Map<String, String> PT = load(Locale.ROOT);
    private static final Map<String, String> EN = load(Locale.ENGLISH);

    private WebText() {}

    /** pt-BR unless the visitor's first language (Accept-Language) is English. */
    static Locale localeOf(String acceptLanguage) {
        if (acceptLanguage != null && acceptLanguage.strip().toLowerCase(Locale.ROOT).startsWith("en")) {
            return Locale.ENGLISH;
        }
        return Locale.forLanguageTag("pt-BR");
    }

    static Map<String, String> labels(Locale locale) {
        return isEnglish(locale) ? EN : PT;
    }

    static boolean isEnglish(Locale locale) {
        return "en".equals(locale.getLanguage());
    }

    private static Map<String, String> load(Locale locale) {
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        Map<String, String> labels = new LinkedHashMap<>();
        bundle.keySet().forEach(k -> labels.put(k, bundle.getString(k)));
        return Map.copyOf(labels);
    }
}
