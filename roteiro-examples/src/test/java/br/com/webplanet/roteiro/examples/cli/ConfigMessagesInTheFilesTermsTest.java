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

    @Test
    void theScanCatchesJavaNames() {
        assertThat(javaIn("'mail.pollInterval' must be a duration (Duration) in br.com.webplanet.roteiro.mail.MailConfig"
                + ": add it or give the component a @Default")).hasSizeGreaterThanOrEqualTo(5);
    }
}
