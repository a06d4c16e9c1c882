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

    @Override
    protected Journal journal() {
        return store.journal();
    }

    @Override
    protected Journal dryRunView() {
        return store.journal().dryRunView();
    }
}
