package br.com.webplanet.roteiro.examples.simulate;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/** Texts of the simulation: {@code simulate.properties} (pt-BR) and {@code simulate_en.properties}. */
final class SimText {
    static final String BUNDLE = "br.com.webplanet.roteiro.examples.simulate.simulate";

    private SimText() {}

    static String get(Locale locale, String key, Object... args) {
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, "en".equals(locale.getLanguage())
                ? Locale.ENGLISH : Locale.ROOT, ResourceBundle.Control.getNoFallbackControl(
                        ResourceBundle.Control.FORMAT_PROPERTIES));
        String text = bundle.getString(key);
        return args.length == 0 ? text : new MessageFormat(text, locale).format(args);
    }
}
