package br.com.webplanet.roteiro.textura.romaneios;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import br.com.webplanet.roteiro.engine.journal.JournalStore;
import br.com.webplanet.roteiro.memory.FixedStepContext;
import br.com.webplanet.roteiro.memory.InMemoryRomaneioBook;
import br.com.webplanet.roteiro.model.Romaneio;
import br.com.webplanet.roteiro.spi.KeyedRomaneio;
import br.com.webplanet.roteiro.spi.RomaneioBook;
import br.com.webplanet.roteiro.spi.StepResult;
import br.com.webplanet.roteiro.textura.Fixtures;
import br.com.webplanet.roteiro.textura.RomaneiosConfig;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The process dies mid-run; a new process opens the same H2 journal file and finishes the work. */
class KilledRunOnDurableJournalTest {
    @TempDir
    Path dir;

    @Test
    void aNewProcessOnTheSameJournalFileKeysEachRomaneioExactlyOnce() throws IOException {
        Path drop = Files.createDirectories(dir.resolve("entrada"));
        Files.writeString(drop.resolve("lote.csv"), Fixtures.lote(2001, 2004));
        String url = JournalStore.h2FileUrl(dir.resolve("journal"));
        InMemoryRomaneioBook g3stor = new InMemoryRomaneioBook(Fixtures.CLOCK);
        g3stor.addCustomer(Fixtures.CUSTOMER);
        Map<String, AtomicInteger> calls = new ConcurrentHashMap<>();
        AtomicInteger keyed = new AtomicInteger();
        RomaneioBook dying = new ForwardingBook(g3stor) {
            @Override
            public KeyedRomaneio key(Romaneio romaneio, String idempotencyKey) {
                calls.computeIfAbsent(romaneio.key().number(), k -> new AtomicInteger()).incrementAndGet();
                KeyedRomaneio k = super.key(romaneio, idempotencyKey);
                if (keyed.incrementAndGet() == 2) {
                    throw new RomaneiosStepTest.ProcessKilled();
                }
                return k;
            }
        };

        try (JournalStore first = JournalStore.open(url)) {
            RomaneiosStep step = new RomaneiosStep(RomaneiosConfig.of(drop), dying, RomaneiosStep.builtInParsers());
            assertThatThrownBy(() -> step.execute(FixedStepContext.of(Fixtures.CLOCK, first.journal())))
                    .isInstanceOf(RomaneiosStepTest.ProcessKilled.class);
        }
        StepResult rerun;
        try (JournalStore second = JournalStore.open(url)) {
            rerun = new RomaneiosStep(RomaneiosConfig.of(drop), dying, RomaneiosStep.builtInParsers())
                    .execute(FixedStepContext.of(Fixtures.CLOCK, second.journal()));
        }

        assertThat(g3stor.keyedRomaneios()).extracting(r -> r.key().number()).containsExactly("2001", "2002", "2003", "2004");
        assertThat(calls).containsOnlyKeys("2001", "2002", "2003", "2004")
                .allSatisfy((number, count) -> assertThat(count).hasValue(1));
        assertThat(rerun.counts()).containsEntry("alreadyKeyed", 1L).containsEntry("keyed", 3L);
        assertThat(drop.resolve("lancados").resolve("lote.csv")).exists();
    }
}
