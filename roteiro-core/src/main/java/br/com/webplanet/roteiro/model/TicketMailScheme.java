package br.com.webplanet.roteiro.model;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one scheme every module that mails a customer about a ticket uses, so that any answer finds its
 * ticket again: the Message-ID {@code <roteiro.<ticket>.<purpose>@<domain>>}, the subject tag
 * {@code [#<ticket>]} and the body marker {@code [ref:roteiro:<ticket>]}. Intake recognises all three
 * (and, for mail sent before the scheme was unified, the old tag {@code [<ticket>]}).
 */
public final class TicketMailScheme {
    private static final Pattern OURS = Pattern.compile("<?roteiro\\.([A-Za-z0-9_-]+)\\.[^@<>\\s]*@([^<>\\s]+)>?");
    private static final Pattern MARKER = Pattern.compile("\\[ref:roteiro:([A-Za-z0-9_-]+)]");
    private static final Pattern TAG = Pattern.compile("\\[#?([A-Za-z][A-Za-z0-9]*-[0-9]+)]");
    private static final Pattern PURPOSE = Pattern.compile("[A-Za-z0-9_-]+");
    private final String domain;

    /** @param domain the right-hand side of our Message-IDs (the domain we send from) */
    public TicketMailScheme(String domain) {
        this.domain = Checks.requireText(domain, "message id domain").toLowerCase(Locale.ROOT);
    }

    /** The scheme for mail sent from {@code from}. */
    public static TicketMailScheme of(MailAddress from) {
        return new TicketMailScheme(from.domain());
    }

    /** The Message-ID of a mail about {@code ticket} for {@code purpose} (e.g. {@code ack}, {@code lembrete-1-…}). */
    public String messageId(TicketId ticket, String purpose) {
        if (!PURPOSE.matcher(purpose).matches()) {
            throw new IllegalArgumentException("message id purpose must be letters, digits, '-' or '_': " + purpose);
        }
        return "<roteiro." + ticket.value() + "." + purpose + "@" + domain + ">";
    }

    /** The ticket one of our Message-IDs carries; empty for anyone else's Message-ID or another domain. */
    public Optional<TicketId> ticketOf(String messageId) {
        if (messageId == null) {
            return Optional.empty();
        }
        Matcher m = OURS.matcher(messageId.trim());
        if (m.matches() && m.group(2).toLowerCase(Locale.ROOT).equals(domain)) {
            return Optional.of(new TicketId(m.group(1)));
        }
        return Optional.empty();
    }

    /** {@code [#G3-5]}: the tag every subject we send starts with. */
    public static String tag(TicketId ticket) {
        return "[#" + ticket.value() + "]";
    }

    /** {@code [#G3-5] text}, without repeating the tag when {@code text} already carries it. */
    public static String subject(TicketId ticket, String text) {
        String t = text == null ? "" : text.strip();
        return tagIn(t).filter(ticket::equals).isPresent() ? t : tag(ticket) + " " + t;
    }

    /** The ticket of the first tag in a subject ({@code [#G3-5]}, or the old {@code [G3-5]}). */
    public static Optional<TicketId> tagIn(String subject) {
        Matcher m = TAG.matcher(subject == null ? "" : subject);
        return m.find() ? Optional.of(new TicketId(m.group(1))) : Optional.empty();
    }

    /** {@code [ref:roteiro:G3-5]}: the marker put at the end of every body we send. */
    public static String marker(TicketId ticket) {
        return "[ref:roteiro:" + ticket.value() + "]";
    }

    public static Optional<TicketId> markerIn(String text) {
        Matcher m = MARKER.matcher(text == null ? "" : text);
        return m.find() ? Optional.of(new TicketId(m.group(1))) : Optional.empty();
    }
}
