package br.com.webplanet.roteiro.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every configuration problem of every installed module names keys as the file writes them and says
 * nothing in Java (record names, {@code @Default}, {@code java.} types, camelCase keys) unless
 * {@code --verbose} asks for it; pt-BR by default, English with an English locale.
 */
class ConfigMessagesInTheFilesTermsTest {
    /** Something a Java developer, not a support person, would recognise. */
    private static final List<Pattern> JAVA = List.of(
            Pattern.compile("[A-Z][a-z]+Config\\b"), Pattern.compile("[A-Z][a-z]+(Settings|Rules)\\b"),
            Pattern.compile("@Default"), Pattern.compile("\\bjava\\."), Pattern.compile("br\\.com\\.webplanet"),
            Pattern.compile("\\((String|int|boolean|Duration|List|Map|ZoneId|LocalTime|URI|Path)\\)"),
            Pattern.compile("'[a-z0-9.\\-\\[\\]]*[a-z][A-Z][A-Za-z0-9.\\-\\[\\]]*'"),       // a quoted camelCase key
            Pattern.compile("\\b[a-z]+[A-Z][a-z]+(\\.[a-z-]+)* (must|deve|is|é)\\b"));     // a camelCase key in a rule

    /** One of each kind of mistake, in every module's section. */
    private static final String BAD = """
            roteiro:
              step-timeout: 0s
              lease-duration: muito
              modules: [githb]
            mail:
              imap:
                host: imap.example.com
                prot: 993
                tls: talvez
              smtp:
                port: abc
              from: suporte@example.com
              poll-interval: 5 minutos
              intake:
                archive-folder: [a, b]
            g3stor:
              base-url: http://g3stor.example.com/api/v1
              token: ${G3STOR_TOKEN_QUE_NAO_EXISTE}
              retry:
                initial-backoff: 2s
                max-backoff: 2s
                jitter: muito
              calendar:
                zone: Marte/Base
                opens-at: oito
              status:
                issue-closed-target: EM_ANALISE
            github:
              repository: sem-barra
              labels: texto
            textura:
              architects:
                sources: /um/arquivo.xlsx
              romaneios:
                issuer: 123
            report:
              mail-to: [equipe-sem-arroba]
              zone: Lua/Centro
            schedule:
              routine-at: cedo
            mial: {}
            """;

    /**
     * Values that bind but break each module's own rules (the records' {@code problems(Locale)}):
     * mail's folder rules (its server rules are in {@link #REFUSED}: a section with a problem is not built further), github's repository/status/endpoint/limits rules, textura's aliases.
     */
    private static final String RULES = """
            mail:
              imap:
                host: imap.example.com
              smtp:
                host: smtp.example.com
              from: suporte@example.com
              sent-folder: INBOX
              intake:
                archive-folder: INBOX
                quarantine-folder: INBOX
            github:
              repository: sem-barra
              endpoint: http://github.example.com/api/v3
              selection:
                statuses: [INEXISTENTE]
              sync-back:
                closed-status: NADA
              limits:
                max-requests-per-run: 0
              routing:
                by-customer:
                  c-1: tambem-sem-barra
            textura:
              architects:
                header-aliases:
                  telefone: [Tel]
            """;

    /** Values that bind but that the records' constructors refuse (shown as the constructor says them). */
    private static final String REFUSED = """
            mail:
              imap:
                host: " "
              smtp:
                host: smtp.example.com
                port: 465
                tls: false
                user: suporte@example.com
              from: nao-e-um-endereco
              intake:
                reopen-window: PT-1H
              ack:
                limit: -1
            textura:
              romaneios:
                weight-tolerance-percent: -2
            """;

    /** mail's own constructor rule: only reached when its sections are fine. */
    private static final String BAD_FROM = """
            mail:
              imap:
                host: imap.example.com
              smtp:
                host: smtp.example.com
              from: nao-e-um-endereco
            """;

    /** English words a rule text would carry; none belongs in the pt-BR output. */
    private static final Pattern ENGLISH = Pattern.compile(
            "\\b(must|was|were|is also|needs|expects|unknown|otherwise|only for|should|is set|is not|would)\\b");

    @TempDir
    Path dir;

    private static List<String> javaIn(String text) {
        List<String> found = new ArrayList<>();
        for (Pattern p : JAVA) {
            Matcher m = p.matcher(text);
            while (m.find()) {
                found.add(m.group());
            }
        }
        return found;
    }

    private CliRun check(Map<String, String> env, String... more) throws Exception {
        Path file = Files.writeString(dir.resolve("roteiro.yaml"), BAD);
        List<String> args = new ArrayList<>(List.of("config", "check", "--config", file.toString()));
        args.addAll(List.of(more));
        return CliRun.of(env, args.toArray(String[]::new));
    }

