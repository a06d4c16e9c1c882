package br.com.webplanet.roteiro.engine;

import br.com.webplanet.roteiro.config.Default;
import br.com.webplanet.roteiro.config.Secret;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * The engine's own settings: section {@code roteiro} of {@code roteiro.yaml}. Values given to
 * {@link RoteiroBuilder} win over these.
 *
 * <pre>{@code
 * roteiro:
 *   journal-url: jdbc:postgresql://db.interno/roteiro
 *   journal-user: roteiro
 *   journal-password: ${ENV:ROTEIRO_DB_PASSWORD}
 *   step-timeout: 20m
 * }</pre>
 *
 * @param journalUrl      JDBC URL of the journal: {@code jdbc:h2:file:/path} (one machine) or
 *                        {@code jdbc:postgresql://host/db} (several runners); empty: an H2 file
 *                        under {@code ~/.roteiro}
 * @param journalUser     database user, when the database needs one
 * @param journalPassword database password (never printed)
 * @param stepTimeout     how long a step may run when its descriptor sets no timeout of its own
 * @param leaseDuration   how long a runner holds a step's lease at least (it is released when the
 *                        step ends; a crashed runner's lease expires after this)
 * @param locale          language of report texts: {@code pt-BR} (default) or {@code en}
 * @param keepHistory     how long run reports and hand-off records stay in the journal (effects stay for good)
 * @param modules         modules to run even though the file has no section of theirs (e.g. one whose
 *                        settings all have defaults); a module with a section is active anyway
 */
public record EngineConfig(Optional<String> journalUrl, Optional<String> journalUser, Optional<Secret> journalPassword,
                           @Default("30m") Duration stepTimeout, @Default("2h") Duration leaseDuration,
                           @Default("pt-BR") String locale, @Default("180d") Duration keepHistory,
                           List<String> modules) {
    /** The configuration prefix. */
    public static final String PREFIX = "roteiro";

    public EngineConfig {
        journalUrl = journalUrl == null ? Optional.empty() : journalUrl;
        journalUser = journalUser == null ? Optional.empty() : journalUser;
        journalPassword = journalPassword == null ? Optional.empty() : journalPassword;
        stepTimeout = stepTimeout == null ? Duration.ofMinutes(30) : stepTimeout;
        leaseDuration = leaseDuration == null ? Duration.ofHours(2) : leaseDuration;
        locale = locale == null ? "pt-BR" : locale;
        keepHistory = keepHistory == null ? Duration.ofDays(180) : keepHistory;
        modules = modules == null ? List.of() : List.copyOf(modules);
        if (stepTimeout.isNegative() || stepTimeout.isZero()) {
            throw new IllegalArgumentException("roteiro.step-timeout must be > 0, was " + stepTimeout);
        }
        if (keepHistory.isNegative() || keepHistory.isZero()) {
            throw new IllegalArgumentException("roteiro.keep-history must be > 0, was " + keepHistory);
        }
        if (leaseDuration.isNegative() || leaseDuration.isZero()) {
            throw new IllegalArgumentException("roteiro.lease-duration must be > 0, was " + leaseDuration);
        }
    }

    /** Every default: H2 under {@code ~/.roteiro}, 30 min per step, 2 h leases, pt-BR, 180 days of history. */
    public static EngineConfig defaults() {
        return new EngineConfig(Optional.empty(), Optional.empty(), Optional.empty(), null, null, null, null, List.of());
    }
}
