package br.com.webplanet.roteiro.examples.simulate;

import br.com.webplanet.roteiro.model.TextBundle;
import java.util.Locale;

/** Texts of the simulation: {@code simulate.properties} (pt-BR) and {@code simulate_en.properties}. */
final class SimText {
    static final String BUNDLE = "br.com.webplanet.roteiro.examples.simulate.simulate";

    private SimText() {}

    static String get(Locale locale, String key, Object... args) {
        return TextBundle.of(SimText.class, "simulate", locale).get(key, args);
    }
}
