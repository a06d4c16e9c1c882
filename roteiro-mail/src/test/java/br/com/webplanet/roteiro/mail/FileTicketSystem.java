package br.com.webplanet.roteiro.mail;

import br.com.webplanet.roteiro.memory.InMemoryTicketSystem;
import br.com.webplanet.roteiro.model.Attendance;
import br.com.webplanet.roteiro.model.Customer;
import br.com.webplanet.roteiro.model.ExternalRef;
import br.com.webplanet.roteiro.model.Interaction;
import br.com.webplanet.roteiro.model.Link;
import br.com.webplanet.roteiro.model.MailAddress;
import br.com.webplanet.roteiro.model.NewInteraction;
import br.com.webplanet.roteiro.model.NewTicket;
import br.com.webplanet.roteiro.model.Ticket;
import br.com.webplanet.roteiro.model.TicketId;
import br.com.webplanet.roteiro.model.TicketStatus;
import br.com.webplanet.roteiro.spi.TicketQuery;
import br.com.webplanet.roteiro.spi.TicketSystem;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A test-only {@link TicketSystem} that outlives its JVM: every successful change is appended to a log
 * file and forced to disk before the call returns (like a remote system that acknowledged it), and the
 * log is replayed on start. Reads go to an {@link InMemoryTicketSystem} rebuilt from the log.
 */
final class FileTicketSystem implements TicketSystem {
    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .registerModule(new Jdk8Module()).disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    private final InMemoryTicketSystem memory;
    private final FileChannel log;

    FileTicketSystem(Path file, Clock clock) {
        this.memory = new InMemoryTicketSystem(clock);
        try {
            if (Files.exists(file)) {
                for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                    replay(line);
                }
            }
            log = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void replay(String line) throws IOException {
        JsonNode n;
        try {
            n = JSON.readTree(line);
        } catch (IOException torn) {
            return;
        }
        switch (n.get("op").asText()) {
            case "open" -> memory.open(JSON.treeToValue(n.get("draft"), NewTicket.class), n.get("key").asText());
            case "interaction" -> memory.addInteraction(id(n), JSON.treeToValue(n.get("entry"), NewInteraction.class),
                    n.get("key").asText());
            case "status" -> memory.changeStatus(id(n), TicketStatus.valueOf(n.get("target").asText()),
                    n.get("version").asLong(), n.path("note").asText(null));
            case "link" -> memory.addLink(id(n), JSON.treeToValue(n.get("link"), Link.class));
            case "participant" -> memory.addParticipant(id(n), JSON.treeToValue(n.get("address"), MailAddress.class));
            case "flag" -> memory.flagContact(JSON.treeToValue(n.get("address"), MailAddress.class), n.get("reason").asText());
            case "customer" -> memory.putCustomer(JSON.treeToValue(n.get("customer"), Customer.class));
            case "attendance" -> memory.putAttendance(JSON.treeToValue(n.get("attendance"), Attendance.class));
            default -> throw new IllegalStateException("unknown log entry " + line);
        }
    }

    private static TicketId id(JsonNode n) {
        return new TicketId(n.get("id").asText());
    }

    private void append(String op, Object... fields) {
        ObjectNode n = JSON.createObjectNode().put("op", op);
        for (int i = 0; i < fields.length; i += 2) {
            n.set((String) fields[i], JSON.valueToTree(fields[i + 1]));
        }
        try {
            log.write(ByteBuffer.wrap((JSON.writeValueAsString(n) + "\n").getBytes(StandardCharsets.UTF_8)));
            log.force(false);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    synchronized void putCustomer(Customer customer) {
        memory.putCustomer(customer);
        append("customer", "customer", customer);
    }

    synchronized void putAttendance(Attendance attendance) {
        memory.putAttendance(attendance);
        append("attendance", "attendance", attendance);
    }

    synchronized int size() {
        return memory.size();
    }

    @Override
    public synchronized Optional<Ticket> get(TicketId id) {
        return memory.get(id);
    }

    @Override
    public synchronized Optional<Ticket> findByExternalRef(ExternalRef ref) {
        return memory.findByExternalRef(ref);
    }

    @Override
    public synchronized Stream<Ticket> search(TicketQuery query) {
        return memory.search(query);
    }

    @Override
    public synchronized Ticket open(NewTicket ticket, String idempotencyKey) {
        int before = memory.size();
        Ticket t = memory.open(ticket, idempotencyKey);
        if (memory.size() > before) {
            append("open", "draft", ticket, "key", idempotencyKey);
        }
        return t;
    }

    @Override
    public synchronized Interaction addInteraction(TicketId id, NewInteraction interaction, String idempotencyKey) {
        NewInteraction fixed = interaction.at() == null ? new NewInteraction(interaction.kind(), interaction.author(),
                interaction.body(), Instant.now(), interaction.externalRef()) : interaction;
        int before = memory.interactions(id, null).size();
        Interaction i = memory.addInteraction(id, fixed, idempotencyKey);
        if (memory.interactions(id, null).size() > before) {
            append("interaction", "id", id.value(), "entry", fixed, "key", idempotencyKey);
        }
        return i;
    }

    @Override
    public synchronized List<Interaction> interactions(TicketId id, Instant since) {
        return memory.interactions(id, since);
    }

    @Override
    public synchronized Ticket changeStatus(TicketId id, TicketStatus target, long expectedVersion, String note) {
        Ticket t = memory.changeStatus(id, target, expectedVersion, note);
        append("status", "id", id.value(), "target", target.name(), "version", expectedVersion, "note", note);
        return t;
    }

    @Override
    public synchronized Ticket addLink(TicketId id, Link link) {
        Ticket t = memory.addLink(id, link);
        append("link", "id", id.value(), "link", link);
        return t;
    }

    @Override
    public synchronized Ticket addParticipant(TicketId id, MailAddress address) {
        Ticket t = memory.addParticipant(id, address);
        append("participant", "id", id.value(), "address", address);
        return t;
    }

    @Override
    public synchronized Stream<Attendance> attendances(Instant from, Instant to) {
        return memory.attendances(from, to);
    }

    @Override
    public synchronized Optional<Customer> customer(String id) {
        return memory.customer(id);
    }

    @Override
    public synchronized Optional<Customer> customerByEmail(MailAddress email) {
        return memory.customerByEmail(email);
    }

    @Override
    public synchronized void flagContact(MailAddress email, String reason) {
        memory.flagContact(email, reason);
        append("flag", "address", email, "reason", reason);
    }
}
