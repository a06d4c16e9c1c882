package br.com.webplanet.roteiro.g3stor.simulator;

import br.com.webplanet.roteiro.g3stor.wire.FieldNames;
import br.com.webplanet.roteiro.model.Architect;
import br.com.webplanet.roteiro.model.Attendance;
import br.com.webplanet.roteiro.model.Customer;
import br.com.webplanet.roteiro.model.Interaction;
import br.com.webplanet.roteiro.model.Romaneio;
import br.com.webplanet.roteiro.model.Ticket;
import br.com.webplanet.roteiro.model.TicketId;
import br.com.webplanet.roteiro.spi.PendingRomaneio;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * An in-process G3stor: an HTTP server on 127.0.0.1 that serves the contract of
 * {@code docs/g3stor-api.md} from memory — bearer auth, idempotency keys, versions/ETags, cursor
 * pagination — with seeding methods, per-route request counters and {@link #faults() fault injection}.
 * <pre>{@code
 * try (G3storSimulator g3 = G3storSimulator.builder().token("s3cr3t").clock(clock).start()) {
 *     g3.putCustomer(customer);
 *     G3storClient client = new G3storClient(G3storConfig.of(g3.baseUrl(), Secret.of("s3cr3t")));
 * }
 * }</pre>
 */
public final class G3storSimulator implements AutoCloseable {
    static {
        // Without TCP_NODELAY the JDK server's header and body writes meet delayed ACKs: ~40 ms per call.
        // Read once by the JDK when its first HttpServer starts.
        if (System.getProperty("sun.net.httpserver.nodelay") == null) {
            System.setProperty("sun.net.httpserver.nodelay", "true");
        }
    }

    private final Object lock = new Object();
    private final HttpServer server;
    private final ExecutorService executor;
    private final String basePath;
    private final String token;
    private final FaultInjector faults;
    private final Dispatcher dispatcher;
    private final TicketResources tickets;
    private final CustomerResources customers;
    private final TexturaResources textura;

    private G3storSimulator(SimulatorBuilder b) throws IOException {
        this.basePath = b.basePath;
        this.token = b.token;
        this.faults = new FaultInjector(b.seed);
        FieldNames names = FieldNames.of(b.fieldNames);
        Pages pages = new Pages(basePath, b.pageSize, names);
        this.tickets = new TicketResources(b.clock, b.idPrefix, pages);
        this.customers = new CustomerResources(pages);
        this.textura = new TexturaResources(b.clock, pages);
        Router router = new Router();
        tickets.register(router);
        customers.register(router);
        textura.register(router);
        this.dispatcher = new Dispatcher(basePath, token, names, router, faults, lock);
        this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), b.port), 64);
        AtomicInteger n = new AtomicInteger();
        this.executor = Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "g3stor-simulator-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        server.setExecutor(executor);
        server.createContext("/", dispatcher::handle);
        server.start();
    }

    public static SimulatorBuilder builder() {
        return new SimulatorBuilder();
    }

    static G3storSimulator start(SimulatorBuilder settings) throws IOException {
        return new G3storSimulator(settings);
    }

    /** {@code http://127.0.0.1:<port>/api/v1} (with the configured base path). */
    public String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + basePath;
    }

    public int port() {
        return server.getAddress().getPort();
    }

    public String token() {
        return token;
    }

    /** Failures to inject into the next or a random share of requests. */
    public FaultInjector faults() {
        return faults;
    }

    /**
     * Runs {@code action} (e.g. a seeding call) just before the next request of {@code route} is
     * handled, once — to make "the ticket changed meanwhile" happen in a test.
     */
    public void beforeNext(String route, Runnable action) {
        dispatcher.beforeNext(Objects.requireNonNull(route, "route is null"), Objects.requireNonNull(action, "action is null"));
    }

    // ---- request counters ----

    /** Requests received per route ({@code "GET /tickets"}, {@code "PATCH /tickets/{id}"}…), faults included. */
    public Map<String, Long> requestCounts() {
        return dispatcher.counts();
    }

    public long requests(String route) {
        return dispatcher.counts().getOrDefault(route, 0L);
    }

    public long totalRequests() {
        return dispatcher.counts().values().stream().mapToLong(Long::longValue).sum();
    }

    public void resetCounters() {
        dispatcher.resetCounts();
    }

    // ---- seeding ----

    public void putCustomer(Customer customer) {
        synchronized (lock) {
            customers.put(Objects.requireNonNull(customer, "customer is null"));
        }
    }

    public void putAttendance(Attendance attendance) {
        synchronized (lock) {
            customers.put(Objects.requireNonNull(attendance, "attendance is null"));
        }
    }

    /** Stores a ticket as given (any status, times and version); replaces one with the same id. */
    public void putTicket(Ticket ticket) {
        synchronized (lock) {
            tickets.put(Objects.requireNonNull(ticket, "ticket is null"));
        }
    }

    /** Appends an entry to a seeded ticket's history as given (the ticket itself is not changed). */
    public void putInteraction(Interaction interaction) {
        synchronized (lock) {
            tickets.putInteraction(Objects.requireNonNull(interaction, "interaction is null"));
        }
    }

    public void putArchitect(Architect architect) {
        synchronized (lock) {
            textura.putArchitect(Objects.requireNonNull(architect, "architect is null"));
        }
    }

    public PendingRomaneio addPending(String fileName, String contentType, byte[] content) {
        synchronized (lock) {
            return textura.addPending(fileName, contentType, content);
        }
    }

    // ---- inspection ----

    public Optional<Ticket> ticket(TicketId id) {
        synchronized (lock) {
            return Optional.ofNullable(tickets.ticket(id));
        }
    }

    public List<Ticket> tickets() {
        synchronized (lock) {
            return tickets.all();
        }
    }

    public List<Interaction> interactions(TicketId id) {
        synchronized (lock) {
            return tickets.history(id);
        }
    }

    /** How many status changes each ticket received through the API. */
    public Map<TicketId, Integer> statusChanges() {
        synchronized (lock) {
            return tickets.statusChanges();
        }
    }

    public Optional<Customer> customer(String id) {
        synchronized (lock) {
            return Optional.ofNullable(customers.customer(id));
        }
    }

    public List<Architect> architects() {
        synchronized (lock) {
            return textura.architects();
        }
    }

    public List<Romaneio> keyedRomaneios() {
        synchronized (lock) {
            return textura.keyedRomaneios();
        }
    }

    public List<PendingRomaneio> pending() {
        synchronized (lock) {
            return textura.pending();
        }
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }

    /** Starts a simulator on a fixed port until the process is stopped (for trying the API by hand). */
    public static void main(String[] args) throws Exception {
        int port = args.length > 0 ? Integer.parseInt(args[0]) : 8089;
        String token = args.length > 1 ? args[1] : "demo-token";
        G3storSimulator sim = builder().port(port).token(token).start();
        System.out.println("G3stor simulator at " + sim.baseUrl() + " (Ctrl-C to stop)");
        Thread.currentThread().join();
    }
}