    @Test
    void inPortugueseNoProblemSpeaksJava() throws Exception {
        CliRun check = check(Map.of("ROTEIRO_LANG", "pt-BR"));

        assertThat(check.exitCode()).as(check.all()).isEqualTo(64);
        assertThat(check.err()).contains("problemas (corrija todos", "'mail.imap.prot'", "'mail.poll-interval'",
                "'g3stor.calendar.zone'", "G3STOR_TOKEN_QUE_NAO_EXISTE", "'mial'", "githb", "linha ");
        assertThat(javaIn(check.err())).as(check.err()).isEmpty();
    }

    @Test
    void inEnglishNoProblemSpeaksJava() throws Exception {
        CliRun check = check(Map.of("ROTEIRO_LANG", "en"));

        assertThat(check.exitCode()).as(check.all()).isEqualTo(64);
        assertThat(check.err()).contains("problems (fix all", "unknown key 'mail.imap.prot'", "line ");
        assertThat(javaIn(check.err())).as(check.err()).isEmpty();
    }

    @Test
    void verboseAddsTheJavaNamesBehindEachProblem() throws Exception {
        CliRun check = check(Map.of("ROTEIRO_LANG", "en"), "--verbose");

        assertThat(check.exitCode()).isEqualTo(64);
        assertThat(check.err()).contains("br.com.webplanet.roteiro.mail.", "java.time.ZoneId");
    }

    private CliRun checkFile(String yaml, String lang) throws Exception {
        Path file = Files.writeString(dir.resolve("regras-" + lang + ".yaml"), yaml);
        return CliRun.of(Map.of("ROTEIRO_LANG", lang), "config", "check", "--config", file.toString());
    }

    private static List<String> englishIn(String text) {
        List<String> found = new ArrayList<>();
        for (String line : text.split("\\R")) {
            if (ENGLISH.matcher(line).find()) {
                found.add(line);
            }
        }
        return found;
    }

    @Test
    void everyModulesRulesSpeakPortugueseInThePortugueseFrame() throws Exception {
        CliRun rules = checkFile(RULES, "pt-BR");

        assertThat(rules.exitCode()).as(rules.all()).isEqualTo(64);
        assertThat(rules.err()).as("one rule of each record is reported").contains(
                "mail.intake.archive-folder 'INBOX' também", "mail.intake.quarantine-folder",
                "mail.sent-folder", "github.repository deve ser 'dono/nome'", "github.routing.by-customer.c-1",
                "github.endpoint deve usar https", "github.sync-back.closed-status", "github.selection.statuses",
                "max-requests-per-run deve", "textura.architects.header-aliases: campo desconhecido 'telefone'");
        assertThat(englishIn(rules.err())).as(rules.err()).isEmpty();
        assertThat(javaIn(rules.err())).as(rules.err()).isEmpty();

        CliRun refused = checkFile(REFUSED, "pt-BR");
        assertThat(refused.exitCode()).as(refused.all()).isEqualTo(64);
        assertThat(refused.err()).contains("o host do servidor de e-mail não pode ficar em branco",
                "'mail.smtp': a porta 465 espera TLS", "'user' está definido mas 'password' não",
                "mail.intake.reopen-window não pode ser negativo",
                "devem ser >= 0", "weight-tolerance-percent deve ser >= 0");
        assertThat(englishIn(refused.err())).as(refused.err()).isEmpty();
        assertThat(javaIn(refused.err())).as(refused.err()).isEmpty();

        CliRun from = checkFile(BAD_FROM, "pt-BR");
        assertThat(from.err()).as(from.all()).contains("mail.from deve ser um endereço de e-mail (está 'nao-e-um-endereco')");
        assertThat(englishIn(from.err())).as(from.err()).isEmpty();
    }

    @Test
    void everyModulesRulesSpeakEnglishInTheEnglishFrame() throws Exception {
        CliRun rules = checkFile(RULES, "en");
        assertThat(rules.err()).contains("mail.intake.archive-folder 'INBOX' is also",
                "github.repository must be 'owner/name'", "github.endpoint must use https",
                "textura.architects.header-aliases: unknown field 'telefone'");
        CliRun refused = checkFile(REFUSED, "en");
        assertThat(refused.err()).contains("must not be blank", "expects TLS", "reopen-window must not be negative",
                "weight-tolerance-percent must be >= 0");
        assertThat(checkFile(BAD_FROM, "en").err()).contains("mail.from must be an e-mail address");
    }

    @Test
    void theEnglishScanCatchesAnEnglishRule() {
        assertThat(englishIn("  linha 3: 'mail.imap': port 993 expects TLS but 'tls' is false")).hasSize(1);
        assertThat(englishIn("  linha 3: 'mail.imap': a porta 993 espera TLS mas 'tls' é false")).isEmpty();
    }

    @Test
    void theScanCatchesJavaNames() {
        assertThat(javaIn("'mail.pollInterval' must be a duration (Duration) in br.com.webplanet.roteiro.mail.MailConfig"
                + ": add it or give the component a @Default")).hasSizeGreaterThanOrEqualTo(5);
    }
}
