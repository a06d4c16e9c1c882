package br.com.webplanet.roteiro.mail;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns the bytes and headers of real-world mail into correct text: declared charsets, ISO-8859-1 read
 * as its superset windows-1252, raw 8-bit UTF-8 in headers, RFC 2047 encoded words with unknown charset
 * labels. When a guess is made, {@link Decoded#note()} says so.
 */
final class MailText {
    static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    private static final Pattern ENCODED_WORD = Pattern.compile("=\\?([^?\\s]+)\\?([bBqQ])\\?([^?\\s]*)\\?=");
    private static final Pattern BETWEEN_WORDS = Pattern.compile("(\\?=)\\s+(=\\?)");

    private MailText() {}

    /** Decoded text, with a note when the charset had to be guessed (null otherwise). */
    record Decoded(String text, String note) {}

    static Decoded decode(byte[] bytes, String label) {
        Charset declared = charset(label);
        boolean unknownLabel = label != null && !label.isBlank() && declared == null;
        if (declared == null || declared.equals(StandardCharsets.US_ASCII)
                || declared.equals(StandardCharsets.ISO_8859_1)) {
            String utf8 = strictUtf8(bytes);
            Charset used = utf8 != null ? StandardCharsets.UTF_8 : WINDOWS_1252;
            String text = utf8 != null ? utf8 : new String(bytes, WINDOWS_1252);
            String note = unknownLabel ? "charset desconhecido '" + label + "'; lido como " + used.name() : null;
            return new Decoded(text, note);
        }
        return new Decoded(new String(bytes, declared), null);
    }

    /** A charset for a MIME label, or null when Java does not know it. */
    static Charset charset(String label) {
        if (label == null || label.isBlank()) {
            return null;
        }
        String clean = label.trim().replace("\"", "");
        try {
            return Charset.forName(clean);
        } catch (RuntimeException e) {
            return null;
        }
    }

    static String strictUtf8(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    /**
     * Repairs a header value as the mail library handed it: encoded words it could not decode (unknown
     * charset) are decoded with a fallback, and raw 8-bit UTF-8 read as Latin-1 is read again as UTF-8.
     * CR/LF become spaces.
     */
    static String header(String value) {
        if (value == null) {
            return null;
        }
        String v = value.replaceAll("\\r?\\n(?=[ \\t])", "");
        if (v.contains("=?")) {
            v = decodeWords(v);
        }
        v = reUtf8(v);
        return v.replaceAll("[\\r\\n\\t]+", " ").strip();
    }

    static String reUtf8(String v) {
        boolean high = false;
        for (int i = 0; i < v.length(); i++) {
            char c = v.charAt(i);
            if (c > 0xFF) {
                return v;
            }
            high |= c >= 0x80;
        }
        if (!high) {
            return v;
        }
        String again = strictUtf8(v.getBytes(StandardCharsets.ISO_8859_1));
        return again != null ? again : v;
    }

    static String decodeWords(String value) {
        String joined = BETWEEN_WORDS.matcher(value).replaceAll("$1$2");
        Matcher m = ENCODED_WORD.matcher(joined);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            byte[] bytes;
            try {
                bytes = m.group(2).equalsIgnoreCase("B") ? Base64.getMimeDecoder().decode(m.group(3)) : qDecode(m.group(3));
            } catch (IllegalArgumentException e) {
                m.appendReplacement(out, Matcher.quoteReplacement(m.group()));
                continue;
            }
            String label = m.group(1).contains("*") ? m.group(1).substring(0, m.group(1).indexOf('*')) : m.group(1);
            m.appendReplacement(out, Matcher.quoteReplacement(decode(bytes, label).text()));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static byte[] qDecode(String s) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '_') {
                out.write(' ');
            } else if (c == '=' && i + 2 < s.length()) {
                out.write(Integer.parseInt(s.substring(i + 1, i + 3), 16));
                i += 2;
            } else {
                out.write(c);
            }
        }
        return out.toByteArray();
    }

    /** Lower-cased MIME type without parameters ({@code text/plain}); {@code text/plain} when unreadable. */
    static String baseType(String contentType) {
        if (contentType == null || contentType.isBlank()) {
            return "text/plain";
        }
        String base = contentType.split(";", 2)[0].trim().toLowerCase(Locale.ROOT);
        return base.contains("/") ? base : "text/plain";
    }

    /** A Content-Type parameter (e.g. charset), unquoted, or null. */
    static String parameter(String contentType, String name) {
        if (contentType == null) {
            return null;
        }
        Matcher m = Pattern.compile("(?i);\\s*" + Pattern.quote(name) + "\\s*=\\s*\"?([^\";\\s]+)\"?").matcher(contentType);
        return m.find() ? m.group(1) : null;
    }
}
