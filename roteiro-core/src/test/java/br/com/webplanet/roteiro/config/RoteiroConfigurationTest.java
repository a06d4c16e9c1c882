package br.com.webplanet.roteiro.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import br.com.webplanet.roteiro.config.TestConfigs.ArchitectsConfig;
import br.com.webplanet.roteiro.config.TestConfigs.Guarded;
import br.com.webplanet.roteiro.config.TestConfigs.ImapConfig;
import br.com.webplanet.roteiro.config.TestConfigs.MailConfig;
import br.com.webplanet.roteiro.config.TestConfigs.Mode;
import br.com.webplanet.roteiro.config.TestConfigs.TexturaConfig;
import br.com.webplanet.roteiro.config.TestConfigs.Window;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

@ExtendWith(EnglishDefaultLocale.class)
class RoteiroConfigurationTest {
    static final List<ConfigBinding> MAIL = List.of(new ConfigBinding(MailConfig.class, "mail"));

    @TempDir
    Path dir;

    Path write(String yaml) throws IOException {
        return Files.writeString(dir.resolve("roteiro.yaml"), yaml);
    }

    @Test
    void threeMistakesAreReportedTogetherWithPathsAndLines() throws IOException {
        Path file = write("""
                mail:
                  imap:
                    host: imap.example.com
                    prot: 1993
                    password: ${ENV:MAIL_PASSWORD}
                """);
        RoteiroConfiguration config = RoteiroConfiguration.load(file, Map.of());
        ConfigurationException e = catchThrowableOfType(ConfigurationException.class, () -> config.validate(MAIL));
        assertThat(e.problems()).containsExactlyInAnyOrder(
                "unknown key 'mail.imap.prot' — did you mean 'port'? (remove it or fix its name) [roteiro.yaml, line 4]",
                "missing required value 'mail.imap.user' (a text): add it to the file [roteiro.yaml, line 2]",
                "'mail.imap.password' uses environment variable MAIL_PASSWORD, which is not set: export MAIL_PASSWORD"
                        + " before running, or write the value in the file [roteiro.yaml, line 5]");
        assertThat(e.getMessage()).startsWith("roteiro.yaml has 3 problems (fix all, then run again):")
                .contains("1. ", "2. ", "3. ").doesNotContain(ImapConfig.class.getName(), "@Default");
        assertThat(e.verboseMessage()).contains(ImapConfig.class.getName());
    }

    @Test
    void problemsSpeakPortugueseOutsideAnEnglishLocale() throws IOException {
        java.util.Locale.setDefault(java.util.Locale.forLanguageTag("pt-BR"));
        Path file = write("""
                mail:
                  imap:
                    host: imap.example.com
                    prot: 1993
                    port: abc
                  poll-interval: 5 minutos
                """);
        RoteiroConfiguration config = RoteiroConfiguration.load(file, Map.of());
        ConfigurationException e = catchThrowableOfType(ConfigurationException.class, () -> config.validate(MAIL));
        assertThat(e.problems()).containsExactlyInAnyOrder(
                "chave desconhecida 'mail.imap.prot' — você quis dizer 'port'? (remova-a ou corrija o nome)"
                        + " [roteiro.yaml, linha 4]",
                "'mail.imap.port' deve ser um número inteiro, mas é o texto \"abc\": corrija o valor [roteiro.yaml, linha 5]",
                "falta o valor obrigatório 'mail.imap.user' (um texto): acrescente-o ao arquivo [roteiro.yaml, linha 2]",
                "falta o valor obrigatório 'mail.imap.password' (um texto): acrescente-o ao arquivo [roteiro.yaml, linha 2]",
                "'mail.poll-interval' deve ser uma duração como 30s, 5m, 2h, 1d ou PT30S, mas é o texto \"5 minutos\":"
                        + " corrija o valor [roteiro.yaml, linha 6]");
        assertThat(e.getMessage()).startsWith("roteiro.yaml tem 5 problemas (corrija todos e rode de novo):");
    }

