package br.com.webplanet.roteiro.examples.simulate;

import br.com.webplanet.roteiro.model.Ticket;
import br.com.webplanet.roteiro.model.TicketId;
import br.com.webplanet.roteiro.model.TicketStatus;
import br.com.webplanet.roteiro.sla.BusinessCalendar;
import br.com.webplanet.roteiro.spi.TicketSystem;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * What people do between two morning runs, drawn from the seeded {@link Random}: customers write new
 * requests, answer when asked (by headers, by the subject tag only, or quoting), chase, go silent,
 * answer a concluído ticket; their mail servers answer our mail while they are away or bounce it; the
 * {@link Agents} pick tickets up, ask, solve or park them.
 */
final class Behaviour {
    private final Random random;
    private final SimClock clock;
    private final SimulatedWorld world;
    private final Agents agents;
    private final Population population;
    private final BusinessCalendar calendar;
    private final Ledger ledger = new Ledger();
    private final Map<String, Integer> copies = new HashMap<>();
    private final List<Runnable> automaticAnswers = new ArrayList<>();
    private long sequence;

    private record Event(Instant at, long order, Runnable action) {}

    Behaviour(Random random, SimClock clock, SimulatedWorld world, TicketSystem agents, Population population,
              BusinessCalendar calendar) {
        this.random = random;
        this.clock = clock;
        this.world = world;
        this.agents = new Agents(random, agents, population, () -> ++sequence);
        this.population = population;
        this.calendar = calendar;
    }

    Ledger ledger() {
        return ledger;
    }

    /**
     * Reads what roteiro sent to each customer since the last call, ties it to their conversations, queues
     * the out-of-office answers and bounces their mail servers will send, and returns how many copies of
     * each of our Message-IDs the customers received so far.
     */
    Map<String, Integer> readCustomerMailboxes(int day) {
        Map<String, TicketId> opened = new HashMap<>();
        for (Ticket t : world.g3stor.tickets()) {
            t.externalRefs().forEach(r -> opened.putIfAbsent(r.value(), t.id()));
        }
        Map<TicketId, Ledger.Conversation> byTicket = new HashMap<>();
        for (Ledger.Conversation c : ledger.conversations) {
            if (c.ticket == null) {
                c.ticket = opened.get(c.requestId);
            }
            if (c.ticket != null) {
                byTicket.putIfAbsent(c.ticket, c);
            }
        }
        for (Population.Person p : population.people()) {
            for (SimulatedWorld.Received r : world.newMailOf(p.address().normalized())) {
                read(day, p, r.message(), byTicket);
            }
        }
        return Map.copyOf(copies);
    }

    private void read(int day, Population.Person p, MimeMessage m, Map<TicketId, Ledger.Conversation> byTicket) {
        try {
            String id = m.getMessageID();
            copies.merge(id, 1, Integer::sum);
            String ticket = Ticketed.ticketOf(id);
            Instant at = m.getSentDate() == null ? clock.instant() : m.getSentDate().toInstant();
            String subject = m.getSubject() == null ? "" : m.getSubject();
            if (!ticket.equals("-") && byTicket.containsKey(new TicketId(ticket))) {
                byTicket.get(new TicketId(ticket)).received.add(new Ledger.OurMail(id, subject, at,
                        SimulatedWorld.text(m), new TicketId(ticket)));
            }
            if (p.mailboxFull()) {
                automaticAnswers.add(() -> deliver(day, Ledger.Kind.BOUNCE, null, p.address().normalized(),
                        messageId("mx." + p.address().domain()),
                        mid -> CustomerMails.bounce(p.address().address(), mid, clock.instant(), id, subject)));
            } else if (p.awayOn(day)) {
                Ledger.Conversation c = ticket.equals("-") ? null : byTicket.get(new TicketId(ticket));
                automaticAnswers.add(() -> deliver(day, Ledger.Kind.OUT_OF_OFFICE, c, p.address().normalized(),
                        messageId(p.address().domain()),
                        mid -> CustomerMails.outOfOffice(p, mid, clock.instant(), subject, id)));
            }
        } catch (MessagingException e) {
            throw new IllegalStateException("cannot read a mail sent to " + p.address(), e);
        }
    }

    /** Everything between the morning run and the next one. */
    void daytime(int day, LocalDate date) {
        clock.set(Simulation.at(date, LocalTime.of(8, 40)));
        automaticAnswers.forEach(Runnable::run);
        automaticAnswers.clear();
        List<Event> events = new ArrayList<>();
        for (Population.Person p : population.people()) {
            if (random.nextDouble() < (p.customerId() != null ? 0.15 : 0.05)) {
                events.add(event(date, () -> newRequest(day, p)));
            }
        }
        for (Ledger.Conversation c : List.copyOf(ledger.conversations)) {
            customer(day, date, c, events);
        }
        for (Ticket t : world.g3stor.tickets()) {
            agents.plan(day, t).ifPresent(action -> events.add(event(date, action)));
        }
        play(events);
    }

    private void play(List<Event> events) {
        events.sort(Comparator.comparing(Event::at).thenComparingLong(Event::order));
        for (Event e : events) {
            clock.set(e.at());
            e.action().run();
        }
    }

