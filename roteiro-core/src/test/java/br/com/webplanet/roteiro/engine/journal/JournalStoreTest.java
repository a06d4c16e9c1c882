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
    void otherDatabasesAreRefusedByName() {
        assertThatThrownBy(() -> JournalStore.open("jdbc:mysql://db/roteiro"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("jdbc:mysql://db/roteiro");
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
