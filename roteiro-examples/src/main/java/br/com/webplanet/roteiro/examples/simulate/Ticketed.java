package br.com.webplanet.roteiro.examples.simulate;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The ticket our outgoing Message-IDs carry ({@code <roteiro.<ticket>.<purpose>@domain>}), read as a customer's mail client would see it. */
final class Ticketed {
    private static final Pattern OURS = Pattern.compile("<?roteiro\\.([A-Za-z0-9]+-[0-9]+)\\.[^@<>\\s]*@[^<>\\s]+>?");

    private Ticketed() {}

    /** The ticket id in one of our Message-IDs, or {@code -}. */
    static String ticketOf(String messageId) {
        Matcher m = OURS.matcher(messageId == null ? "" : messageId.trim());
        return m.matches() ? m.group(1) : "-";
    }
}
