package br.com.webplanet.roteiro.examples.simulate;

import br.com.webplanet.roteiro.config.Secret;
import br.com.webplanet.roteiro.engine.ProgressListener;
import br.com.webplanet.roteiro.engine.Roteiro;
import br.com.webplanet.roteiro.examples.LauncherModule;
import br.com.webplanet.roteiro.examples.demo.DemoEnvironment;
import br.com.webplanet.roteiro.g3stor.G3storConfig;
import br.com.webplanet.roteiro.g3stor.WaitingRules;
import br.com.webplanet.roteiro.g3stor.client.G3storClient;
import br.com.webplanet.roteiro.model.Ticket;
import br.com.webplanet.roteiro.model.TicketId;
import br.com.webplanet.roteiro.model.TicketStatus;
import br.com.webplanet.roteiro.report.DailyReport;
import br.com.webplanet.roteiro.sla.BusinessCalendar;
import br.com.webplanet.roteiro.spi.StepStatus;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.Set;
import java.util.function.IntConsumer;

/**
 * A deterministic, seeded month of the routine. One {@link SimClock} drives roteiro's engine, the G3stor
 * simulator and the Date of every mail; each business day the whole routine runs at 08:30 (GitHub: a
 * {@link LocalGitHub}), the {@link Invariant}s are checked against the ground truth, then customers and agents act
 * during the day ({@link Behaviour}). Weekends and the holiday pass without a run, mail still arrives
 * on the holiday.
 * <pre>{@code
 * SimulationResult r = Simulation.run(SimulationOptions.of(10, 7, dir), Locale.ENGLISH, day -> {});
 * }</pre>
 */
public final class Simulation {
    static final ZoneId ZONE = ZoneId.of("America/Sao_Paulo");
    static final LocalTime MORNING_RUN = LocalTime.of(8, 30);

    private Simulation() {}

    /** Runs the whole simulation; {@code onDay} hears each finished business day (for progress). */
    public static SimulationResult run(SimulationOptions options, IntConsumer onDay) {
        Objects.requireNonNull(options, "options is null");
        LocalDate holiday = holidayWithin(options.start(), options.days());
        BusinessCalendar calendar = BusinessCalendar.brazil(ZONE, LocalTime.of(8, 0), LocalTime.of(18, 0),
                Map.of(holiday, "Recesso da equipe (simulação)"));
        Random random = new Random(options.seed());
        Population population = Population.draw(random, options.customers(), options.days());
        LocalDate first = calendar.isBusinessDay(options.start()) ? options.start()
                : calendar.nextBusinessDay(options.start());
        SimClock clock = new SimClock(first.atTime(LocalTime.of(7, 0)).atZone(ZONE).toInstant(), ZONE);
        createDirectories(options.dir());
        try (SimulatedWorld world = SimulatedWorld.start(clock, population, options.seed())) {
            Map<String, Object> tree = SimulationConfig.tree(options.dir(), world.mail.getImap().getPort(),
                    world.mail.getSmtp().getPort(), world.g3stor.baseUrl(), world.github.endpoint(), holiday,
                    options.overrides());
            Map<String, String> env = Map.of(SimulationConfig.MAIL_PASSWORD_ENV, world.mailPassword,
                    SimulationConfig.G3STOR_TOKEN_ENV, world.g3stor.token(),
                    SimulationConfig.GITHUB_TOKEN_ENV, "ghp_sim" + Long.toHexString(options.seed()));
            try (Roteiro roteiro = Roteiro.builder().withModules(new LauncherModule()).discoverModules()
                    .config(tree).environment(env).clock(clock).progress(ProgressListener.NONE)
                    .only(Set.copyOf(DemoEnvironment.ROUTINE)).build();
                 G3storClient agents = new G3storClient(G3storConfig.of(world.g3stor.baseUrl(),
                         Secret.of(world.g3stor.token())))) {
                agents.start();
                Duration silenceLimit = roteiro.lookup(G3storConfig.class).map(G3storConfig::waiting)
                        .map(WaitingRules::silenceLimit).orElse(WaitingRules.defaults().silenceLimit());
                Behaviour behaviour = new Behaviour(random, clock, world, agents.tickets(), population, calendar);
                InvariantCheck check = new InvariantCheck(calendar, silenceLimit);
                List<DayRow> rows = new ArrayList<>();
                List<Violation> violations = new ArrayList<>();
                behaviour.beforeFirstMorning(first);
                LocalDate date = first;
                for (int day = 1; day <= options.days(); date = date.plusDays(1)) {
                    if (!calendar.isBusinessDay(date)) {
                        behaviour.offDay(day, date);
                        continue;
                    }
                    clock.set(date.atTime(MORNING_RUN).atZone(ZONE).toInstant());
                    int ticketsBefore = world.g3stor.tickets().size();
                    Map<TicketId, TicketStatus> before = statuses(world.g3stor.tickets());
                    long started = System.nanoTime();
                    DailyReport report = roteiro.run();
                    long millis = (System.nanoTime() - started) / 1_000_000;
                    Map<String, Integer> copies = behaviour.readCustomerMailboxes(day);
                    InvariantCheck.Observation seen = check.check(day, date, clock.instant(), report, world.g3stor,
                            behaviour.ledger(), copies, world.github.issuesPerTicket());
                    violations.addAll(seen.violations());
                    long reopened = reopenings(world.g3stor.tickets(), before);
                    behaviour.daytime(day, date);
                    rows.add(new DayRow(day, date, behaviour.ledger().deliveredOn(day),
                            world.g3stor.tickets().size() - ticketsBefore,
                            behaviour.ledger().deliveredOn(day, Ledger.Kind.REPLY, Ledger.Kind.AFTER_DONE,
                                    Ledger.Kind.CHASE), reopened, seen.longestSilence(), millis,
                            journalBytes(options.dir()), seen.violations().size(), failed(report)));
                    onDay.accept(day);
                    day++;
                }
                Map<String, Long> kinds = new java.util.LinkedHashMap<>();
                behaviour.ledger().byKind().forEach((k, n) -> kinds.put(k.name(), n));
                return new SimulationResult(options, first, holiday, population.people().size(), rows, violations,
                        kinds, world.github.issuesPerTicket().values().stream().mapToInt(Integer::intValue).sum());
            }
        }
    }

