package br.com.webplanet.roteiro.textura.romaneios;

import br.com.webplanet.roteiro.model.Romaneio;
import br.com.webplanet.roteiro.model.RomaneioKey;
import br.com.webplanet.roteiro.spi.KeyedRomaneio;
import br.com.webplanet.roteiro.spi.PendingRomaneio;
import br.com.webplanet.roteiro.spi.RomaneioBook;
import java.io.InputStream;
import java.util.Optional;
import java.util.stream.Stream;

/** Delegates every call to a real book; tests override one to count calls or inject a fault. */
class ForwardingBook implements RomaneioBook {
    private final RomaneioBook delegate;

    ForwardingBook(RomaneioBook delegate) {
        this.delegate = delegate;
    }

    @Override
    public Stream<PendingRomaneio> pending() {
        return delegate.pending();
    }

    @Override
    public InputStream open(PendingRomaneio pending) {
        return delegate.open(pending);
    }

    @Override
    public void markKeyed(PendingRomaneio pending, RomaneioKey key) {
        delegate.markKeyed(pending, key);
    }

    @Override
    public Optional<KeyedRomaneio> find(RomaneioKey key) {
        return delegate.find(key);
    }

    @Override
    public KeyedRomaneio key(Romaneio romaneio, String idempotencyKey) {
        return delegate.key(romaneio, idempotencyKey);
    }

    @Override
    public boolean customerKnown(String customer) {
        return delegate.customerKnown(customer);
    }
}
