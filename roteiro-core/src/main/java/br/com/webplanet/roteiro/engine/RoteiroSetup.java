package br.com.webplanet.roteiro.engine;

import br.com.webplanet.roteiro.config.Secret;
import br.com.webplanet.roteiro.engine.journal.JournalStore;
import br.com.webplanet.roteiro.spi.RoteiroModule;
import com.google.inject.Module;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;

/** What the builder was told; {@link #resolve} merges it with the configuration file's {@code roteiro} section. */
final class RoteiroSetup {
    Path configFile;
    Map<String, Object> configTree;
    Map<String, String> env = System.getenv();
    String journalUrl;
    String journalUser;
    Secret journalPassword;
    Clock clock = Clock.systemDefaultZone();
    LocalDate runDate;
    boolean dryRun;
    Set<String> only = Set.of();
    Set<String> skip = Set.of();
    Duration stepTimeout;
    Duration leaseDuration;
    Locale locale;
    ProgressListener progress = ProgressListener.LOG;

    /**
     * The settings in force.
     *
     * @param configModule binds the validated configuration records (null when there is none)
     */
    record Resolved(Clock clock, Locale locale, Duration stepTimeout, Duration leaseDuration, String journalUrl,
                    String journalUser, String journalPassword, UnaryOperator<String> redactor, Module configModule,
                    Duration keepHistory) {}

    Resolved resolve(br.com.webplanet.roteiro.config.RoteiroConfiguration configuration, List<RoteiroModule> modules,
                     List<java.util.function.Consumer<com.google.inject.Binder>> extra, Map<String, String> moreProblems) {
        ConfigHookup.Loaded loaded = ConfigHookup.load(this, configuration, modules, extra, moreProblems);
        EngineConfig engine = loaded.engine();
        String url = journalUrl != null ? journalUrl : engine.journalUrl().orElseGet(JournalStore::defaultUrl);
        String user = journalUser != null ? journalUser : engine.journalUser().orElse(null);
        Secret password = journalPassword != null ? journalPassword : engine.journalPassword().orElse(null);
        return new Resolved(clock,
                locale != null ? locale : Locale.forLanguageTag(engine.locale()),
                stepTimeout != null ? stepTimeout : engine.stepTimeout(),
                leaseDuration != null ? leaseDuration : engine.leaseDuration(),
                url, user, password == null ? null : password.reveal(), loaded.redactor(), loaded.module(),
                engine.keepHistory());
    }
}