    @Test
    void unknownSectionSuggestsTheModuleName() {
        RoteiroConfiguration config = RoteiroConfiguration.of(Map.of("mial", Map.of(),
                "mail", Map.of("imap", Map.of("host", "h", "user", "u", "password", "p"))), Map.of());
        assertThatThrownBy(() -> config.validate(MAIL)).isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("unknown section 'mial' — did you mean 'mail'? (sections of the installed modules: mail;");
    }

    @Test
    void wrongTypesNameTheExpectedFormAndTheValueFound() {
        RoteiroConfiguration config = RoteiroConfiguration.of(Map.of("mail", Map.of(
                "imap", Map.of("host", "h", "user", "u", "password", "p", "port", "abc", "tls", "maybe"),
                "pollInterval", "5 minutes", "mode", "sometimes", "folders", "INBOX")), Map.of());
        ConfigurationException e = catchThrowableOfType(ConfigurationException.class, () -> config.validate(MAIL));
        assertThat(e.problems()).containsExactlyInAnyOrder(
                "'mail.imap.port' must be a whole number, but is the text \"abc\": fix the value",
                "'mail.imap.tls' must be true or false, but is the text \"maybe\": fix the value",
                "'mail.pollInterval' must be a duration like 30s, 5m, 2h, 1d or PT30S, but is the text \"5 minutes\":"
                        + " fix the value",                          // the key as the file writes it
                "'mail.mode' must be one of: watch, once, but is the text \"sometimes\": fix the value",
                "'mail.folders' must be a list, but is the text \"INBOX\": fix the value");
    }

    @Test
    void defaultsAndNestedRecordsAreFilledIn() throws IOException {
        Path file = write("""
                mail:
                  imap:
                    host: imap.example.com
                    user: suporte@example.com
                    password: ${MAIL_PASSWORD}
                  folders: [INBOX, Suporte]
                  mode: WATCH
                """);
        RoteiroConfiguration config = RoteiroConfiguration.load(file, Map.of("MAIL_PASSWORD", "s3cr3t-pw"));
        config.validate(MAIL);
        MailConfig mail = config.value(MailConfig.class, "mail");
        assertThat(mail.imap()).isEqualTo(new ImapConfig("imap.example.com", 993, true, "suporte@example.com",
                Secret.of("s3cr3t-pw")));
        assertThat(mail.pollInterval()).isEqualTo(Duration.ofMinutes(5));
        assertThat(mail.folders()).containsExactly("INBOX", "Suporte");
        assertThat(mail.replyTo()).isEmpty();
        assertThat(mail.mode()).isEqualTo(Mode.WATCH);
    }

    @Test
    void everySupportedLeafTypeBinds() {
        RoteiroConfiguration config = RoteiroConfiguration.of(Map.of("textura", Map.of("architects", Map.of(
                "sheet", "https://sheets.example.com/a.xlsx", "at", "7:45", "since", "2026-01-31",
                "dir", "/var/roteiro", "limits", Map.of("perDay", 30),
                "holidays", Map.of("2027-01-25", "Aniversário de São Paulo")))), Map.of());
        config.validate(List.of(new ConfigBinding(ArchitectsConfig.class, "textura.architects")));
        ArchitectsConfig c = config.value(ArchitectsConfig.class, "textura.architects");
        assertThat(c).isEqualTo(new ArchitectsConfig(URI.create("https://sheets.example.com/a.xlsx"),
                ZoneId.of("America/Sao_Paulo"), LocalTime.of(7, 45), Optional.of(LocalDate.of(2026, 1, 31)),
                Path.of("/var/roteiro"), Map.of("perDay", 30), Map.of(LocalDate.of(2027, 1, 25), "Aniversário de São Paulo")));
    }

