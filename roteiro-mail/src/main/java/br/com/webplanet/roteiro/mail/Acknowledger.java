package br.com.webplanet.roteiro.mail;

import br.com.webplanet.roteiro.model.MailAddress;
import br.com.webplanet.roteiro.model.OutgoingMail;
import br.com.webplanet.roteiro.model.SentMail;
import br.com.webplanet.roteiro.model.TicketId;
import br.com.webplanet.roteiro.spi.Journal;
import br.com.webplanet.roteiro.spi.Mailer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Sends the acknowledgement of a new ticket once ({@code ack:<ticket>}), reconciled against the Sent
 * folder by its Message-ID, rate-limited per address, threaded to the customer's message.
 */
final class Acknowledger {
    /** What happened to an acknowledgement. */
    enum Outcome { SENT, ALREADY_SENT, RATE_LIMITED }

    private final Mailer mailer;
    private final Journal journal;
    private final MessageIds ids;
    private final AckTemplate template;
    private final AckRateLimiter limiter;
    private final String team;

    Acknowledger(Mailer mailer, Journal journal, MessageIds ids, AckTemplate template, AckRateLimiter limiter,
                 String team) {
        this.mailer = mailer;
        this.journal = journal;
        this.ids = ids;
        this.template = template;
        this.limiter = limiter;
        this.team = team;
    }

    Outcome acknowledge(ParsedMail mail, TicketId ticket, Instant now) {
        String key = "ack:" + ticket.value();
        Journal.EffectState before = journal.state(key);
        if (before == Journal.EffectState.DONE) {
            return Outcome.ALREADY_SENT;
        }
        MailAddress to = mail.from();
        if (before == Journal.EffectState.ABSENT && !limiter.allows(to, now)) {
            return Outcome.RATE_LIMITED;
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
            return Outcome.SENT;
        }
        return Outcome.ALREADY_SENT;
    }

    OutgoingMail compose(ParsedMail mail, TicketId ticket) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("ticket", ticket.value());
        values.put("tag", MessageIds.tag(ticket));
        values.put("marker", MessageIds.marker(ticket));
        values.put("name", mail.from().name() != null ? mail.from().name() : mail.from().address());
        String subject = mail.subject().isBlank() ? "-" : mail.subject();
        values.put("subject", subject.length() > 150 ? subject.substring(0, 150) + "…" : subject);
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
        return new OutgoingMail(List.of(mail.from()), r.subject(), r.text(), null, ids.forTicket(ticket, "ack"),
                inReplyTo, references, Map.of("Auto-Submitted", "auto-replied", "X-Auto-Response-Suppress", "All"),
                ticket);
    }
}
