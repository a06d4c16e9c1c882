package br.com.webplanet.roteiro.g3stor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import br.com.webplanet.roteiro.config.Secret;
import br.com.webplanet.roteiro.model.TicketStatus;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class G3storConfigTest {
    @Test
    void defaultsAreFilledAndTheTokenNeverPrints() {
        G3storConfig c = G3storConfig.of("https://g3stor.example/api/v1", Secret.of("abcdef123456"));

        assertThat(c.problems()).isEmpty();
        assertThat(c.retry().maxAttempts()).isEqualTo(5);
        assertThat(c.readTimeout()).isEqualTo(Duration.ofSeconds(30));
        assertThat(c.status().issueClosedTarget()).isEqualTo(TicketStatus.AGUARDANDO_VALIDACAO);
        assertThat(c.toString()).doesNotContain("abcdef123456").contains("[REDACTED]");
    }

    @Test
    void everyProblemIsListedWithItsProperty() {
        G3storConfig c = G3storConfig.of("ftp://g3stor.example", Secret.of(""))
                .withRetry(new G3storConfig.RetrySettings(0, Duration.ofSeconds(5), Duration.ofSeconds(1), 1.5,
                        Duration.ofMinutes(1)));

        assertThat(c.problems()).containsExactly(
                "g3stor.base-url must start with https:// (was 'ftp://g3stor.example')",
                "g3stor.token is empty: set it, e.g. token: ${G3STOR_TOKEN}",
                "g3stor.retry.max-attempts must be >= 1, was 0",
                "g3stor.retry.jitter must be between 0 and 0.9, was 1.5",
                "g3stor.retry.initial-backoff must be > 0 and shorter than g3stor.retry.max-backoff (was 5s and"
                        + " 1s): the wait doubles from the first up to the ceiling, e.g. initial-backoff: 500ms,"
                        + " max-backoff: 30s");
    }

    @Test
    void plainHttpIsAProblemUnlessLoopbackOrAllowed() {
        G3storConfig remote = G3storConfig.of("http://g3stor.example/api/v1", Secret.of("abcdef123456"));

        assertThat(remote.problems()).singleElement().asString()
                .startsWith("g3stor.base-url is plain http (http://g3stor.example/api/v1)").contains("allow-insecure");
        assertThat(remote.withAllowInsecure(true).problems()).isEmpty();
        for (String local : new String[] {"http://localhost:8080/api", "http://127.0.0.1:9/x", "http://[::1]:80/",
                "http://user@localhost/api"}) {
            assertThat(G3storConfig.of(local, Secret.of("abcdef123456")).problems()).as(local).isEmpty();
        }
        assertThat(G3storConfig.of("http://localhost.evil.example/api", Secret.of("abcdef123456")).problems())
                .hasSize(1);
    }

    @Test
    void problemsSpeakPortugueseByDefaultAndEnglishForEnglish() {
        G3storConfig c = G3storConfig.of("http://g3stor.example/api/v1", Secret.of(""));

        assertThat(c.problems(java.util.Locale.forLanguageTag("pt-BR"))).containsExactly(
                "g3stor.base-url é http sem TLS (http://g3stor.example/api/v1): o token viajaria aberto; use https://,"
                        + " ou defina g3stor.allow-insecure: true numa instalação de teste",
                "g3stor.token está vazio: defina-o, por exemplo token: ${G3STOR_TOKEN}");
        assertThat(c.problems(java.util.Locale.ENGLISH)).isEqualTo(c.problems()).hasSize(2);
    }

    @Test
    void equalBackoffsAreAProblem() {
        G3storConfig c = G3storConfig.of("https://g3stor.example/api/v1", Secret.of("abcdef123456"))
                .withRetry(new G3storConfig.RetrySettings(3, Duration.ofSeconds(2), Duration.ofSeconds(2), 0.25,
                        Duration.ofMinutes(1)));

        assertThat(c.problems()).singleElement().asString().startsWith("g3stor.retry.initial-backoff must be > 0 and"
                + " shorter than g3stor.retry.max-backoff");
    }

    @Test
    void issueClosedTargetMustBeValidationOrDone() {
        assertThatThrownBy(() -> new StatusRules(true, 3, 2, TicketStatus.EM_ANALISE, List.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("issue-closed-target");
    }
}
