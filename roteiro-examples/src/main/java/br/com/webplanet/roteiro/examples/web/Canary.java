package br.com.webplanet.roteiro.examples.web;

import br.com.webplanet.roteiro.mail.CanaryRecognizer;
import br.com.webplanet.roteiro.model.MailAddress;
import br.com.webplanet.roteiro.model.OutgoingMail;
import br.com.webplanet.roteiro.engine.Tasks;
import br.com.webplanet.roteiro.spi.HumanTask;
import br.com.webplanet.roteiro.spi.Journal;
import br.com.webplanet.roteiro.spi.Mailer;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The mailbox canary: {@link #send} mails a signed probe to the support address (one journal effect
 * per probe, so a restart never sends it twice); intake's {@link CanaryRecognizer} records when it
 * saw it; {@link #check} measures the round trip of every probe seen and raises the alert
 * {@code canary-missing} (once per probe) for a probe not seen within {@code canary.timeout}.
 * Probes wait in journal topic {@code canary.sent:<yyyyMMdd>} (UTC date of the probe); a check reads
 * today's and yesterday's.
 */
public final class Canary {
    static final String SENT = "canary.sent:";
    private static final Logger LOG = LoggerFactory.getLogger(Canary.class);
    private static final DateTimeFormatter ID = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")
            .withZone(java.time.ZoneOffset.UTC);

    private final Journal journal;
    private final Mailer mailer;
    private final CanaryConfig config;
    private final Alerts alerts;
    private final RoteiroMetrics metrics;
    private final Clock clock;
    private final Optional<Tasks> tasks;

    /** A probe sent and, once intake saw it, the round trip. */
    public record Probe(String canaryId, String messageId, Instant sentAt, String state, Long roundTripMillis,
                        Boolean threadOk) {
        static final String WAITING = "waiting";
        static final String SEEN = "seen";
        static final String MISSING = "missing";
    }

    /** The task source (as a step id) of the task "the canary is missing". */
    public static final String TASK_SOURCE = "watch.canary";
    /** The subject of that task: one task while the canary goes missing, closed when one arrives again. */
    public static final String TASK_SUBJECT = "canary-missing";

    public Canary(Journal journal, Mailer mailer, CanaryConfig config, Alerts alerts, RoteiroMetrics metrics,
                  Clock clock) {
        this(journal, mailer, config, alerts, metrics, clock, Optional.empty());
    }

    /**
     * @param tasks where a missing canary raises its task for people (and where it closes itself when
     *              a canary arrives again); empty: alert only
     */
    public Canary(Journal journal, Mailer mailer, CanaryConfig config, Alerts alerts, RoteiroMetrics metrics,
                  Clock clock, Optional<Tasks> tasks) {
        this.journal = Objects.requireNonNull(journal, "journal is null");
        this.mailer = Objects.requireNonNull(mailer, "mailer is null");
        this.config = Objects.requireNonNull(config, "config is null");
        this.alerts = Objects.requireNonNull(alerts, "alerts is null");
        this.metrics = Objects.requireNonNull(metrics, "metrics is null");
        this.clock = Objects.requireNonNull(clock, "clock is null");
        this.tasks = Objects.requireNonNull(tasks, "tasks is null");
    }

    /** Sends one probe now; returns its id. */
    public String send() {
        byte[] key = CanaryRecognizer.keyOf(journal);
        Instant now = clock.instant();
        String canaryId = ID.format(now);
        String domain = mailer.from().domain();
        String messageId = CanaryRecognizer.messageId(canaryId, key, domain);
        String root = CanaryRecognizer.messageId(CanaryRecognizer.THREAD_ROOT, key, domain);
        MailAddress to = config.to().map(MailAddress::of).orElse(mailer.from());
        OutgoingMail probe = new OutgoingMail(List.of(to), "[roteiro] canário da caixa de suporte " + canaryId,
                "Mensagem de teste do roteiro: confirma que a caixa de suporte recebe e lê e-mails.\n"
                        + "Não responda; ela não vira chamado.\n", null, messageId, root, List.of(root),
                Map.of(CanaryRecognizer.HEADER, messageId.substring(1, messageId.indexOf('@')),
                        "Auto-Submitted", "auto-generated"), null);
        journal.once("canary:" + canaryId, String.class, () -> mailer.findSent(messageId).map(s -> s.messageId()),
                () -> mailer.send(probe).messageId());
        journal.record(sentTopic(canaryId), canaryId, new Probe(canaryId, messageId, now, Probe.WAITING, null, null));
        LOG.info("mailbox canary {} sent to {}", canaryId, to);
        return canaryId;
    }

    /**
     * Looks at every waiting probe: seen → round trip measured; older than {@code canary.timeout}
     * and unseen → alert (once) and marked missing. Returns the probes after the check.
     */
    public List<Probe> check() {
        Instant now = clock.instant();
        for (Probe p : recent(now)) {
            if (!Probe.WAITING.equals(p.state())) {
                continue;
            }
            CanaryRecognizer.Sighting s = journal.records(CanaryRecognizer.topicFor(p.canaryId()),
                    CanaryRecognizer.Sighting.class).get(p.canaryId());
            if (s != null) {
                Duration trip = Duration.between(p.sentAt(), s.seenAt());
                metrics.canaryRoundTrip(trip.isNegative() ? Duration.ZERO : trip);
                journal.record(sentTopic(p.canaryId()), p.canaryId(), new Probe(p.canaryId(), p.messageId(), p.sentAt(), Probe.SEEN,
                        trip.toMillis(), s.threadOk()));
                resolveTask(p.canaryId());
                if (!s.threadOk()) {
                    alerts.raise("canary-thread:" + p.canaryId(), "canary-missing",
                            "Canário recebido sem os cabeçalhos de conversa",
                            "O canário " + p.canaryId() + " chegou, mas In-Reply-To/References não foram preservados:"
                                    + " respostas de clientes podem deixar de entrar nos chamados certos.");
                }
            } else if (Duration.between(p.sentAt(), now).compareTo(config.timeout()) > 0) {
                metrics.canaryMissing();
                journal.record(sentTopic(p.canaryId()), p.canaryId(), new Probe(p.canaryId(), p.messageId(), p.sentAt(), Probe.MISSING,
                        null, null));
                alerts.raise("canary-missing:" + p.canaryId(), "canary-missing",
                        "Canário da caixa de suporte não chegou",
                        "O canário " + p.canaryId() + " foi enviado às " + p.sentAt() + " e a leitura da caixa não o viu em "
                                + config.timeout().toMinutes() + " min. Verifique se o e-mail chega à caixa (SMTP,"
                                + " regras de filtro, pasta lida pelo roteiro) e se o roteiro watch está lendo.");
                raiseTask(p);
            }
        }
        return recent(now);
    }

    private void raiseTask(Probe p) {
        tasks.ifPresent(t -> {
            try {
                t.raise(TASK_SOURCE, HumanTask.about(TASK_SUBJECT, "Verificar a caixa de suporte: o canário não chegou",
                        config.to().orElse(mailer.from().address()),
                        "O canário " + p.canaryId() + " não foi visto pela leitura da caixa em "
                                + config.timeout().toMinutes() + " min. E-mails de clientes podem não estar virando"
                                + " chamados. Fecha-se sozinha quando um canário chegar de novo.", null));
            } catch (RuntimeException e) {
                LOG.warn("the task for the missing canary {} was not kept: {}", p.canaryId(), e.toString());
            }
        });
    }

    private void resolveTask(String canaryId) {
        tasks.ifPresent(t -> {
            try {
                t.resolve(TASK_SOURCE, TASK_SUBJECT, "o canário " + canaryId + " chegou: a caixa voltou a ser lida");
            } catch (RuntimeException e) {
                LOG.warn("the task for the missing canary was not closed: {}", e.toString());
            }
        });
    }

    /** The latest probe of today or yesterday, if any. */
    public Optional<Probe> latest() {
        return recent(clock.instant()).stream().reduce((a, b) -> b);
    }

    private List<Probe> recent(Instant now) {
        List<Probe> probes = new java.util.ArrayList<>();
        for (Instant day : List.of(now.minus(Duration.ofDays(1)), now)) {
            probes.addAll(journal.records(SENT + ID.format(day).substring(0, 8), Probe.class).values());
        }
        return List.copyOf(probes);
    }

    private static String sentTopic(String canaryId) {
        return SENT + canaryId.substring(0, 8);
    }
}
