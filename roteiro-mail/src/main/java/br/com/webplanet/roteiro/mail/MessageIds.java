package br.com.webplanet.roteiro.mail;

import br.com.webplanet.roteiro.model.TicketId;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Our Message-ID scheme, {@code <roteiro.<ticket>.<purpose>@<domain>>}, the hidden marker we put in the
 * body of outgoing mail ({@code [ref:roteiro:<ticket>]}) and the subject tag ({@code [#<ticket>]}). Any
 * of them found in a reply leads it back to its ticket.
 */
public final class MessageIds {
    private static final Pattern OURS = Pattern.compile("<?roteiro\\.([A-Za-z0-9_-]+)\\.[^@<>\\s]*@([^<>\\s]+)>?");
    private static final Pattern MARKER = Pattern.compile("\\[ref:roteiro:([A-Za-z0-9_-]+)]");
    private static final Pattern TAG = Pattern.compile("\\[#([A-Za-z0-9]+-[0-9]+)]");
    private final String domain;

    public MessageIds(String domain) {
        this.domain = Objects.requireNonNull(domain, "domain is null").toLowerCase(Locale.ROOT);
    }

    /** The Message-ID for a mail about {@code ticket} with {@code purpose} (e.g. {@code ack}). */
    public String forTicket(TicketId ticket, String purpose) {
        return "<roteiro." + ticket.value() + "." + purpose + "@" + domain + ">";
    }

    /** The ticket a Message-ID of ours carries; empty for anyone else's Message-ID. */
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

    public static String marker(TicketId ticket) {
        return "[ref:roteiro:" + ticket.value() + "]";
    }

    public static Optional<TicketId> markerIn(String text) {
        Matcher m = MARKER.matcher(text == null ? "" : text);
        return m.find() ? Optional.of(new TicketId(m.group(1))) : Optional.empty();
    }

    public static String tag(TicketId ticket) {
        return "[#" + ticket.value() + "]";
    }

    public static Optional<TicketId> tagIn(String subject) {
        Matcher m = TAG.matcher(subject == null ? "" : subject);
        return m.find() ? Optional.of(new TicketId(m.group(1))) : Optional.empty();
    }

    /** A stable id for a message that has no Message-ID, from what does not change when it is moved. */
    public static String synthetic(String... parts) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (String p : parts) {
                sha.update(String.valueOf(p).getBytes(StandardCharsets.UTF_8));
                sha.update((byte) 0);
            }
            return "<synthetic." + HexFormat.of().formatHex(sha.digest(), 0, 16) + "@roteiro.invalid>";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
