package br.com.webplanet.roteiro.engine.journal;

import br.com.webplanet.roteiro.engine.PostgresCluster;
import br.com.webplanet.roteiro.spi.TaskStore;
import br.com.webplanet.roteiro.spi.TaskStoreContract;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;

class PostgresTaskStoreTest extends TaskStoreContract {
    private static PostgresCluster postgres;
    private JournalStore journal;

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

    @Override
    protected TaskStore newStore() {
        journal = JournalStore.open(postgres.createDatabase("tasks"), postgres.user(), "");
        return journal.tasks();
    }

    @AfterEach
    void close() {
        journal.close();
    }
}