    @Test
    void nestedPrefixesShareTheirParentSection() {
        RoteiroConfiguration config = RoteiroConfiguration.of(Map.of("textura", Map.of("token", "tk-123456",
                "architects", Map.of("sheet", "https://s"), "romaneios", Map.of())), Map.of());
        List<ConfigBinding> bindings = List.of(new ConfigBinding(TexturaConfig.class, "textura"),
                new ConfigBinding(ArchitectsConfig.class, "textura.architects"));
        assertThatThrownBy(() -> config.validate(bindings))
                .hasMessageContaining("unknown key 'textura.romaneios' — valid keys: architects, base-url, token");
    }

    @Test
    void durationsAcceptShortAndIsoForms() {
        assertThat(ValueConverter.duration("30s")).isEqualTo(Duration.ofSeconds(30));
        assertThat(ValueConverter.duration("5m")).isEqualTo(Duration.ofMinutes(5));
        assertThat(ValueConverter.duration("2h")).isEqualTo(Duration.ofHours(2));
        assertThat(ValueConverter.duration("1d")).isEqualTo(Duration.ofDays(1));
        assertThat(ValueConverter.duration("1h30m")).isEqualTo(Duration.ofMinutes(90));
        assertThat(ValueConverter.duration("250ms")).isEqualTo(Duration.ofMillis(250));
        assertThat(ValueConverter.duration("PT30S")).isEqualTo(Duration.ofSeconds(30));
        assertThat(ValueConverter.duration("pt5m")).isEqualTo(Duration.ofMinutes(5));
    }

    @Test
    void recordRulesAndConstructorChecksAreReportedWithTheRest() {
        RoteiroConfiguration config = RoteiroConfiguration.of(Map.of("w", Map.of("min", 5, "max", 1),
                "g", Map.of("retries", -1)), Map.of());
        ConfigurationException e = catchThrowableOfType(ConfigurationException.class, () -> config.validate(List.of(
                new ConfigBinding(Window.class, "w"), new ConfigBinding(Guarded.class, "g"))));
        assertThat(e.problems()).containsExactly(
                "'w': min (5) must not exceed max (1): swap them",
                "'g' is not valid: retries must be >= 0, was -1");
    }

    @Test
    void kebabCaseKeysBindToCamelCaseComponents() {
        RoteiroConfiguration config = RoteiroConfiguration.of(Map.of("mail", Map.of("poll-interval", "PT1M",
                "imap", Map.of("host", "h", "user", "u", "password", "p"))), Map.of());
        config.validate(MAIL);
        assertThat(config.value(MailConfig.class, "mail").pollInterval()).isEqualTo(Duration.ofMinutes(1));
    }

    @Test
    void emptyConfigurationUsesDefaultsAndReportsRequiredValues() {
        RoteiroConfiguration config = RoteiroConfiguration.empty();
        assertThat(config.value(Guarded.class, "g").retries()).isEqualTo(1);
        assertThatThrownBy(() -> config.value(MailConfig.class, "mail"))
                .hasMessageContaining("missing required value 'mail.imap.host'");
    }

    @Test
    void missingFileAndBadYamlSayWhatToDo() throws IOException {
        assertThatThrownBy(() -> RoteiroConfiguration.load(dir.resolve("nope.yaml"), Map.of()))
                .hasMessageContaining("does not exist: create it");
        Path bad = write("mail:\n  imap: [unclosed\n");
        assertThatThrownBy(() -> RoteiroConfiguration.load(bad, Map.of())).hasMessageContaining("is not valid YAML");
        Path twice = write("mail:\n  imap:\n    host: a\n    host: b\n");
        assertThatThrownBy(() -> RoteiroConfiguration.load(twice, Map.of()))
                .hasMessageContaining("is not valid YAML").hasMessageContaining("Duplicate field 'host'");
    }

