package br.com.webplanet.roteiro.examples.simulate;

import br.com.webplanet.roteiro.model.TicketId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * What the simulated world did, as the customers and their mail servers know it: every mail delivered
 * to the support mailbox, each customer's conversations, and every mail of ours they received.
 */
final class Ledger {
    /** Kinds of mail arriving at support. */
    enum Kind {
        REQUEST(true), REPLY(true), AFTER_DONE(true), CHASE(true), OUT_OF_OFFICE(false), BOUNCE(false);

        final boolean human;

        Kind(boolean human) {
            this.human = human;
        }
    }

    /** How a reply is tied to its ticket. */
    enum Threading {
        NONE, HEADERS, SUBJECT, QUOTED;

        String label(java.util.Locale locale) {
            return SimText.get(locale, "threading." + name());
        }
    }

    /** One of our mails in a customer's mailbox. */
    record OurMail(String messageId, String subject, Instant at, String text, TicketId ticket) {}

    /**
     * A mail delivered to support. {@code thread} is the conversation it belongs to (null for a bounce);
     * {@code how} says how a reply was threaded.
     */
    record Delivered(Kind kind, String messageId, int day, Instant at, String from, Conversation thread,
                     String subject, Threading how) {}

    /** A customer's request and everything after it, from the customer's side. */
    static final class Conversation {
        final Population.Person person;
        final String requestId;
        final String subject;
        final Instant requestAt;
        final List<String> messageIds = new ArrayList<>();
        final List<OurMail> received = new ArrayList<>();
        TicketId ticket;
        boolean answeredAfterDone;
        int lastReplyDay = -1;

        Conversation(Population.Person person, String requestId, String subject, Instant requestAt) {
            this.person = person;
            this.requestId = requestId;
            this.subject = subject;
            this.requestAt = requestAt;
            messageIds.add(requestId);
        }

        OurMail lastReceived() {
            return received.isEmpty() ? null : received.get(received.size() - 1);
        }
    }

    final List<Delivered> delivered = new ArrayList<>();
    final List<Conversation> conversations = new ArrayList<>();

    void add(Delivered d) {
        delivered.add(d);
    }

    /** How many mails of each kind were delivered so far. */
    java.util.Map<Kind, Long> byKind() {
        java.util.Map<Kind, Long> out = new java.util.EnumMap<>(Kind.class);
        for (Kind k : Kind.values()) {
            out.put(k, delivered.stream().filter(d -> d.kind() == k).count());
        }
        return out;
    }

    long deliveredOn(int day) {
        return delivered.stream().filter(d -> d.day() == day).count();
    }

    long deliveredOn(int day, Kind... kinds) {
        List<Kind> k = List.of(kinds);
        return delivered.stream().filter(d -> d.day() == day && k.contains(d.kind())).count();
    }
}
