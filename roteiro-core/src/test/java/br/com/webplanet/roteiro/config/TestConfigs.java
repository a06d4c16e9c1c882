package br.com.webplanet.roteiro.config;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Config records used by the configuration tests, shaped like the connectors' ones. */
final class TestConfigs {
    private TestConfigs() {}

    enum Mode { WATCH, ONCE }

    record ImapConfig(String host, @Default("993") int port, @Default("true") boolean tls, String user, Secret password) {}

    record MailConfig(ImapConfig imap, @Default("5m") Duration pollInterval, List<String> folders,
                      Optional<String> replyTo, @Default("once") Mode mode) {}

    record ArchitectsConfig(URI sheet, @Default("America/Sao_Paulo") ZoneId zone, @Default("08:30") LocalTime at,
                            Optional<LocalDate> since, @Default("/tmp/roteiro") Path dir, Map<String, Integer> limits,
                            Map<LocalDate, String> holidays) {}

    record TexturaConfig(@Default("https://textura.example.com") URI baseUrl, Secret token) {}

    record Window(int min, int max) implements Validated {
        @Override
        public List<String> problems() {
            return min <= max ? List.of() : List.of("min (" + min + ") must not exceed max (" + max + "): swap them");
        }
    }

    record Guarded(@Default("1") int retries) {
        Guarded {
            if (retries < 0) {
                throw new IllegalArgumentException("retries must be >= 0, was " + retries);
            }
        }
    }
}
