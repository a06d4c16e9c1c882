package br.com.webplanet.roteiro.engine.journal;

import br.com.webplanet.roteiro.memory.InMemoryJournal;
import br.com.webplanet.roteiro.spi.Journal;

class InMemoryJournalContractTest extends JournalContract {
    private final InMemoryJournal journal = new InMemoryJournal();

    @Override
    protected Journal journal() {
        return journal;
    }

    @Override
    protected Journal dryRunView() {
        return journal.dryRunView();
    }
}
