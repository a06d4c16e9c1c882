package br.com.webplanet.roteiro.mail;

import br.com.webplanet.roteiro.model.MailAddress;
import br.com.webplanet.roteiro.model.MailDisposition;
import br.com.webplanet.roteiro.model.TicketId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Decides what a received message is, from its headers, addresses and text only (no I/O besides the
 * {@link ThreadLookup}): bounce, automatic mail (RFC 3834 and the usual vendor headers), our own mail,
 * a Textura document, a reply to a known ticket, or a new request. Every decision carries its evidence.
 */
final class MailClassifier {
    private static final Pattern NO_REPLY = Pattern.compile(
            "^(no-?reply|do-?not-?reply|nao-?responda|naoresponda|mailer-daemon|postmaster|bounces?)([+._-].*)?@.*");
    private static final Pattern DAEMON = Pattern.compile("^(mailer-daemon|postmaster)([+._-].*)?@.*");
    private static final Pattern AUTO_SUBJECT = Pattern.compile("(?i)^\\s*(resposta autom[aá]tica|"
            + "aus[eê]ncia|fora do escrit[oó]rio|automatic reply|auto(matic)?[ -]?reply|out of (the )?office|"
            + "auto:|autosvar|abwesenheit)");
    private final MailConfig config;
    private final MessageIds ids;

    MailClassifier(MailConfig config) {
        this.config = Objects.requireNonNull(config, "config is null");
        this.ids = new MessageIds(config.messageIdDomain());
    }

    Classification classify(ParsedMail mail, ThreadLookup lookup) {
        MailAddress from = mail.from();
        if (isBounce(mail)) {
            return bounce(mail, lookup);
        }
        if (from == null) {
            return Classification.of(MailDisposition.QUARANTINED, null, "sem remetente válido (From ausente ou ilegível)");
        }
        List<String> evidence = new ArrayList<>();
        Optional<TicketId> thread = threadOf(mail, lookup, evidence);
        Optional<String> automatic = automatic(mail, lookup);
        if (automatic.isPresent()) {
            return Classification.of(MailDisposition.AUTOMATIC_IGNORED, thread.orElse(null), automatic.get());
        }
        if (isOurs(from)) {
            return Classification.of(MailDisposition.AUTOMATIC_IGNORED, thread.orElse(null),
                    "enviado por um endereço nosso (" + from.normalized() + ")");
        }
        List<ParsedMail.Attachment> romaneios = documents(mail, config.romaneios());
        if (!romaneios.isEmpty()) {
            return new Classification(MailDisposition.ROMANEIO, thread.orElse(null),
                    "remetente de romaneios com " + romaneios.size() + " anexo(s) reconhecido(s)", false, romaneios);
        }
        List<ParsedMail.Attachment> sheets = documents(mail, config.architects());
        if (!sheets.isEmpty()) {
            return new Classification(MailDisposition.ARCHITECTS, thread.orElse(null),
                    "remetente de planilhas de arquitetos com " + sheets.size() + " anexo(s)", false, sheets);
        }
        if (thread.isPresent()) {
            return Classification.of(MailDisposition.THREAD_REPLY, thread.get(), String.join("; ", evidence));
        }
        boolean ack = !NO_REPLY.matcher(from.normalized()).matches();
        evidence.add(ack ? "nova solicitação" : "nova solicitação de endereço que não recebe resposta (" + from.normalized() + ")");
        return new Classification(MailDisposition.NEW_TICKET, null, String.join("; ", evidence), ack, List.of());
    }

    private Optional<TicketId> threadOf(ParsedMail mail, ThreadLookup lookup, List<String> evidence) {
        List<String> candidates = new ArrayList<>();
        if (mail.inReplyTo() != null) {
            candidates.add(mail.inReplyTo());
        }
        List<String> refs = new ArrayList<>(mail.references());
        java.util.Collections.reverse(refs);
        candidates.addAll(refs);
        for (String id : candidates) {
            Optional<TicketId> ours = ids.ticketOf(id).filter(lookup::exists);
            if (ours.isPresent()) {
                evidence.add("Message-ID nosso " + id + " em In-Reply-To/References");
                return ours;
            }
            Optional<TicketId> known = lookup.ticketForMessageId(id);
            if (known.isPresent()) {
                evidence.add("In-Reply-To/References " + id + " pertence ao chamado " + known.get());
                return known;
            }
        }
        Optional<TicketId> marker = MessageIds.markerIn(mail.text()).filter(lookup::exists);
        if (marker.isPresent()) {
            evidence.add("marcador " + MessageIds.marker(marker.get()) + " no corpo");
            return marker;
        }
        Optional<TicketId> tag = MessageIds.tagIn(mail.subject());
        if (tag.isPresent()) {
            if (lookup.exists(tag.get()) && mail.from() != null && lookup.isParticipant(tag.get(), mail.from())) {
                evidence.add("etiqueta " + MessageIds.tag(tag.get()) + " no assunto, remetente participante");
                return tag;
            }
            evidence.add("etiqueta " + MessageIds.tag(tag.get()) + " ignorada: remetente não é participante do chamado");
        }
        return Optional.empty();
    }

