package br.com.webplanet.roteiro.config;

import static org.assertj.core.api.Assertions.assertThat;

import br.com.webplanet.roteiro.config.TestConfigs.MailConfig;
import br.com.webplanet.roteiro.config.TestConfigs.TexturaConfig;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.slf4j.LoggerFactory;

@ExtendWith(EnglishDefaultLocale.class)
class SecretRedactionTest {
    static final String PASSWORD = "hunter2-imap-pw";
    static final String TOKEN = "tx-0123456789abcdef";

    @Test
    void noSecretValueAppearsInLogsRenderedConfigOrErrors() {
        Logger logger = (Logger) LoggerFactory.getLogger("roteiro.test.secrets");
        ListAppender<ILoggingEvent> appender = new ListAppender<>();
        appender.start();
        logger.addAppender(appender);
        List<String> output = new ArrayList<>();
        try {
            RoteiroConfiguration config = RoteiroConfiguration.of(Map.of(
                    "mail", Map.of("imap", Map.of("host", "imap.example.com", "user", "u", "password", "${ENV:PW}")),
                    "textura", Map.of("token", TOKEN)), Map.of("PW", PASSWORD));
            config.validate(List.of(new ConfigBinding(MailConfig.class, "mail"),
                    new ConfigBinding(TexturaConfig.class, "textura")));
            MailConfig mail = config.value(MailConfig.class, "mail");
            Redactor redactor = config.redactor();
            logger.info("loaded {}", mail);
            logger.info("textura {}", config.value(TexturaConfig.class, "textura"));
            logger.warn(redactor.redact("login failed for u with " + mail.imap().password().reveal()));
            logger.warn(redactor.redact("GET /api Authorization: Bearer " + TOKEN));
            output.add(config.render());

            RoteiroConfiguration broken = RoteiroConfiguration.of(Map.of("mail", Map.of("imap", Map.of(
                    "host", "h", "user", "u", "password", PASSWORD, "port", PASSWORD))), Map.of());
            try {
                broken.validate(List.of(new ConfigBinding(MailConfig.class, "mail")));
            } catch (ConfigurationException e) {
                output.add(e.getMessage());
            }
        } finally {
            logger.detachAppender(appender);
        }
        appender.list.forEach(event -> output.add(event.getFormattedMessage()));

        assertThat(output).hasSize(6).allSatisfy(line -> assertThat(line).doesNotContain(PASSWORD, TOKEN));
        assertThat(output.get(0)).contains("password: \"[REDACTED]\"", "token: \"[REDACTED]\"",
                "host: imap.example.com", "port: 993", "poll-interval: 5m");
        assertThat(output.get(1)).contains("'mail.imap.port' must be a whole number", "the text \"[REDACTED]\"");
    }

    @Test
    void credentialPatternsAreRedactedWithoutKnowingTheSecret() {
        Redactor r = Redactor.patternsOnly();
        assertThat(r.redact("Authorization: Bearer abc.def-ghi")).isEqualTo("Authorization: Bearer [REDACTED]");
        assertThat(r.redact("https://h/api?token=xyz123&page=2")).isEqualTo("https://h/api?token=[REDACTED]&page=2");
        assertThat(r.redact("password=hunter2 user=ana")).isEqualTo("password=[REDACTED] user=ana");
        assertThat(r.redact("using ghp_abcdefghijklmnopqrstuvwxyz0123")).isEqualTo("using [REDACTED]");
        assertThat(r.redact("nothing to hide")).isEqualTo("nothing to hide");
        assertThat(r.redact(null)).isNull();
    }

    @Test
    void secretValuesAreReplacedLongestFirst() {
        Redactor r = Redactor.of(List.of("abcd", "abcdefgh", "", "xy"));
        assertThat(r.redact("x abcdefgh y abcd xy")).isEqualTo("x [REDACTED] y [REDACTED] xy");
        assertThat(r.size()).isEqualTo(2);
    }
}