    record Calendar(@Default("America/Sao_Paulo") ZoneId zone, @Default("08:00") LocalTime opensAt,
                    @Default("18:00") LocalTime closesAt, Map<LocalDate, String> extraHolidays,
                    @Default("[]") List<Integer> ports, @Default("false") boolean ashWednesdayOff) {}

    @Test
    void unquotedTimesDatesAndDefaultsFromYamlBind() throws IOException {
        Path file = write("""
                calendar:
                  closesAt: 17:30
                  extraHolidays:
                    2027-01-25: Aniversário de São Paulo
                    2027-07-09: Revolução Constitucionalista
                  ports: [993, 465]
                """);
        RoteiroConfiguration config = RoteiroConfiguration.load(file, Map.of());
        config.validate(List.of(new ConfigBinding(Calendar.class, "calendar")));
        assertThat(config.value(Calendar.class, "calendar")).isEqualTo(new Calendar(ZoneId.of("America/Sao_Paulo"),
                LocalTime.of(8, 0), LocalTime.of(17, 30), Map.of(LocalDate.of(2027, 1, 25), "Aniversário de São Paulo",
                LocalDate.of(2027, 7, 9), "Revolução Constitucionalista"), List.of(993, 465), false));
        assertThat(RoteiroConfiguration.empty().value(Calendar.class, "calendar").ports()).isEmpty();
    }

    record SlaSettings(Map<br.com.webplanet.roteiro.model.Priority, br.com.webplanet.roteiro.sla.SlaTargets> targets,
                       Map<br.com.webplanet.roteiro.model.Urgency,
                               Map<br.com.webplanet.roteiro.model.Impact, br.com.webplanet.roteiro.model.Priority>> matrix) {}

    @Test
    void slaTargetsAndPriorityMatrixCanComeFromTheFile() throws IOException {
        Path file = write("""
                sla:
                  targets:
                    major: {firstResponse: 15m, update: 1h, resolution: 2h}
                  matrix:
                    very-high: {very-high: major}
                """);
        RoteiroConfiguration config = RoteiroConfiguration.load(file, Map.of());
        SlaSettings s = config.value(SlaSettings.class, "sla");
        var policy = br.com.webplanet.roteiro.sla.SlaPolicy.of(s.targets());
        var matrix = br.com.webplanet.roteiro.sla.PriorityMatrix.of(s.matrix());
        assertThat(policy.targets(br.com.webplanet.roteiro.model.Priority.MAJOR).firstResponse())
                .isEqualTo(Duration.ofMinutes(15));
        assertThat(matrix.priority(br.com.webplanet.roteiro.model.Urgency.VERY_HIGH,
                br.com.webplanet.roteiro.model.Impact.VERY_HIGH)).isEqualTo(br.com.webplanet.roteiro.model.Priority.MAJOR);
    }

    @Test
    void yamlAliasIsRefusedWithFileAndLineInsteadOfUsingTheAliasName() throws IOException {
        Path file = write("""
                secrets:
                  pw: &pw s3nha-de-verdade
                mail:
                  imap:
                    host: imap.example.com
                    user: suporte@example.com
                    password: *pw
                """);

        ConfigurationException e = catchThrowableOfType(ConfigurationException.class,
                () -> RoteiroConfiguration.load(file, Map.of()));

        assertThat(e).isNotNull();
        assertThat(e.getMessage()).startsWith("roteiro.yaml").contains("line 7", "mail.imap.password", "*pw",
                "YAML alias", "${ENV:NAME}").doesNotContain("s3nha-de-verdade");
    }

    @Test
    void yamlAnchorWithoutAliasIsAnOrdinaryValue() throws IOException {
        Path file = write("""
                mail:
                  imap:
                    host: &h imap.example.com
                    user: suporte@example.com
                    password: x
                """);

        RoteiroConfiguration config = RoteiroConfiguration.load(file, Map.of());
        config.validate(MAIL);

        assertThat(config.value(MailConfig.class, "mail").imap().host()).isEqualTo("imap.example.com");
    }
}