    /** The business day in the middle of the run becomes a holiday (a company recess), so one always falls inside it. */
    static LocalDate holidayWithin(LocalDate start, int days) {
        BusinessCalendar plain = BusinessCalendar.brazil(ZONE, LocalTime.of(8, 0), LocalTime.of(18, 0), Map.of());
        LocalDate d = plain.isBusinessDay(start) ? start : plain.nextBusinessDay(start);
        for (int i = 1; i < Math.max(2, (days + 1) / 2 + 1); i++) {
            d = plain.nextBusinessDay(d);
        }
        return d;
    }

    private static List<String> failed(DailyReport report) {
        return report.steps().stream().filter(s -> s.status() == StepStatus.FAILED)
                .map(s -> s.stepId() + ": " + (s.error() == null ? s.summary() : s.error().message())).toList();
    }

    private static Map<TicketId, TicketStatus> statuses(List<Ticket> tickets) {
        Map<TicketId, TicketStatus> out = new HashMap<>();
        tickets.forEach(t -> out.put(t.id(), t.status()));
        return out;
    }

    private static long reopenings(List<Ticket> tickets, Map<TicketId, TicketStatus> before) {
        long n = 0;
        for (Ticket t : tickets) {
            TicketStatus was = before.get(t.id());
            if ((was == TicketStatus.CONCLUIDO || was == TicketStatus.CANCELADO) && t.status().isOpen()) {
                n++;
            }
        }
        return n;
    }

    private static long journalBytes(Path dir) {
        Path file = Path.of(SimulationConfig.journalFile(dir) + ".mv.db");
        try {
            return Files.exists(file) ? Files.size(file) : 0;
        } catch (IOException e) {
            return 0;
        }
    }

    private static void createDirectories(Path dir) {
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the simulation directory " + dir, e);
        }
    }

    static Instant at(LocalDate date, LocalTime time) {
        return date.atTime(time).atZone(ZONE).toInstant();
    }
}
