package br.com.webplanet.roteiro.engine.journal;

import br.com.webplanet.roteiro.engine.PostgresCluster;
import br.com.webplanet.roteiro.spi.Journal;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;

class PostgresJournalContractTest extends JournalContract {
    private static PostgresCluster postgres;
    private JournalStore store;

    @BeforeAll
    static void startPostgres() {
        postgres = PostgresCluster.start();
    }

    @AfterAll
    static void stopPostgres() {
        if (postgres != null) {
            postgres.close();
        }
    }

    @BeforeEach
    void open() {
        store = JournalStore.open(postgres.createDatabase("journal"), postgres.user(), "");
    }

    @AfterEach
    void close() {
        store.close();
    }

    @org.junit.jupiter.api.Test
    void connectionsDroppedByTheServerAreReplacedWithoutAFailedCall() throws Exception {
        store.journal().record("t", "a", "1");
        try (java.sql.Connection admin = java.sql.DriverManager.getConnection(postgres.url("postgres"), "postgres", "");
             java.sql.Statement s = admin.createStatement()) {
            s.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity"
                    + " WHERE pid <> pg_backend_pid() AND datname LIKE 'journal%'");
        }

        store.journal().record("t", "b", "2");

        org.assertj.core.api.Assertions.assertThat(store.journal().records("t", String.class)).containsOnlyKeys("a", "b");
    }

    @Override
    protected Journal journal() {
        return store.journal();
    }

    @Override
    protected Journal dryRunView() {
        return store.journal().dryRunView();
    }
}
