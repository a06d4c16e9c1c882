package br.com.webplanet.roteiro.engine.journal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JournalStoreTest {
    @TempDir
    Path dir;

    @Test
    void h2FileIsCreatedWithItsDirectoriesAndReopenedWithItsData() {
        String url = JournalStore.h2FileUrl(dir.resolve("home/.roteiro/journal"));
        try (JournalStore store = JournalStore.open(url)) {
            store.journal().once("k", String.class, () -> "v");
        }
        try (JournalStore again = JournalStore.open(url)) {
            assertThat(again.journal().result("k", String.class)).contains("v");
        }
        assertThat(Files.exists(dir.resolve("home/.roteiro/journal.mv.db"))).isTrue();
    }

    @Test
    void h2FileUrlsWriteEachCommitSoAKillLosesNothing() {
        assertThat(JournalStore.durable("jdbc:h2:file:/x/journal")).isEqualTo("jdbc:h2:file:/x/journal;WRITE_DELAY=0");
        assertThat(JournalStore.durable("jdbc:h2:file:/x/journal;write_delay=100")).endsWith("write_delay=100");
        assertThat(JournalStore.durable("jdbc:h2:mem:x")).isEqualTo("jdbc:h2:mem:x");
        assertThat(JournalStore.durable("jdbc:postgresql://db/roteiro")).isEqualTo("jdbc:postgresql://db/roteiro");
        assertThat(JournalStore.defaultUrl()).startsWith("jdbc:h2:file:").endsWith("/.roteiro/journal");
    }

    @Test
    void pendingEffectsAreListedAndAPersonResolvesThem() {
        try (JournalStore store = JournalStore.open(JournalStore.h2FileUrl(dir.resolve("journal")))
                .redactWith(t -> t.replace("s3nh4", "[REDACTED]"))) {
            JdbcJournal journal = store.journal().forStep("mail.triage", "2026-03-02-abc");
            for (String key : java.util.List.of("ack:G3-1", "ack:G3-2")) {
                assertThatThrownBy(() -> journal.once(key, String.class, () -> {
                    throw new IllegalStateException("SMTP 421 para usuario:s3nh4");
                })).isInstanceOf(IllegalStateException.class);
            }

            assertThat(store.pending().list()).extracting(PendingEffect::key, PendingEffect::stepId,
                    PendingEffect::runId, PendingEffect::error).containsExactly(
                    org.assertj.core.groups.Tuple.tuple("ack:G3-1", "mail.triage", "2026-03-02-abc",
                            "IllegalStateException: SMTP 421 para usuario:[REDACTED]"),
                    org.assertj.core.groups.Tuple.tuple("ack:G3-2", "mail.triage", "2026-03-02-abc",
                            "IllegalStateException: SMTP 421 para usuario:[REDACTED]"));
            assertThat(store.pending().withdraw("ack:G3-1")).isTrue();
            assertThat(store.pending().resolve("ack:G3-2", "<sent-2@webplanet>")).isTrue();
            assertThat(store.pending().resolve("ack:G3-2", "again")).isFalse();

            assertThat(store.pending().list()).isEmpty();
            assertThat(journal.once("ack:G3-1", String.class, () -> "sent now")).isEqualTo("sent now");
            assertThat(journal.once("ack:G3-2", String.class, () -> "never")).isEqualTo("<sent-2@webplanet>");
        }
    }

    @Test
    void pruningForgetsOldReportsAndRecordsButKeepsEffectsAndCheckpoints() {
        try (JournalStore store = JournalStore.open("jdbc:h2:mem:" + java.util.UUID.randomUUID())) {
            store.journal().once("mail:<1>", String.class, () -> "G3-1");
            store.journal().checkpoint("imap:INBOX").put("7:100");
            store.journal().record("mail.decisions", "<1>", "G3-1");
            store.runs().started("r1", java.time.LocalDate.of(2026, 3, 2));

            assertThat(store.prune(java.time.Instant.now().minusSeconds(3600))).isZero();
            assertThat(store.prune(java.time.Instant.now().plusSeconds(60))).isEqualTo(2);

            assertThat(store.journal().records("mail.decisions", String.class)).isEmpty();
            assertThat(store.journal().result("mail:<1>", String.class)).contains("G3-1");
            assertThat(store.journal().checkpoint("imap:INBOX").get()).contains("7:100");
        }
    }

    @Test
    void otherDatabasesAreRefusedByName() {
        assertThatThrownBy(() -> JournalStore.open("jdbc:mysql://db/roteiro"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("jdbc:mysql://db/roteiro");
    }

    @Test
    void unreachableDatabaseIsNamedWithoutThePasswordWrittenInItsUrl() {
        assertThatThrownBy(() -> JournalStore.open("jdbc:postgresql://127.0.0.1:1/roteiro?user=r&password=s3nh4-db"))
                .isInstanceOf(JournalException.class)
                .hasMessageContaining("jdbc:postgresql://127.0.0.1:1/roteiro?user=r&password=[REDACTED]")
                .hasMessageNotContaining("s3nh4-db");
    }

    @Test
    void journalWrittenByANewerRoteiroIsRefused() throws Exception {
        String url = JournalStore.h2FileUrl(dir.resolve("journal"));
        JournalStore.open(url).close();
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
            s.execute("INSERT INTO schema_version (version, applied_at) VALUES (99, CURRENT_TIMESTAMP)");
        }

        assertThatThrownBy(() -> JournalStore.open(url)).isInstanceOf(JournalException.class)
                .hasMessageContaining("schema version 99").hasMessageContaining("update roteiro");
    }
}
