package br.com.webplanet.roteiro.mail;

import br.com.webplanet.roteiro.model.MailAddress;
import br.com.webplanet.roteiro.model.MailDisposition;
import br.com.webplanet.roteiro.model.TicketId;
import br.com.webplanet.roteiro.model.TicketMailScheme;
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
    private final TicketMailScheme ids;

    MailClassifier(MailConfig config) {
        this.config = Objects.requireNonNull(config, "config is null");
        this.ids = new TicketMailScheme(config.messageIdDomain());
    }

    Classification classify(ParsedMail mail, ThreadLookup lookup) {
        MailAddress from = mail.from();
        Optional<String> bounce = bounceEvidence(mail);
        if (bounce.isPresent()) {
            return bounce(mail, lookup, bounce.get());
        }
        if (from == null) {
            return Classification.of(MailDisposition.QUARANTINED, null, "sem remetente válido (From ausente ou ilegível)"
                    + (mail.returnPath() != null && mail.returnPath().contains("<>")
                    ? "; Return-Path <> sem relatório de entrega: não é aviso de não entrega" : ""));
        }
        List<String> evidence = new ArrayList<>();
        Optional<TicketId> thread = threadOf(mail, lookup, evidence);
        List<String> notes = new ArrayList<>();
        Optional<String> automatic = automatic(mail, lookup, notes);
        if (automatic.isPresent()) {
            return Classification.of(MailDisposition.AUTOMATIC_IGNORED, thread.orElse(null), automatic.get());
        }
        evidence.addAll(notes);
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
        Optional<TicketId> marker = TicketMailScheme.markerIn(mail.text()).filter(lookup::exists);
        if (marker.isPresent()) {
            evidence.add("marcador " + TicketMailScheme.marker(marker.get()) + " no corpo");
            return marker;
        }
        Optional<TicketId> tag = TicketMailScheme.tagIn(mail.subject());
        if (tag.isPresent()) {
            if (lookup.exists(tag.get()) && mail.from() != null && lookup.isParticipant(tag.get(), mail.from())) {
                evidence.add("etiqueta " + TicketMailScheme.tag(tag.get()) + " no assunto, remetente participante");
                return tag;
            }
            evidence.add("etiqueta " + TicketMailScheme.tag(tag.get()) + " ignorada: remetente não é participante do chamado");
        }
        return Optional.empty();
    }

    /**
     * A bounce needs both a null sender (empty Return-Path, or From MAILER-DAEMON / postmaster) and a
     * delivery report (multipart/report, or a message/delivery-status part naming the failed recipient):
     * a {@code From: <>} spam without a report is not one.
     */
    private static Optional<String> bounceEvidence(ParsedMail mail) {
        String returnPath = mail.returnPath();
        // the header may be there more than once (one per delivery hop): any null one counts
        boolean nullPath = returnPath != null && java.util.Arrays.stream(returnPath.split(","))
                .anyMatch(p -> p.replaceAll("\\s", "").equals("<>"));
        boolean daemon = mail.from() != null && DAEMON.matcher(mail.from().normalized()).matches();
        if (!nullPath && !daemon) {
            return Optional.empty();
        }
        boolean multipartReport = mail.contentType().equals("multipart/report");
        boolean statusPart = mail.report() != null && !mail.report().failedRecipients().isEmpty()
                && mail.header("X-Failed-Recipients") == null;
        if (!multipartReport && !statusPart) {
            return Optional.empty();
        }
        return Optional.of((nullPath ? "Return-Path <>" : "remetente " + mail.from().normalized()) + " com relatório de entrega ("
                + (multipartReport ? "multipart/report" : "parte message/delivery-status") + ")");
    }

    private Classification bounce(ParsedMail mail, ThreadLookup lookup, String evidence) {
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
                        + diagnostic(mail) + "; " + evidence);
            }
        }
        return Classification.of(MailDisposition.BOUNCE, null, "aviso de não entrega de mensagem desconhecida"
                + diagnostic(mail) + "; " + evidence);
    }

    private static String diagnostic(ParsedMail mail) {
        return mail.report() == null || mail.report().diagnostic().isEmpty() ? "" : " (" + mail.report().diagnostic() + ")";
    }

    /**
     * The evidence that a message was sent by a machine, not a person: RFC 3834 {@code Auto-Submitted}, the
     * vendor headers of auto-responders, {@code Precedence}, list headers from someone who is not a customer.
     * An auto-reply subject only corroborates; alone it never decides (a request "Ausência de boleto" is a request).
     * Empty when nothing decisive was found.
     */
    private Optional<String> automatic(ParsedMail mail, ThreadLookup lookup, List<String> notes) {
        List<String> decisive = new ArrayList<>(automaticHeaders(mail));
        String list = mail.header("List-Unsubscribe") != null ? "List-Unsubscribe"
                : mail.header("List-Id") != null ? "List-Id" : mail.header("List-Post") != null ? "List-Post" : null;
        if (list != null && !lookup.isCustomer(mail.from())) {
            decisive.add(list + " de quem não é cliente");
        }
        boolean autoSubject = AUTO_SUBJECT.matcher(mail.subject()).find();
        if (decisive.isEmpty()) {
            if (autoSubject) {
                notes.add("assunto parece de resposta automática («" + shorten(mail.subject()) + "»), mas nenhum "
                        + "cabeçalho confirma: tratada como mensagem de pessoa");
            }
            return Optional.empty();
        }
        if (autoSubject) {
            decisive.add("assunto de resposta automática corrobora («" + shorten(mail.subject()) + "»)");
        }
        return Optional.of(String.join("; ", decisive));
    }

    private static List<String> automaticHeaders(ParsedMail mail) {
        List<String> out = new ArrayList<>();
        String auto = mail.header("Auto-Submitted");
        if (auto != null && !auto.trim().toLowerCase(Locale.ROOT).startsWith("no")) {
            out.add("Auto-Submitted: " + shorten(auto.trim()));
        }
        String precedence = mail.header("Precedence");
        if (precedence != null && precedence.trim().toLowerCase(Locale.ROOT).matches("bulk|junk|list|auto_reply")) {
            out.add("Precedence: " + precedence.trim());
        }
        for (String name : List.of("X-Autoreply", "X-Autorespond", "X-Auto-Response-Suppress",
                "X-MS-Exchange-Inbox-Rules-Loop", "X-MS-Exchange-Organization-AutoReply")) {
            if (mail.header(name) != null) {
                out.add(name + ": " + shorten(mail.header(name).trim()));
            }
        }
        String source = mail.header("X-MS-Exchange-Generated-Message-Source");
        if (source != null && source.toLowerCase(Locale.ROOT).contains("rules")) {
            out.add("X-MS-Exchange-Generated-Message-Source: " + shorten(source.trim()));
        }
        return out;
    }

    private static String shorten(String s) {
        String one = s.replaceAll("\\s+", " ").strip();
        return one.length() > 80 ? one.substring(0, 79) + "…" : one;
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
