package br.com.webplanet.roteiro.mail;

import br.com.webplanet.roteiro.model.MailAddress;
import br.com.webplanet.roteiro.model.OutgoingMail;
import br.com.webplanet.roteiro.model.SentMail;
import br.com.webplanet.roteiro.model.TicketId;
import br.com.webplanet.roteiro.model.TicketMailScheme;
import br.com.webplanet.roteiro.spi.Journal;
import br.com.webplanet.roteiro.spi.Mailer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Sends the acknowledgement of a new ticket once ({@code ack:<ticket>}), reconciled against the Sent
 * folder by its Message-ID, within the per-address, per-domain and global budgets, threaded to the customer's
 * message; never to a sender our server saw fail SPF or DMARC (when configured), and echoing only bounded,
 * link-free text of the sender's (no backscatter of a spammer's text from our domain).
 */
final class Acknowledger {
    /** What happened to an acknowledgement. */
    enum Outcome { SENT, ALREADY_SENT, RATE_LIMITED, AUTH_FAILED }

    /** What happened, and why when nothing was sent (pt-BR, for the decision's evidence). */
    record Result(Outcome outcome, String reason) {}

    private static final Pattern URL = Pattern.compile(
            "(?i)(\\b(https?|ftp)://\\S*|\\bwww\\.\\S*|\\b[\\w-]+(\\.[\\w-]+)*\\.(com|net|org|info|biz|br|ru|cn|io|xyz|top|site|online|shop|link|click)\\b\\S*)");
    private static final Pattern AUTH_FAIL = Pattern.compile("(?i)\\b(spf|dmarc)\\s*=\\s*fail\\b");
    static final int MAX_NAME = 60;
    static final int MAX_SUBJECT = 120;

    private final Mailer mailer;
    private final Journal journal;
    private final TicketMailScheme ids;
    private final AckTemplate template;
    private final AckRateLimiter limiter;
    private final String team;

    Acknowledger(Mailer mailer, Journal journal, TicketMailScheme ids, AckTemplate template, AckRateLimiter limiter,
                 String team) {
        this.mailer = mailer;
        this.journal = journal;
        this.ids = ids;
        this.template = template;
        this.limiter = limiter;
        this.team = team;
    }

    Result acknowledge(ParsedMail mail, TicketId ticket, Instant now, boolean skipWhenAuthFails) {
        String key = "ack:" + ticket.value();
        Journal.EffectState before = journal.state(key);
        if (before == Journal.EffectState.DONE) {
            return new Result(Outcome.ALREADY_SENT, null);
        }
        MailAddress to = mail.from();
        if (before == Journal.EffectState.ABSENT) {
            Optional<String> failed = authFailure(mail);
            if (skipWhenAuthFails && failed.isPresent()) {
                return new Result(Outcome.AUTH_FAILED, "confirmação não enviada: Authentication-Results do nosso "
                        + "servidor diz " + failed.get() + " (remetente possivelmente forjado)");
            }
            Optional<String> refused = limiter.refusal(to, now);
            if (refused.isPresent()) {
                return new Result(Outcome.RATE_LIMITED, "confirmação não enviada: " + refused.get());
            }
        }
        OutgoingMail ack = compose(mail, ticket);
        boolean[] sentNow = {false};
        journal.once(key, SentMail.class, () -> mailer.findSent(ack.messageId()), () -> {
            SentMail sent = mailer.send(ack);
            sentNow[0] = true;
            return sent;
        });
        if (sentNow[0]) {
            limiter.sent(to, now);
            return new Result(Outcome.SENT, null);
        }
        return new Result(Outcome.ALREADY_SENT, null);
    }

    /** {@code spf=fail} / {@code dmarc=fail} found in Authentication-Results, or empty. */
    static Optional<String> authFailure(ParsedMail mail) {
        String results = mail.header("Authentication-Results");
        if (results == null) {
            return Optional.empty();
        }
        Matcher m = AUTH_FAIL.matcher(results);
        List<String> found = new ArrayList<>();
        while (m.find()) {
            found.add(m.group(1).toLowerCase(java.util.Locale.ROOT) + "=fail");
        }
        return found.isEmpty() ? Optional.empty() : Optional.of(String.join(", ", found.stream().distinct().toList()));
    }

    /**
     * Text from the sender that an acknowledgement may echo: one line, control characters and anything that
     * looks like a link or a domain removed, cut at {@code max} characters.
     */
    static String echo(String text, int max) {
        if (text == null) {
            return "";
        }
        String s = text.replaceAll("[\\p{Cntrl}\\p{Cf}]", " ");
        s = URL.matcher(s).replaceAll(" ");
        s = s.replaceAll("[<>\\[\\]{}|\\\\^`@]", " ").replaceAll("\\s+", " ").strip();
        return s.length() > max ? s.substring(0, max - 1).strip() + "…" : s;
    }

    OutgoingMail compose(ParsedMail mail, TicketId ticket) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("ticket", ticket.value());
        values.put("tag", TicketMailScheme.tag(ticket));
        values.put("marker", TicketMailScheme.marker(ticket));
        String name = echo(mail.from().name(), MAX_NAME);
        values.put("name", name.isEmpty() ? mail.from().address() : name);
        String subject = echo(mail.subject(), MAX_SUBJECT);
        values.put("subject", subject.isEmpty() ? "-" : subject);
        values.put("team", team);
        AckTemplate.Rendered r = template.render(values);
        List<String> references = new ArrayList<>(mail.references());
        String inReplyTo = null;
        if (!mail.syntheticId()) {
            references.add(mail.messageId());
            inReplyTo = mail.messageId();
        }
        if (references.size() > 20) {
            references = references.subList(references.size() - 20, references.size());
        }
        return new OutgoingMail(List.of(mail.from()), r.subject(), r.text(), null, ids.messageId(ticket, "ack"),
                inReplyTo, references, Map.of("Auto-Submitted", "auto-replied", "X-Auto-Response-Suppress", "All"),
                ticket);
    }
}
