package br.com.webplanet.roteiro.mail;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Turns an HTML mail body into readable plain text (paragraphs, line breaks, list items, entities). */
final class HtmlText {
    private static final Pattern INVISIBLE = Pattern.compile("(?is)<(script|style|head|title)\\b.*?</\\1\\s*>");
    private static final Pattern COMMENT = Pattern.compile("(?s)<!--.*?-->");
    private static final Pattern BREAK = Pattern.compile("(?i)<\\s*(br|/p|/div|/tr|/h[1-6]|/li|/blockquote|/table)\\b[^>]*>");
    private static final Pattern ITEM = Pattern.compile("(?i)<\\s*li\\b[^>]*>");
    private static final Pattern CELL = Pattern.compile("(?i)</t[dh]\\s*>");
    private static final Pattern TAG = Pattern.compile("(?s)<[^>]*>");
    private static final Pattern ENTITY = Pattern.compile("&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z]{2,8});");
    private static final Map<String, String> NAMED = Map.ofEntries(
            Map.entry("nbsp", " "), Map.entry("amp", "&"), Map.entry("lt", "<"), Map.entry("gt", ">"),
            Map.entry("quot", "\""), Map.entry("apos", "'"), Map.entry("ccedil", "ç"), Map.entry("Ccedil", "Ç"),
            Map.entry("atilde", "ã"), Map.entry("Atilde", "Ã"), Map.entry("otilde", "õ"), Map.entry("Otilde", "Õ"),
            Map.entry("aacute", "á"), Map.entry("Aacute", "Á"), Map.entry("eacute", "é"), Map.entry("Eacute", "É"),
            Map.entry("iacute", "í"), Map.entry("Iacute", "Í"), Map.entry("oacute", "ó"), Map.entry("Oacute", "Ó"),
            Map.entry("uacute", "ú"), Map.entry("Uacute", "Ú"), Map.entry("acirc", "â"), Map.entry("Acirc", "Â"),
            Map.entry("ecirc", "ê"), Map.entry("Ecirc", "Ê"), Map.entry("ocirc", "ô"), Map.entry("Ocirc", "Ô"),
            Map.entry("agrave", "à"), Map.entry("Agrave", "À"), Map.entry("uuml", "ü"), Map.entry("ndash", "–"),
            Map.entry("mdash", "—"), Map.entry("hellip", "…"), Map.entry("copy", "©"), Map.entry("reg", "®"),
            Map.entry("ordm", "º"), Map.entry("ordf", "ª"), Map.entry("euro", "€"));

    private HtmlText() {}

    static String toText(String html) {
        if (html == null || html.isEmpty()) {
            return "";
        }
        String s = COMMENT.matcher(html).replaceAll("");
        s = INVISIBLE.matcher(s).replaceAll("");
        s = s.replaceAll("[\\r\\n]+", " ");
        s = ITEM.matcher(s).replaceAll("\n- ");
        s = BREAK.matcher(s).replaceAll("\n");
        s = CELL.matcher(s).replaceAll("\t");
        s = TAG.matcher(s).replaceAll("");
        s = unescape(s);
        s = s.replaceAll("[ \\t\\u00A0]+", " ").replaceAll(" ?\\n ?", "\n").replaceAll("\\n{3,}", "\n\n");
        s = s.replaceAll("\\n+- ", "\n- ");
        return s.strip();
    }

    static String unescape(String s) {
        Matcher m = ENTITY.matcher(s);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String e = m.group(1);
            String r;
            if (e.startsWith("#x") || e.startsWith("#X")) {
                r = codePoint(Integer.parseInt(e.substring(2), 16), m.group());
            } else if (e.startsWith("#")) {
                r = codePoint(Integer.parseInt(e.substring(1)), m.group());
            } else {
                r = NAMED.getOrDefault(e, m.group());
            }
            m.appendReplacement(out, Matcher.quoteReplacement(r));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static String codePoint(int cp, String original) {
        return Character.isValidCodePoint(cp) && cp != 0 ? new String(Character.toChars(cp)) : original;
    }
}
