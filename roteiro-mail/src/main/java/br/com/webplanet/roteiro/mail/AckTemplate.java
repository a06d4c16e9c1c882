package br.com.webplanet.roteiro.mail;

import br.com.webplanet.roteiro.model.TextBundle;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The acknowledgement text, from a per-locale template ({@code templates/ack_pt_BR.txt},
 * {@code templates/ack_en.txt}): the first line is {@code Subject: …}, then a blank line and the body.
 * {@code {{name}}} placeholders are filled in; an unknown placeholder is an error.
 */
final class AckTemplate {
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{([a-zA-Z]+)}}");
    private final String subject;
    private final String body;

    private AckTemplate(String subject, String body) {
        this.subject = subject;
        this.body = body;
    }

    /** What an acknowledgement says: its subject line and text. */
    record Rendered(String subject, String text) {}

    static AckTemplate forLocale(Locale locale) {
        String name = TextBundle.english(locale) ? "ack_en.txt" : "ack_pt_BR.txt";
        try (InputStream in = AckTemplate.class.getResourceAsStream("templates/" + name)) {
            Objects.requireNonNull(in, "template templates/" + name + " is missing from the classpath");
            String all = new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("\r\n", "\n");
            int split = all.indexOf("\n\n");
            if (!all.startsWith("Subject:") || split < 0) {
                throw new IllegalStateException("template " + name + " must start with 'Subject:' and a blank line");
            }
            return new AckTemplate(all.substring("Subject:".length(), split).strip(), all.substring(split + 2));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Rendered render(Map<String, String> values) {
        return new Rendered(SmtpMailer.singleLine(fill(subject, values)), fill(body, values));
    }

    private static String fill(String text, Map<String, String> values) {
        Matcher m = PLACEHOLDER.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String value = values.get(m.group(1));
            if (value == null) {
                throw new IllegalStateException("template placeholder {{" + m.group(1) + "}} has no value");
            }
            m.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        m.appendTail(out);
        return out.toString();
    }
}
