package br.com.webplanet.roteiro.mail;

import br.com.webplanet.roteiro.model.Channel;
import br.com.webplanet.roteiro.model.Customer;
import br.com.webplanet.roteiro.model.CustomerRef;
import br.com.webplanet.roteiro.model.ExternalRef;
import br.com.webplanet.roteiro.model.HandoffDocument;
import br.com.webplanet.roteiro.model.Interaction;
import br.com.webplanet.roteiro.model.InteractionKind;
import br.com.webplanet.roteiro.model.Link;
import br.com.webplanet.roteiro.model.MailAddress;
import br.com.webplanet.roteiro.model.MailDecision;
import br.com.webplanet.roteiro.model.MailDisposition;
import br.com.webplanet.roteiro.model.NewInteraction;
import br.com.webplanet.roteiro.model.NewTicket;
import br.com.webplanet.roteiro.model.PriorityAssessment;
import br.com.webplanet.roteiro.model.Reopening;
import br.com.webplanet.roteiro.model.Ticket;
import br.com.webplanet.roteiro.model.TicketId;
import br.com.webplanet.roteiro.model.TicketStatus;
import br.com.webplanet.roteiro.spi.ActionRecord;
import br.com.webplanet.roteiro.spi.EffectNotPerformedException;
import br.com.webplanet.roteiro.spi.Handoffs;
import br.com.webplanet.roteiro.spi.HumanTask;
import br.com.webplanet.roteiro.spi.Journal;
import br.com.webplanet.roteiro.spi.RemoteException;
import br.com.webplanet.roteiro.spi.StepResult;
import br.com.webplanet.roteiro.spi.TicketConflictException;
import br.com.webplanet.roteiro.spi.TicketSystem;
import jakarta.mail.Message;
import java.io.InputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Takes one message through decision and effects. The whole decision is one journal effect
 * ({@code triage:<id>}) made of smaller idempotent effects ({@code mail:}, {@code reply:}, {@code reopen:},
 * {@code bounce:}, {@code ack:}), so a crash anywhere is finished, not repeated, by the next run.
 *
 * <p>The id a message is decided under is its Message-ID; a second, different mail (other Date or text)
 * re-using a Message-ID already decided is decided on its own under {@code <Message-ID>~<fingerprint>};
 * after {@link MailReplay a replay} the decision key carries the replay's generation ({@code #replay-n}).
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
    /** Ticket text (descriptions, notes, evidence) is pt-BR whatever the report's language. */
    private final Texts pt = new Texts(br.com.webplanet.roteiro.model.Localized.PT_BR);
    private final Clock clock;
    private final PriorityInference priority;
    private final Map<String, MailReplay.Replay> replays;
    private final CanaryRecognizer canaries;

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
        this.priority = new PriorityInference(config.intake().priorityRules());
        this.replays = journal.records(MailReplay.TOPIC, MailReplay.Replay.class);
        this.canaries = new CanaryRecognizer(journal);
    }

    /** Who a message is: the id it is decided under and the journal key of that decision. */
    record Identity(String id, String key, String fingerprint, String evidence) {}

    /**
     * A message read ahead of its decision: its id and its reading (or why it could not be read). Made by
     * {@link #prepare} on intake's reading thread; everything that touches the journal or the tickets
     * happens later, on the deciding thread.
     */
    record Prepared(Message message, String id, ParsedMail mail, UnreadableMailException unreadable,
                    RuntimeException failure) {
        /** The reading, or the failure thrown where the message is decided (as if read there). */
        ParsedMail read() throws UnreadableMailException {
            if (failure != null) {
                throw failure;
            }
            if (unreadable != null) {
                throw unreadable;
            }
            return mail;
        }
    }

    /** Reads {@code message}: pure work (no journal, no tickets), safe on another thread than the decisions. */
    Prepared prepare(Message message, String folder, long uid) {
        String id;
        try {
            id = reader.identity(message);
        } catch (RuntimeException e) {
            return new Prepared(message, null, null, null, e);
        }
        try {
            return new Prepared(message, id, reader.read(message, folder, uid), null, null);
        } catch (UnreadableMailException e) {
            return new Prepared(message, id, null, e, null);
        } catch (RuntimeException e) {
            return new Prepared(message, id, null, null, e);
        }
    }

    /**
     * The identity of a read message: its Message-ID, unless a different mail (Date or text digest differ)
     * was already decided under that Message-ID, then {@code <Message-ID>~<fingerprint>}.
     */
    Identity identify(Prepared prepared) {
        if (prepared.id() == null) {
            throw prepared.failure();
        }
        String id = prepared.id();
        String key = key(id);
        if (journal.state(key) != Journal.EffectState.DONE) {
            return new Identity(id, key, null, null);
        }
        Optional<String> earlier = journal.result(key, MailDecision.class).map(MailDecision::fingerprint);
        if (earlier.isEmpty()) {
            return new Identity(id, key, null, null);
        }
        String now;
        try {
            now = fingerprint(prepared.read());
        } catch (UnreadableMailException e) {
            return new Identity(id, key, null, null);
        }
        if (now.equals(earlier.get())) {
            return new Identity(id, key, now, null);
        }
        String variant = variant(id, now);
        return new Identity(variant, key(variant), now, "mesmo Message-ID " + id + " de outra mensagem já decidida, "
                + "mas conteúdo diferente (data, assunto ou texto: impressão " + earlier.get() + " ≠ " + now
                + "): decidida à parte");
    }

    /** {@code triage:<id>}, with the replay generation when the decision was withdrawn. */
    String key(String id) {
        MailReplay.Replay replay = replays.get(id);
        return "triage:" + id + (replay == null ? "" : "#replay-" + replay.generation());
    }

    static String variant(String messageId, String fingerprint) {
        String bare = messageId.replaceAll("^<|>$", "");
        return "<" + bare + "~" + fingerprint + ">";
    }

    /**
     * The first 16 hex digits of the SHA-256 of the Date header as written (not the time intake read it:
     * a mail without Date must not look different on the next run), the subject and the text: ticketing
     * tools re-use a Message-ID for notifications that differ only in subject or text.
     */
    static String fingerprint(ParsedMail mail) {
        String date = mail.header("Date");
        return MessageIds.sha256Hex(date == null ? "" : date.strip(), mail.subject(), mail.text()).substring(0, 16);
    }

    /** Decides and applies; returns the (possibly earlier) decision. */
    MailDecision process(Prepared message, Identity identity, String folder) {
        return journal.once(identity.key(), MailDecision.class, Optional::empty,
                () -> decideAndApply(message, identity, folder));
    }

    /** Dry-run: decides and reports what would be done, changing nothing. */
    MailDecision plan(Prepared message, Identity identity, String folder) {
        Decided d = decide(message, identity, folder);
        result.action(ActionRecord.planned("mail.triage", identity.id(),
                texts.get("action.plan", d.classification.disposition(), d.classification.evidence()), identity.key()));
        return decision(d, d.classification.ticket(), null, List.of());
    }

    /**
     * A message whose processing failed {@code attempts} times: recorded as quarantined with the reason,
     * so intake moves it to quarantine and its checkpoint moves on. The decision completes the message's
     * pending {@code triage:} intent ({@code key}, null when the message could not even be identified), so
     * nothing is left for a person to reconcile and only a replay decides it again.
     */
    MailDecision quarantineAfterFailures(Message message, String id, String key, String folder, int attempts,
                                         String reason) {
        MailDecision d = new MailDecision(id, MailDisposition.QUARANTINED, null,
                pt.get("evidence.poison", attempts, reason), null, reader.subjectOf(message), clock.instant(),
                null, null, folder);
        MailDecision recorded = key == null ? d : journal.once(key, MailDecision.class, () -> Optional.of(d), () -> d);
        journal.record(Handoffs.MAIL_DECISIONS, id, recorded);
        return recorded;
    }

    private record Decided(ParsedMail mail, Classification classification, Identity identity, String fallbackSubject,
                           String folder) {}

    private Decided decide(Prepared message, Identity identity, String folder) {
        try {
            ParsedMail mail = message.read();
            Optional<CanaryRecognizer.Sighting> canary = canaryOf(mail);
            if (canary.isPresent()) {   // roteiro's own probe: never a ticket, never acknowledged
                return new Decided(mail, Classification.of(MailDisposition.AUTOMATIC_IGNORED, null,
                        "canário do roteiro " + canary.get().canaryId()), identity, mail.subject(), folder);
            }
            return new Decided(mail, classifier.classify(mail, lookup), identity, mail.subject(), folder);
        } catch (UnreadableMailException e) {
            return new Decided(e.partial(), Classification.of(MailDisposition.QUARANTINED, null, e.getMessage()),
                    identity, reader.subjectOf(message.message()), folder);
        }
    }

    private MailDecision decideAndApply(Prepared message, Identity identity, String folder) throws Exception {
        Decided d = decide(message, identity, folder);
        Classification c = d.classification;
        TicketId ticket = c.ticket();
        ParsedMail mail = d.mail;
        String id = identity.id();
        List<String> more = new ArrayList<>();
        PriorityAssessment assessed = null;
        MailDisposition disposition = c.disposition();
        try {
            switch (c.disposition()) {
                case NEW_TICKET -> {
                    assessed = assess(mail);
                    ticket = open(mail, id, assessed, null, c.evidence());
                    acknowledge(mail, ticket, c, more);
                }
                case THREAD_REPLY -> {
                    Continued next = continueThread(mail, id, ticket, c.evidence(), more);
                    ticket = next.ticket();
                    assessed = next.priority();
                    if (next.opened()) {
                        disposition = MailDisposition.NEW_TICKET;
                        acknowledge(mail, ticket, new Classification(MailDisposition.NEW_TICKET, ticket, c.evidence(),
                                classifier.mayAutoReplyTo(mail.from()), List.of()), more);
                    }
                }
                case BOUNCE -> bounce(mail, id, ticket);
                case ROMANEIO -> handoff(mail, id, c, Handoffs.ROMANEIO_INBOX, ticket);
                case ARCHITECTS -> handoff(mail, id, c, Handoffs.ARCHITECT_INBOX, ticket);
                case AUTOMATIC_IGNORED -> result.action(ActionRecord.done("mail.automatic", id,
                        texts.get("action.automatic", id, c.evidence()), identity.key()));
                case QUARANTINED -> { }
            }
        } catch (RemoteException | EffectNotPerformedException thrown) {
            // the G3stor client says a refused write did not happen (EffectNotPerformedException, its cause the answer)
            RemoteException e = thrown instanceof RemoteException r ? r
                    : thrown.getCause() instanceof RemoteException r ? r : null;
            if (e == null || !refusedForGood(e)) {
                throw thrown;
            }
            // G3stor refused this mail's ticket for good (4xx): trying again every run would change nothing
            disposition = MailDisposition.QUARANTINED;
            more.add(pt.get("evidence.refused", e.status(), e.getMessage()));
        }
        if (mail != null) {
            canaryOf(mail).ifPresent(canaries::record);
        }
        MailDecision decision = decision(new Decided(mail, new Classification(disposition, ticket, c.evidence(),
                c.acknowledge(), c.documents()), identity, d.fallbackSubject, folder), ticket, assessed, more);
        journal.record(Handoffs.MAIL_DECISIONS, id, decision);
        return decision;
    }

    /** A 4xx other than 408 (time-out) and 429 (too many requests): the same request will be refused again. */
    static boolean refusedForGood(RemoteException e) {
        return e.status() >= 400 && e.status() < 500 && e.status() != 408 && e.status() != 429 && !e.retryable();
    }

    private Optional<CanaryRecognizer.Sighting> canaryOf(ParsedMail mail) {
        return canaries.recognise(mail.messageId(), mail.inReplyTo(), mail.references(), clock.instant());
    }

    private void acknowledge(ParsedMail mail, TicketId ticket, Classification c, List<String> more) {
        if (!c.acknowledge() || !config.ack().enabled() || !classifier.mayAutoReplyTo(mail.from())) {
            return;
        }
        Acknowledger.Result outcome = acknowledger.acknowledge(mail, ticket, clock.instant(),
                config.ack().skipWhenAuthFails());
        switch (outcome.outcome()) {
            case SENT -> result.increment("acksSent").action(ActionRecord.done("mail.ack", mail.from().normalized(),
                    texts.get("action.ack", ticket.value(), mail.from().normalized()), "ack:" + ticket));
            case RATE_LIMITED -> {
                result.increment("acksRateLimited");
                more.add(outcome.reason());
            }
            case AUTH_FAILED -> {
                result.increment("acksAuthFailed");
                more.add(outcome.reason());
            }
            case ALREADY_SENT -> { }
        }
    }

    private MailDecision decision(Decided d, TicketId ticket, PriorityAssessment assessed, List<String> more) {
        ParsedMail mail = d.mail;
        List<String> evidence = new ArrayList<>();
        if (d.identity.evidence() != null) {
            evidence.add(d.identity.evidence());
        }
        if (!d.classification.evidence().isBlank()) {
            evidence.add(d.classification.evidence());
        }
        evidence.addAll(more);
        return new MailDecision(d.identity.id(), d.classification.disposition(), ticket, String.join("; ", evidence),
                mail == null ? null : mail.from(), mail == null ? d.fallbackSubject : mail.subject(),
                mail == null ? clock.instant() : mail.sentAt(), assessed, mail == null ? null : fingerprint(mail),
                d.folder);
    }

    private PriorityAssessment assess(ParsedMail mail) {
        return priority.assess(mail.from(), mail.subject(), mail.text(), customerOf(mail.from()));
    }

    private final Map<String, Optional<Customer>> customers = new java.util.HashMap<>();

    private Optional<Customer> customerOf(MailAddress from) {
        return customers.computeIfAbsent(from.normalized(), a -> tickets.customerByEmail(from));
    }

    private TicketId open(ParsedMail mail, String id, PriorityAssessment assessed, Ticket previous, String why) {
        String key = "mail:" + id;
        return journal.once(key, TicketId.class,
                () -> tickets.findByExternalRef(ExternalRef.mail(id)).map(Ticket::id),
                () -> {
                    Ticket t = tickets.open(newTicket(mail, id, assessed, previous), key);
                    String line = texts.get("action.open", t.id().value(), mail.from().normalized(), t.subject(),
                            t.urgency().labelPtBR(), t.impact().labelPtBR(), String.join("; ", assessed.evidence()),
                            why);
                    result.action(ActionRecord.done("ticket.open", t.id().value(), line, key));
                    if (previous != null) {
                        tickets.addLink(previous.id(), new Link("ticket", ticketUri(t.id()),
                                pt.get("link.continuation", t.id().value())));
                    }
                    return t.id();
                });
    }

    static URI ticketUri(TicketId id) {
        return URI.create("roteiro:ticket:" + URLEncoder.encode(id.value(), StandardCharsets.UTF_8));
    }

    private NewTicket newTicket(ParsedMail mail, String id, PriorityAssessment assessed, Ticket previous) {
        MailAddress from = mail.from();
        Optional<Customer> customer = customerOf(from);
        CustomerRef ref = customer.map(c -> new CustomerRef(c.id(), c.name(), from)).orElse(CustomerRef.ofContact(from));
        String subject = mail.subject().isBlank() ? "(sem assunto)" : mail.subject();
        Set<String> participants = new LinkedHashSet<>();
        participants.add(from.normalized());
        Participants.colleagues(mail, from, classifier).forEach(a -> participants.add(a.normalized()));
        StringBuilder description = new StringBuilder();
        if (previous != null) {
            description.append(pt.get("text.continuation", previous.id().value(),
                    previous.status().label(br.com.webplanet.roteiro.model.Localized.PT_BR))).append("\n\n");
        }
        description.append(body(mail, id, mail.text()));
        description.append("\n\n").append(pt.get("text.priority", assessed.urgency().labelPtBR(),
                assessed.impact().labelPtBR(), String.join("; ", assessed.evidence())));
        List<ExternalRef> refs = new ArrayList<>(List.of(ExternalRef.mail(id)));
        return new NewTicket(refs, ref, subject, description.toString(), assessed.urgency(), assessed.impact(),
                Channel.EMAIL, participants, Set.of("email"));
    }

    /** Where the original mail stays: its Message-ID and folder (the UID changes when it is archived). */
    private String original(ParsedMail mail, String id) {
        String folder = config.intake().archiveFolder().orElse(mail.folder());
        return pt.get("text.original", id, folder);
    }

    private String body(ParsedMail mail, String id, String text) {
        StringBuilder b = new StringBuilder(text);
        if (!mail.attachments().isEmpty()) {
            String folder = config.intake().archiveFolder().orElse(mail.folder());
            b.append("\n\n").append(pt.get("text.attachments")).append("\n").append(mail.attachments().stream()
                    .map(a -> "- " + a.ref().fileName() + " (" + a.ref().contentType() + ", " + a.ref().size()
                            + " bytes) " + pt.get("text.attachment", part(a), id, folder))
                    .collect(Collectors.joining("\n")));
        }
        if (!mail.notes().isEmpty()) {
            b.append("\n\nObservações da leitura:\n- ").append(String.join("\n- ", mail.notes()));
        }
        return b.toString();
    }

    private static String part(ParsedMail.Attachment a) {
        String location = a.ref().location();
        return location == null ? "?" : location.substring(location.indexOf('#') + 1);
    }

    /** What a reply to a ticket became: still that ticket (maybe reopened) or a new ticket linked to it. */
    private record Continued(TicketId ticket, boolean opened, PriorityAssessment priority) {}

    private Continued continueThread(ParsedMail mail, String id, TicketId ticket, String why, List<String> more) {
        Optional<Ticket> current = tickets.get(ticket);
        Instant now = clock.instant();
        if (current.isPresent() && !current.get().status().isOpen()) {
            Ticket closed = current.get();
            Duration since = Duration.between(closed.statusSince(), now);
            boolean reopen = closed.status() == TicketStatus.CONCLUIDO && config.intake().reopens(since);
            if (!reopen) {
                PriorityAssessment assessed = assess(mail);
                more.add(texts.get(closed.status() == TicketStatus.CANCELADO ? "evidence.newAfterCancel"
                        : "evidence.newAfterWindow", closed.id().value(), days(since),
                        days(config.intake().reopenWindow())));
                TicketId opened = open(mail, id, assessed, closed, why + "; " + more.get(more.size() - 1));
                return new Continued(opened, true, assessed);
            }
        }
        reply(mail, id, ticket, InteractionKind.CUSTOMER_MESSAGE, "reply:", why);
        joinColleagues(mail, ticket);
        if (current.isPresent() && current.get().status() == TicketStatus.CONCLUIDO) {
            reopen(mail, id, current.get(), now, more);
        }
        return new Continued(ticket, false, null);
    }

    private static long days(Duration d) {
        return d.toDays();
    }

    private void reopen(ParsedMail mail, String id, Ticket closed, Instant now, List<String> more) {
        String key = "reopen:" + id;
        String evidence = pt.get("evidence.reopened", closed.id().value(),
                closed.statusSince().toString().substring(0, 10), days(Duration.between(closed.statusSince(), now)),
                days(config.intake().reopenWindow()));
        String note = pt.get("note.reopened", mail.from().normalized(), id, closed.statusSince().toString()
                .substring(0, 10));
        journal.once(key, Long.class,
                () -> tickets.get(closed.id()).filter(t -> t.status() == TicketStatus.EM_ANALISE
                        && t.version() > closed.version()).map(Ticket::version),
                () -> {
                    Ticket t = closed;
                    for (int attempt = 0; ; attempt++) {
                        try {
                            return tickets.changeStatus(t.id(), TicketStatus.EM_ANALISE, t.version(), note).version();
                        } catch (TicketConflictException e) {
                            t = e.current();
                            if (t.status() == TicketStatus.EM_ANALISE || attempt >= 2) {
                                return t.version();
                            }
                        }
                    }
                });
        journal.record(Handoffs.REOPENED_TICKETS, closed.id().value(),
                new Reopening(closed.id(), now, closed.status(), id, evidence));
        more.add(evidence);
        result.increment("reopened").action(ActionRecord.done("ticket.reopen", closed.id().value(),
                texts.get("action.reopen", closed.id().value(), mail.from().normalized()), key));
    }

    private void joinColleagues(ParsedMail mail, TicketId ticket) {
        MailAddress customer = lookup.contactOf(ticket).orElse(mail.from());
        for (MailAddress colleague : Participants.colleagues(mail, customer, classifier)) {
            if (!lookup.isParticipant(ticket, colleague)) {
                tickets.addParticipant(ticket, colleague);
                result.increment("participantsAdded").action(ActionRecord.done("ticket.participant", ticket.value(),
                        texts.get("action.participant", colleague.normalized(), ticket.value()), null));
            }
        }
    }

    private void reply(ParsedMail mail, String id, TicketId ticket, InteractionKind kind, String prefix, String why) {
        String key = prefix + id;
        journal.once(key, String.class,
                () -> tickets.interactions(ticket, null).stream()
                        .filter(i -> id.equals(i.externalRef())).map(Interaction::id).findFirst(),
                () -> {
                    String author = mail.from() == null ? "MAILER-DAEMON" : mail.from().normalized();
                    String text = mail.text();
                    String trimmedNote = "";
                    if (kind == InteractionKind.CUSTOMER_MESSAGE) {
                        ReplyTrimmer.Trimmed t = ReplyTrimmer.trim(text);
                        text = t.text();
                        if (t.trimmed()) {
                            trimmedNote = "\n\n" + pt.get("text.trimmed", t.omitted()) + " " + original(mail, id);
                        }
                    }
                    Interaction i = tickets.addInteraction(ticket,
                            new NewInteraction(kind, author, body(mail, id, text) + trimmedNote, mail.sentAt(), id), key);
                    if (kind == InteractionKind.CUSTOMER_MESSAGE) {
                        result.action(ActionRecord.done("ticket.reply", ticket.value(),
                                texts.get("action.reply", author, ticket.value(), why), key));
                    }
                    return i.id();
                });
    }

    private void bounce(ParsedMail mail, String id, TicketId ticket) {
        if (ticket != null) {
            reply(mail, id, ticket, InteractionKind.BOUNCE, "bounce:", "");
        }
        if (mail.report() == null) {
            return;
        }
        for (String failed : mail.report().failedRecipients()) {
            MailAddress address = MailAddress.of(failed);
            String reason = "não entrega: " + (mail.report().diagnostic().isEmpty() ? mail.subject() : mail.report().diagnostic());
            journal.once("flag:" + id + ":" + address.normalized(), String.class,
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

    private void handoff(ParsedMail mail, String messageId, Classification c, String topic, TicketId ticket) throws Exception {
        for (ParsedMail.Attachment a : c.documents()) {
            String id = messageId + "#" + part(a);
            byte[] bytes;
            try (InputStream in = a.content().open()) {
                bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, config.intake().handoffMaxBytes() + 1));
            }
            if (bytes.length > config.intake().handoffMaxBytes()) {
                result.humanTask(HumanTask.about(FolderIntake.taskSubject(id), texts.get("task.tooLarge"),
                        a.ref().fileName() + " — " + messageId,
                        a.ref().size() + " bytes > " + config.intake().handoffMaxBytes(), null)).itemFailed();
                continue;
            }
            result.reexamined(FolderIntake.taskSubject(id));   // handed off now (e.g. replayed with a higher limit)
            journal.record(topic, id, HandoffDocument.of(id, "mail " + messageId + " de " + mail.from().normalized(),
                    a.ref().fileName(), a.ref().contentType(), bytes, ticket));
            result.increment("documentsHandedOff").action(ActionRecord.done("textura.handoff", a.ref().fileName(),
                    texts.get("action.handoff", a.ref().fileName()), null));
        }
    }
}
