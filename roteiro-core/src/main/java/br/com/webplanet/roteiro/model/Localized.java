package br.com.webplanet.roteiro.model;

import java.util.Locale;

/** A user-facing text in Brazilian Portuguese (first) and English. */
public record Localized(String ptBR, String en) {
    public static final Locale PT_BR = Locale.forLanguageTag("pt-BR");

    public Localized {
        Checks.requireText(ptBR, "pt-BR text");
        Checks.requireText(en, "English text");
    }

    public static Localized of(String ptBR, String en) {
        return new Localized(ptBR, en);
    }

    /** The text for {@code locale}: English for any English locale, pt-BR otherwise. */
    public String in(Locale locale) {
        return TextBundle.english(locale) ? en : ptBR;
    }

    @Override
    public String toString() {
        return ptBR;
    }
}