    /** What waits in the mailbox before the first morning: requests of the evening and the early hours before. */
    void beforeFirstMorning(LocalDate first) {
        List<Event> events = new ArrayList<>();
        for (Population.Person p : population.people()) {
            if (p.customerId() != null && random.nextDouble() < 0.25) {
                int minutes = 7 * 60 + random.nextInt(80);
                events.add(new Event(Simulation.at(first, LocalTime.of(minutes / 60, minutes % 60)), ++sequence,
                        () -> newRequest(1, p)));
            }
        }
        play(events);
    }

    /** A weekend passes quietly; on the holiday some customers still write. */
    void offDay(int day, LocalDate date) {
        if (calendar.holidayName(date).isEmpty()) {
            return;
        }
        List<Event> events = new ArrayList<>();
        for (Population.Person p : population.people()) {
            if (p.customerId() != null && random.nextDouble() < 0.1) {
                events.add(event(date, () -> newRequest(day, p)));
            }
        }
        play(events);
    }

    private void customer(int day, LocalDate date, Ledger.Conversation c, List<Event> events) {
        if (c.ticket == null || c.lastReplyDay == day) {
            return;
        }
        Ticket t = world.g3stor.ticket(c.ticket).orElse(null);
        if (t == null) {
            return;
        }
        double u = random.nextDouble();
        if (t.status() == TicketStatus.AGUARDANDO_CLIENTE && !c.person.silent() && u < 0.5) {
            int style = random.nextInt(4);
            events.add(event(date, () -> reply(day, c, Ledger.Kind.REPLY, CustomerMails.answer(random), style)));
        } else if (t.status() == TicketStatus.CONCLUIDO && !c.answeredAfterDone && u < 0.06) {
            c.answeredAfterDone = true;
            int style = random.nextBoolean() ? 0 : 3;
            events.add(event(date, () -> reply(day, c, Ledger.Kind.AFTER_DONE, CustomerMails.afterDone(random), style)));
        } else if (t.status().isOpen() && !t.status().pausesSla() && c.lastReplyDay < day - 1
                && calendar.businessTimeBetween(c.requestAt, clock.instant()).toHours() >= 10 && u < 0.08) {
            int style = random.nextInt(4);
            events.add(event(date, () -> reply(day, c, Ledger.Kind.CHASE, CustomerMails.chase(random), style)));
        }
    }

    private void newRequest(int day, Population.Person p) {
        CustomerMails.Request r = CustomerMails.request(random);
        String id = messageId(p.address().domain());
        Ledger.Conversation c = new Ledger.Conversation(p, id, r.subject(), clock.instant());
        ledger.conversations.add(c);
        deliver(day, Ledger.Kind.REQUEST, c, p.address().normalized(), id,
                mid -> CustomerMails.newRequest(p, mid, clock.instant(), r));
    }

    private void reply(int day, Ledger.Conversation c, Ledger.Kind kind, String text, int style) {
        Ledger.OurMail target = c.lastReceived();
        String id = messageId(c.person.address().domain());
        c.lastReplyDay = day;
        if (target != null && style == 2) {
            deliver(day, kind, c, c.person.address().normalized(), id, Ledger.Threading.SUBJECT,
                    mid -> CustomerMails.subjectOnly(c.person, mid, clock.instant(), target.subject(), text));
        } else {
            String subject = target != null ? target.subject() : c.subject;
            String inReplyTo = target != null ? target.messageId() : c.messageIds.get(c.messageIds.size() - 1);
            List<String> refs = new ArrayList<>(c.messageIds);
            if (target != null) {
                refs.add(target.messageId());
            }
            boolean quote = target != null && style == 3;
            deliver(day, kind, c, c.person.address().normalized(), id, quote ? Ledger.Threading.QUOTED : Ledger.Threading.HEADERS,
                    mid -> CustomerMails.reply(c.person, mid,
                    clock.instant(), subject, inReplyTo, refs, text, quote ? target.text() : null,
                    quote ? target.at() : null, Simulation.ZONE));
        }
        c.messageIds.add(id);
    }

    private void deliver(int day, Ledger.Kind kind, Ledger.Conversation c, String from, String id,
                         java.util.function.Function<String, MimeMessage> build) {
        deliver(day, kind, c, from, id, Ledger.Threading.NONE, build);
    }

    private void deliver(int day, Ledger.Kind kind, Ledger.Conversation c, String from, String id, Ledger.Threading how,
                         java.util.function.Function<String, MimeMessage> build) {
        MimeMessage m = build.apply(id);
        String subject;
        try {
            subject = m.getSubject();
        } catch (MessagingException e) {
            subject = "?";
        }
        world.deliver(m);
        ledger.add(new Ledger.Delivered(kind, id, day, clock.instant(), from, c, subject, how));
    }

    private Event event(LocalDate date, Runnable action) {
        int minutes = 8 * 60 + 45 + random.nextInt(9 * 60);
        return new Event(Simulation.at(date, LocalTime.of(minutes / 60, minutes % 60)), ++sequence, action);
    }

    private String messageId(String domain) {
        return "<" + Long.toHexString(random.nextLong() & Long.MAX_VALUE) + "." + (++sequence) + "@" + domain + ">";
    }
}