    private boolean isBounce(ParsedMail mail) {
        if (mail.report() != null && (!mail.report().failedRecipients().isEmpty()
                || mail.contentType().equals("multipart/report"))) {
            return true;
        }
        if (mail.from() != null && DAEMON.matcher(mail.from().normalized()).matches()) {
            return true;
        }
        String returnPath = mail.returnPath();
        return returnPath != null && returnPath.replaceAll("\\s", "").equals("<>") && automaticHeader(mail).isEmpty();
    }

    private Classification bounce(ParsedMail mail, ThreadLookup lookup) {
        List<String> candidates = new ArrayList<>();
        if (mail.report() != null) {
            candidates.addAll(mail.report().originalMessageIds());
        }
        if (mail.inReplyTo() != null) {
            candidates.add(mail.inReplyTo());
        }
        candidates.addAll(mail.references());
        for (String id : candidates) {
            Optional<TicketId> t = ids.ticketOf(id).filter(lookup::exists).or(() -> lookup.ticketForMessageId(id));
            if (t.isPresent()) {
                return Classification.of(MailDisposition.BOUNCE, t.get(), "aviso de não entrega da mensagem " + id
                        + diagnostic(mail));
            }
        }
        return Classification.of(MailDisposition.BOUNCE, null, "aviso de não entrega de mensagem desconhecida"
                + diagnostic(mail));
    }

    private static String diagnostic(ParsedMail mail) {
        return mail.report() == null || mail.report().diagnostic().isEmpty() ? "" : " (" + mail.report().diagnostic() + ")";
    }

    private Optional<String> automatic(ParsedMail mail, ThreadLookup lookup) {
        Optional<String> header = automaticHeader(mail);
        if (header.isPresent()) {
            return header;
        }
        String list = mail.header("List-Unsubscribe") != null ? "List-Unsubscribe"
                : mail.header("List-Id") != null ? "List-Id" : null;
        if (list != null && !lookup.isCustomer(mail.from())) {
            return Optional.of(list + " de quem não é cliente");
        }
        if (AUTO_SUBJECT.matcher(mail.subject()).find()) {
            return Optional.of("assunto de resposta automática: " + mail.subject());
        }
        return Optional.empty();
    }

    private static Optional<String> automaticHeader(ParsedMail mail) {
        String auto = mail.header("Auto-Submitted");
        if (auto != null && !auto.trim().toLowerCase(Locale.ROOT).startsWith("no")) {
            return Optional.of("Auto-Submitted: " + auto.trim());
        }
        String precedence = mail.header("Precedence");
        if (precedence != null && precedence.trim().toLowerCase(Locale.ROOT).matches("bulk|junk|list|auto_reply")) {
            return Optional.of("Precedence: " + precedence.trim());
        }
        for (String name : List.of("X-Auto-Response-Suppress", "X-Autoreply", "X-Autorespond")) {
            if (mail.header(name) != null) {
                return Optional.of(name + ": " + mail.header(name).trim());
            }
        }
        return Optional.empty();
    }

    boolean isOurs(MailAddress address) {
        String a = address.normalized();
        return a.equals(config.fromAddress().normalized())
                || config.intake().ourAddresses().stream().anyMatch(o -> o.equalsIgnoreCase(a))
                || config.intake().ourDomains().stream().anyMatch(d -> address.domain().equalsIgnoreCase(d.replace("@", "")));
    }

    /** Whether automatic replies may go to this address at all. */
    boolean mayAutoReplyTo(MailAddress address) {
        return !isOurs(address) && !NO_REPLY.matcher(address.normalized()).matches();
    }

    private static List<ParsedMail.Attachment> documents(ParsedMail mail, AttachmentRoute route) {
        if (!route.fromSender(mail.from())) {
            return List.of();
        }
        return mail.attachments().stream().filter(a -> route.matchesFile(a.ref().fileName())).toList();
    }
}
