package br.com.webplanet.roteiro.textura.romaneios;

import br.com.webplanet.roteiro.memory.FixedStepContext;
import br.com.webplanet.roteiro.memory.InMemoryJournal;
import br.com.webplanet.roteiro.memory.InMemoryRomaneioBook;
import br.com.webplanet.roteiro.spi.HumanTask;
import br.com.webplanet.roteiro.spi.StepResult;
import br.com.webplanet.roteiro.textura.Fixtures;
import br.com.webplanet.roteiro.textura.RomaneiosConfig;
import java.io.IOException;
import java.nio.file.Path;

/**
 * Runs step {@code textura.romaneios} once over the drop folder {@code args[0]} and prints what it
 * keyed and the tasks it raised, one per line; {@link BoundedReadingChildJvmTest} runs it in a
 * child JVM with a 256 MB heap.
 */
public final class HostileRun {
    private HostileRun() {}

    public static void main(String[] args) throws IOException {
        InMemoryRomaneioBook book = new InMemoryRomaneioBook(Fixtures.CLOCK);
        book.addCustomer("12345678000190");
        StepResult result = new RomaneiosStep(RomaneiosConfig.of(Path.of(args[0])), book, RomaneiosStep.builtInParsers())
                .execute(FixedStepContext.of(Fixtures.CLOCK, new InMemoryJournal()));
        book.keyedRomaneios().forEach(r -> System.out.println("keyed " + r.key().number()));
        for (HumanTask task : result.humanTasks()) {
            System.out.println("task " + task.target() + " | " + task.reason());
        }
        System.out.println("maxHeapMB " + (Runtime.getRuntime().maxMemory() >> 20));
    }
}
