package br.com.webplanet.roteiro.memory;

import br.com.webplanet.roteiro.spi.TaskStore;
import br.com.webplanet.roteiro.spi.TaskStoreContract;

class InMemoryTaskStoreTest extends TaskStoreContract {
    @Override
    protected TaskStore newStore() {
        return new InMemoryTaskStore();
    }
}
