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
                "g3stor.retry.initial-backoff must be > 0 and <= max-backoff");
    }

    @Test
    void issueClosedTargetMustBeValidationOrDone() {
        assertThatThrownBy(() -> new StatusRules(true, 3, 2, TicketStatus.EM_ANALISE, List.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("issue-closed-target");
    }
}
