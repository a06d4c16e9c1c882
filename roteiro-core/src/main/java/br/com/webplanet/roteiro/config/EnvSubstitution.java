package br.com.webplanet.roteiro.config;

import java.util.Map;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Replaces {@code ${ENV:NAME}} and {@code ${NAME}} in a text with environment variables. */
final class EnvSubstitution {
    private static final Pattern VARIABLE = Pattern.compile("\\$\\{(?:ENV:)?([A-Za-z_][A-Za-z0-9_]*)}");

    private EnvSubstitution() {}

    /** The text with every variable replaced; each unset one is passed to {@code unset} and left as written. */
    static String substitute(String text, Map<String, String> env, Consumer<String> unset) {
        if (text.indexOf("${") < 0) {
            return text;
        }
        Matcher m = VARIABLE.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String value = env.get(m.group(1));
            if (value == null) {
                unset.accept(m.group(1));
                value = m.group();
            }
            m.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        m.appendTail(out);
        return out.toString();
    }
}
