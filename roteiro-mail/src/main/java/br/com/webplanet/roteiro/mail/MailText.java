package br.com.webplanet.roteiro.mail;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns the bytes and headers of real-world mail into correct text: declared charsets read with the
 * lenient superset real mail clients write ({@link #charset}), ISO-8859-1 read as windows-1252, raw 8-bit
 * headers (UTF-8, else the charset the body declares, else detected), RFC 2047 encoded words with unknown
 * charset labels or stray spaces, and bodies with no charset label detected (ISO-2022-JP escapes, UTF-8,
 * then juniversalchardet). When a guess is made, {@link Decoded#note()} says so.
 */
final class MailText {
    static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    /** Encoded text may hold stray spaces ({@code =?UTF-8?Q? Personal=C3=A4nderung?=}); it never holds '?'. */
    private static final Pattern ENCODED_WORD = Pattern.compile("=\\?([^?\\s]+)\\?([bBqQ])\\?([^?]*?)\\?=");
    private static final Pattern BETWEEN_WORDS = Pattern.compile("(\\?=)\\s+(=\\?)");
    /**
     * Labels whose strict Java charset loses what senders really wrote: GB2312 mail is written by GBK
     * clients (traditional characters, GB18030 is their superset), ISO-2022-JP by Windows clients with the
     * NEC/IBM extensions ({@code ①}), Shift_JIS as windows-31j, EUC-KR as windows-949.
     */
    private static final java.util.Map<String, String> LENIENT = java.util.Map.ofEntries(
            java.util.Map.entry("gb2312", "GB18030"), java.util.Map.entry("gb_2312-80", "GB18030"),
            java.util.Map.entry("iso-gb2312", "GB18030"), java.util.Map.entry("euc-cn", "GB18030"),
            java.util.Map.entry("x-gbk", "GB18030"), java.util.Map.entry("gbk", "GB18030"),
            java.util.Map.entry("cp936", "GB18030"), java.util.Map.entry("chinese", "GB18030"),
            java.util.Map.entry("iso-2022-jp", "x-windows-iso2022jp"), java.util.Map.entry("csiso2022jp", "x-windows-iso2022jp"),
            java.util.Map.entry("shift_jis", "windows-31j"), java.util.Map.entry("shift-jis", "windows-31j"),
            java.util.Map.entry("sjis", "windows-31j"), java.util.Map.entry("x-sjis", "windows-31j"),
            java.util.Map.entry("ms_kanji", "windows-31j"), java.util.Map.entry("euc-kr", "x-windows-949"),
            java.util.Map.entry("ks_c_5601-1987", "x-windows-949"), java.util.Map.entry("big5", "Big5-HKSCS"),
            java.util.Map.entry("iso-8859-8-i", "ISO-8859-8"), java.util.Map.entry("iso-8859-1", "windows-1252"),
            java.util.Map.entry("latin1", "windows-1252"), java.util.Map.entry("us-ascii", "windows-1252"),
            java.util.Map.entry("ascii", "windows-1252"), java.util.Map.entry("ansi_x3.4-1968", "windows-1252"),
            java.util.Map.entry("tis-620", "x-windows-874"), java.util.Map.entry("iso-8859-11", "x-windows-874"));

    /** Compiled once per parameter name (charset, name…): this runs several times per message. */
    private static final java.util.Map<String, Pattern> PARAMETERS = new java.util.concurrent.ConcurrentHashMap<>();

    private MailText() {}

    /** Decoded text, with a note when the charset had to be guessed (null otherwise). */
    record Decoded(String text, String note) {}

    static Decoded decode(byte[] bytes, String label) {
        Charset declared = charset(label);
        boolean unknownLabel = label != null && !label.isBlank() && declared == null;
        if (declared == null || declared.equals(WINDOWS_1252)) {
            if (iso2022jp(bytes)) {
                return new Decoded(new String(bytes, charset("iso-2022-jp")), null);
            }
            String utf8 = strictUtf8(bytes);
            if (utf8 != null) {
                return new Decoded(utf8, unknownLabel ? "charset desconhecido '" + label + "'; lido como UTF-8" : null);
            }
            Charset used = declared != null ? WINDOWS_1252 : detect(bytes);
            String note = unknownLabel ? "charset desconhecido '" + label + "'; lido como " + used.name()
                    : declared == null && !used.equals(WINDOWS_1252) ? "texto sem charset; detectado " + used.name() : null;
            return new Decoded(new String(bytes, used), note);
        }
        return new Decoded(new String(bytes, declared), null);
    }

    /**
     * A charset for a MIME label, the lenient superset for labels senders misuse ({@link #LENIENT}), or
     * null when Java does not know it.
     */
    static Charset charset(String label) {
        if (label == null || label.isBlank()) {
            return null;
        }
        String clean = label.trim().replace("\"", "").replace("'", "").toLowerCase(Locale.ROOT);
        String name = LENIENT.getOrDefault(clean, clean);
        try {
            return Charset.forName(name);
        } catch (RuntimeException e) {
            try {
                return Charset.forName(clean);
            } catch (RuntimeException again) {
                return null;
            }
        }
    }

    /** True when 7-bit bytes carry ISO-2022-JP escape sequences (ESC $ B, ESC $ @, ESC ( J …). */
    static boolean iso2022jp(byte[] bytes) {
        for (int i = 0; i + 2 < bytes.length; i++) {
            if (bytes[i] == 0x1B && (bytes[i + 1] == '$' && (bytes[i + 2] == 'B' || bytes[i + 2] == '@' || bytes[i + 2] == '(')
                    || bytes[i + 1] == '(' && (bytes[i + 2] == 'J' || bytes[i + 2] == 'I'))) {
                return true;
            }
        }
        return false;
    }

    /**
     * The charset of unlabeled 8-bit text: juniversalchardet (a maintained port of Mozilla's detector,
     * 0.2 MB, no dependencies) for the multi-byte and Cyrillic encodings it recognises reliably; windows-1252
     * otherwise (short Latin text is where detectors guess wrong, and windows-1252 is what such mail is).
     */
    static Charset detect(byte[] bytes) {
        org.mozilla.universalchardet.UniversalDetector detector = new org.mozilla.universalchardet.UniversalDetector();
        detector.handleData(bytes, 0, Math.min(bytes.length, 64 * 1024));
        detector.dataEnd();
        String name = detector.getDetectedCharset();
        if (name == null) {
            return WINDOWS_1252;
        }
        String n = name.toUpperCase(Locale.ROOT);
        boolean trusted = n.startsWith("GB") || n.startsWith("BIG5") || n.startsWith("EUC") || n.startsWith("SHIFT")
                || n.startsWith("ISO-2022") || n.startsWith("WINDOWS-1251") || n.startsWith("KOI8") || n.startsWith("UTF-16");
        Charset c = trusted ? charset(name) : null;
        return c == null ? WINDOWS_1252 : c;
    }

    /** {@code bytes} in {@code charset}, or null when they are not valid in it. */
    static String strict(byte[] bytes, Charset charset) {
        try {
            return charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException | RuntimeException e) {
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
        return header(value, null);
    }

    /**
     * As {@link #header(String)}; raw 8-bit text that is not UTF-8 is read with {@code fallback} (the
     * charset the body declares), else detected.
     */
    static String header(String value, Charset fallback) {
        if (value == null) {
            return null;
        }
        String v = value.indexOf('\n') < 0 ? value : FOLD.matcher(value).replaceAll("");
        v = raw8bit(v, fallback);
        if (v.contains("=?")) {
            v = decodeWords(v);
        }
        return (v.indexOf('\r') < 0 && v.indexOf('\n') < 0 && v.indexOf('\t') < 0 ? v
                : CONTROLS.matcher(v).replaceAll(" ")).strip();
    }

    /** A folded header line break (unfolded) and the line breaks or tabs left (one space each). */
    private static final Pattern FOLD = Pattern.compile("\\r?\\n(?=[ \\t])");
    private static final Pattern CONTROLS = Pattern.compile("[\\r\\n\\t]+");

    /** Raw 8-bit header bytes (handed over as Latin-1 chars) read as UTF-8, else the fallback, else detected. */
    static String raw8bit(String v, Charset fallback) {
        boolean high = false;
        for (int i = 0; i < v.length(); i++) {
            char c = v.charAt(i);
            if (c > 0xFF) {
                return v;
            }
            high |= c >= 0x80 || c == 0x1B;
        }
        if (!high) {
            return v;
        }
        byte[] bytes = v.getBytes(StandardCharsets.ISO_8859_1);
        if (iso2022jp(bytes)) {
            return new String(bytes, charset("iso-2022-jp"));
        }
        String again = strictUtf8(bytes);
        if (again != null) {
            return again;
        }
        List<Charset> candidates = new ArrayList<>();
        if (fallback != null && !fallback.equals(WINDOWS_1252) && !fallback.equals(StandardCharsets.UTF_8)) {
            if (fallback.name().toLowerCase(Locale.ROOT).contains("2022")) {
                // a 7-bit body charset: Japanese senders' 8-bit headers are Shift_JIS or EUC-JP
                candidates.add(charset("shift_jis"));
                candidates.add(charset("euc-jp"));
            } else {
                candidates.add(fallback);
            }
        }
        candidates.add(detect(bytes));
        for (Charset c : candidates) {
            String text = strict(bytes, c);
            if (text != null) {
                return text;
            }
        }
        return new String(bytes, candidates.get(0));
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
            String text = decode(bytes, label).text();
            if (charset(label) == null && label.toLowerCase(Locale.ROOT).contains("utf-7")) {
                text = utf7(new String(bytes, StandardCharsets.US_ASCII));
            }
            m.appendReplacement(out, Matcher.quoteReplacement(text));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** RFC 2152 UTF-7 (Java has no charset for it): {@code +ANw-} is Ü; anything malformed stays as written. */
    static String utf7(String s) {
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (c != '+') {
                out.append(c);
                i++;
                continue;
            }
            int end = i + 1;
            while (end < s.length() && (Character.isLetterOrDigit(s.charAt(end)) || s.charAt(end) == '+' || s.charAt(end) == '/')
                    && s.charAt(end) < 0x80) {
                end++;
            }
            String b64 = s.substring(i + 1, end);
            if (b64.isEmpty()) {
                out.append('+');
            } else {
                try {
                    byte[] raw = Base64.getDecoder().decode(b64 + "==".substring(0, (4 - b64.length() % 4) % 4));
                    out.append(new String(raw, 0, raw.length - raw.length % 2, StandardCharsets.UTF_16BE));
                } catch (IllegalArgumentException e) {
                    out.append(s, i, end);
                }
            }
            i = end < s.length() && s.charAt(end) == '-' ? end + 1 : end;
        }
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
        Matcher m = PARAMETERS.computeIfAbsent(name, n -> Pattern.compile("(?i);\\s*" + Pattern.quote(n)
                + "\\s*=\\s*\"?([^\";\\s]+)\"?")).matcher(contentType);
        return m.find() ? m.group(1) : null;
    }
}
