package br.com.webplanet.roteiro.mail;

import br.com.webplanet.roteiro.model.Channel;
import br.com.webplanet.roteiro.model.Customer;
import br.com.webplanet.roteiro.model.CustomerRef;
import br.com.webplanet.roteiro.model.ExternalRef;
import br.com.webplanet.roteiro.model.HandoffDocument;
import br.com.webplanet.roteiro.model.Interaction;
import br.com.webplanet.roteiro.model.InteractionKind;
import br.com.webplanet.roteiro.model.MailAddress;
import br.com.webplanet.roteiro.model.MailDecision;
import br.com.webplanet.roteiro.model.MailDisposition;
import br.com.webplanet.roteiro.model.NewInteraction;
import br.com.webplanet.roteiro.model.NewTicket;
import br.com.webplanet.roteiro.model.Ticket;
import br.com.webplanet.roteiro.model.TicketId;
import br.com.webplanet.roteiro.spi.ActionRecord;
import br.com.webplanet.roteiro.spi.Handoffs;
import br.com.webplanet.roteiro.spi.HumanTask;
import br.com.webplanet.roteiro.spi.Journal;
import br.com.webplanet.roteiro.spi.StepResult;
import br.com.webplanet.roteiro.spi.TicketSystem;
import jakarta.mail.Message;
import java.io.InputStream;
import java.time.Clock;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Takes one message through decision and effects. The whole decision is one journal effect
 * ({@code triage:<Message-ID>}) made of smaller idempotent effects ({@code mail:}, {@code reply:},
 * {@code bounce:}, {@code ack:}), so a crash anywhere is finished, not repeated, by the next run.
 */
final class MessageProcessor {
    private final MailConfig config;
    private final Journal journal;
    private final TicketSystem tickets;
    private final MailClassifier classifier;
    private final MessageReader reader;
    private final IntakeLookup lookup;
    private final Acknowledger acknowledger;
    private final StepResult.Builder result;
    private final Texts texts;
    private final Clock clock;

    MessageProcessor(MailConfig config, Journal journal, TicketSystem tickets, IntakeLookup lookup,
                     Acknowledger acknowledger, StepResult.Builder result, Texts texts, Clock clock) {
        this.config = config;
        this.journal = journal;
        this.tickets = tickets;
        this.classifier = new MailClassifier(config);
        this.reader = new MessageReader(clock.instant());
        this.lookup = lookup;
        this.acknowledger = acknowledger;
        this.result = result;
        this.texts = texts;
        this.clock = clock;
    }

    String idOf(Message message) {
        return reader.identity(message);
    }

    /** Decides and applies; returns the (possibly earlier) decision. */
    MailDecision process(Message message, String messageId, String folder, long uid) {
        return journal.once("triage:" + messageId, MailDecision.class, Optional::empty,
                () -> decideAndApply(message, messageId, folder, uid));
    }

    /** Dry-run: decides and reports what would be done, changing nothing. */
    MailDecision plan(Message message, String messageId, String folder, long uid) {
        Decided d = decide(message, messageId, folder, uid);
        result.action(ActionRecord.planned("mail.triage", messageId,
                texts.get("action.plan", d.classification.disposition(), d.classification.evidence()), "triage:" + messageId));
        return decision(d, d.classification.ticket());
    }

    private record Decided(ParsedMail mail, Classification classification, String messageId, String fallbackSubject) {}

    private Decided decide(Message message, String messageId, String folder, long uid) {
        try {
            ParsedMail mail = reader.read(message, folder, uid);
            return new Decided(mail, classifier.classify(mail, lookup), messageId, mail.subject());
        } catch (UnreadableMailException e) {
            return new Decided(e.partial(), Classification.of(MailDisposition.QUARANTINED, null, e.getMessage()), messageId,
                    reader.subjectOf(message));
        }
    }

    private MailDecision decideAndApply(Message message, String messageId, String folder, long uid) throws Exception {
        Decided d = decide(message, messageId, folder, uid);
        Classification c = d.classification;
        TicketId ticket = c.ticket();
        ParsedMail mail = d.mail;
        switch (c.disposition()) {
            case NEW_TICKET -> {
                ticket = open(mail);
                if (c.acknowledge() && config.ack().enabled() && classifier.mayAutoReplyTo(mail.from())) {
                    Acknowledger.Outcome outcome = acknowledger.acknowledge(mail, ticket, clock.instant());
                    if (outcome == Acknowledger.Outcome.SENT) {
                        result.increment("acksSent").action(ActionRecord.done("mail.ack", mail.from().normalized(),
                                texts.get("action.ack", ticket.value(), mail.from().normalized()), "ack:" + ticket));
                    } else if (outcome == Acknowledger.Outcome.RATE_LIMITED) {
                        result.increment("acksRateLimited");
                    }
                }
            }
            case THREAD_REPLY -> reply(mail, ticket, InteractionKind.CUSTOMER_MESSAGE, "reply:");
            case BOUNCE -> bounce(mail, ticket);
            case ROMANEIO -> handoff(mail, c, Handoffs.ROMANEIO_INBOX, ticket);
            case ARCHITECTS -> handoff(mail, c, Handoffs.ARCHITECT_INBOX, ticket);
            case AUTOMATIC_IGNORED, QUARANTINED -> { }
        }
        MailDecision decision = decision(d, ticket);
        journal.record(Handoffs.MAIL_DECISIONS, messageId, decision);
        return decision;
    }

