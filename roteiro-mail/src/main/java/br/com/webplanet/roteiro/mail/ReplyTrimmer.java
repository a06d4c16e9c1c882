package br.com.webplanet.roteiro.mail;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Keeps what a person wrote in a reply and leaves out what the mail client quoted below it and the
 * signature: Gmail's "Em … escreveu:" / "On … wrote:" (also wrapped over two lines), Outlook's
 * "De: … Enviado:" / "From: … Sent:" header block and "-----Original Message-----" /
 * "-----Mensagem original-----", Apple Mail's "Em …, à(s) …, … escreveu:", {@code >} quoting, the
 * {@code -- } signature separator and "Enviado do meu iPhone"-style footers, in pt-BR and English. Pure.
 */
final class ReplyTrimmer {
    private static final Pattern ATTRIBUTION_START = Pattern.compile("(?i)^\\s*(em|on|le|am|el)\\s.{4,}");
    private static final Pattern ATTRIBUTION_END = Pattern.compile("(?i).*(escreveu|wrote|a écrit|schrieb|escribió)\\s*:\\s*$");
    private static final Pattern ORIGINAL = Pattern.compile(
            "(?i)^\\s*-{2,}\\s*(original message|mensagem original|mensaje original|forwarded by .*)\\s*-{2,}\\s*$");
    private static final Pattern OUTLOOK_FROM = Pattern.compile("(?i)^\\s*\\*?(de|from)\\s*:\\*?\\s+\\S.*");
    private static final Pattern OUTLOOK_NEXT = Pattern.compile(
            "(?i)^\\s*\\*?(enviad[oa]( em)?|sent|data|date|para|to|cc|assunto|subject)\\s*:\\*?.*");
    private static final Pattern RULE = Pattern.compile("^\\s*_{10,}\\s*$");
    private static final Pattern SIGNATURE = Pattern.compile("^--\\s?$");
    private static final Pattern MOBILE_FOOTER = Pattern.compile(
            "(?i)^\\s*(enviado (do|de) meu|sent from my|enviado via|get outlook for)\\b.*");

    private ReplyTrimmer() {}

    /**
     * @param text    what the person wrote, as stored on the ticket
     * @param omitted lines of quoted text and signature left out (0: nothing trimmed)
     */
    record Trimmed(String text, int omitted) {
        boolean trimmed() {
            return omitted > 0;
        }
    }

    static Trimmed trim(String body) {
        String[] lines = (body == null ? "" : body).replace("\r\n", "\n").split("\n", -1);
        int cut = lines.length;
        for (int i = 0; i < lines.length; i++) {
            if (startsQuote(lines, i)) {
                cut = i;
                break;
            }
        }
        List<String> kept = new ArrayList<>();
        int omitted = lines.length - cut;
        for (int i = 0; i < cut; i++) {
            if (lines[i].stripLeading().startsWith(">")) {
                omitted++;
            } else {
                kept.add(lines[i]);
            }
        }
        String text = String.join("\n", kept).strip();
        if (text.isEmpty()) {
            return new Trimmed(body == null ? "" : body.strip(), 0);
        }
        return new Trimmed(text, omitted);
    }

    private static boolean startsQuote(String[] lines, int i) {
        String line = lines[i];
        if (ORIGINAL.matcher(line).matches() || SIGNATURE.matcher(line).matches()
                || MOBILE_FOOTER.matcher(line).matches()) {
            return true;
        }
        if (ATTRIBUTION_END.matcher(line).matches() && (ATTRIBUTION_START.matcher(line).matches()
                || i > 0 && ATTRIBUTION_START.matcher(lines[i - 1]).matches())) {
            return true;
        }
        if (ATTRIBUTION_START.matcher(line).matches() && i + 1 < lines.length
                && ATTRIBUTION_END.matcher(lines[i + 1]).matches() && lines[i + 1].length() < 40) {
            return true;
        }
        int next = i + 1;
        if (RULE.matcher(line).matches()) {
            return next < lines.length && OUTLOOK_FROM.matcher(lines[next]).matches();
        }
        return OUTLOOK_FROM.matcher(line).matches() && next < lines.length && OUTLOOK_NEXT.matcher(lines[next]).matches()
                && next + 1 < lines.length && OUTLOOK_NEXT.matcher(lines[next + 1]).matches();
    }
}
