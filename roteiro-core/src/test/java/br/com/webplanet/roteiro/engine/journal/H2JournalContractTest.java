package br.com.webplanet.roteiro.engine.journal;

import br.com.webplanet.roteiro.spi.Journal;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

class H2JournalContractTest extends JournalContract {
    @TempDir
    Path dir;
    private JournalStore store;

    @BeforeEach
    void open() {
        store = JournalStore.open(JournalStore.h2FileUrl(dir.resolve("journal")));
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