    private MailDecision decision(Decided d, TicketId ticket) {
        ParsedMail mail = d.mail;
        return new MailDecision(d.messageId, d.classification.disposition(), ticket, d.classification.evidence(),
                mail == null ? null : mail.from(), mail == null ? d.fallbackSubject : mail.subject(),
                mail == null ? clock.instant() : mail.sentAt());
    }

    private TicketId open(ParsedMail mail) {
        String key = "mail:" + mail.messageId();
        return journal.once(key, TicketId.class,
                () -> tickets.findByExternalRef(ExternalRef.mail(mail.messageId())).map(Ticket::id),
                () -> {
                    Ticket t = tickets.open(newTicket(mail), key);
                    result.action(ActionRecord.done("ticket.open", t.id().value(),
                            texts.get("action.open", t.id().value(), mail.from().normalized(), t.subject()), key));
                    return t.id();
                });
    }

    private NewTicket newTicket(ParsedMail mail) {
        MailAddress from = mail.from();
        Optional<Customer> customer = tickets.customerByEmail(from);
        CustomerRef ref = customer.map(c -> new CustomerRef(c.id(), c.name(), from)).orElse(CustomerRef.ofContact(from));
        String subject = mail.subject().isBlank() ? "(sem assunto)" : mail.subject();
        return new NewTicket(java.util.List.of(ExternalRef.mail(mail.messageId())), ref, subject, body(mail), null,
                null, Channel.EMAIL, Set.of(from.normalized()), Set.of("email"));
    }

    private static String body(ParsedMail mail) {
        StringBuilder b = new StringBuilder(mail.text());
        if (!mail.attachments().isEmpty()) {
            b.append("\n\nAnexos:\n").append(mail.attachments().stream()
                    .map(a -> "- " + a.ref().fileName() + " (" + a.ref().contentType() + ", " + a.ref().size()
                            + " bytes) " + a.ref().location())
                    .collect(Collectors.joining("\n")));
        }
        if (!mail.notes().isEmpty()) {
            b.append("\n\nObservações da leitura:\n- ").append(String.join("\n- ", mail.notes()));
        }
        return b.toString();
    }

    private void reply(ParsedMail mail, TicketId ticket, InteractionKind kind, String prefix) {
        String key = prefix + mail.messageId();
        journal.once(key, String.class,
                () -> tickets.interactions(ticket, null).stream()
                        .filter(i -> mail.messageId().equals(i.externalRef())).map(Interaction::id).findFirst(),
                () -> {
                    String author = mail.from() == null ? "MAILER-DAEMON" : mail.from().normalized();
                    Interaction i = tickets.addInteraction(ticket,
                            new NewInteraction(kind, author, body(mail), mail.sentAt(), mail.messageId()), key);
                    if (kind == InteractionKind.CUSTOMER_MESSAGE) {
                        result.action(ActionRecord.done("ticket.reply", ticket.value(),
                                texts.get("action.reply", author, ticket.value()), key));
                    }
                    return i.id();
                });
    }

    private void bounce(ParsedMail mail, TicketId ticket) {
        if (ticket != null) {
            reply(mail, ticket, InteractionKind.BOUNCE, "bounce:");
        }
        if (mail.report() == null) {
            return;
        }
        for (String failed : mail.report().failedRecipients()) {
            MailAddress address = MailAddress.of(failed);
            String reason = "não entrega: " + (mail.report().diagnostic().isEmpty() ? mail.subject() : mail.report().diagnostic());
            journal.once("flag:" + mail.messageId() + ":" + address.normalized(), String.class,
                    () -> {
                        tickets.flagContact(address, reason);
                        return Optional.of(address.normalized());
                    },
                    () -> {
                        tickets.flagContact(address, reason);
                        return address.normalized();
                    });
            result.increment("contactsFlagged").action(ActionRecord.done("contact.flag", address.normalized(),
                    texts.get("action.bounce", ticket == null ? "-" : ticket.value(), address.normalized()), null));
        }
    }

    private void handoff(ParsedMail mail, Classification c, String topic, TicketId ticket) throws Exception {
        for (ParsedMail.Attachment a : c.documents()) {
            String id = mail.messageId() + "#" + a.ref().location().substring(a.ref().location().indexOf('#') + 1);
            byte[] bytes;
            try (InputStream in = a.content().open()) {
                bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, config.intake().handoffMaxBytes() + 1));
            }
            if (bytes.length > config.intake().handoffMaxBytes()) {
                result.humanTask(new HumanTask(texts.get("task.tooLarge"), a.ref().fileName() + " — " + mail.messageId(),
                        a.ref().size() + " bytes > " + config.intake().handoffMaxBytes(), null)).itemFailed();
                continue;
            }
            journal.record(topic, id, HandoffDocument.of(id, "mail " + mail.messageId() + " de " + mail.from().normalized(),
                    a.ref().fileName(), a.ref().contentType(), bytes, ticket));
            result.increment("documentsHandedOff").action(ActionRecord.done("textura.handoff", a.ref().fileName(),
                    texts.get("action.handoff", a.ref().fileName()), null));
        }
    }
}
