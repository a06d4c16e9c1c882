package br.com.webplanet.roteiro.engine.journal;

import br.com.webplanet.roteiro.spi.TaskStore;
import br.com.webplanet.roteiro.spi.TaskStoreContract;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;

class H2TaskStoreTest extends TaskStoreContract {
    private JournalStore journal;

    @Override
    protected TaskStore newStore() {
        journal = JournalStore.open("jdbc:h2:mem:tasks-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        return journal.tasks();
    }

    @AfterEach
    void close() {
        journal.close();
    }
}
