package br.com.webplanet.roteiro.testing;

import static org.assertj.core.api.Assertions.assertThat;

import br.com.webplanet.roteiro.g3stor.client.G3storClient;
import br.com.webplanet.roteiro.g3stor.simulator.G3storSimulator;
import br.com.webplanet.roteiro.memory.InMemoryJournal;
import br.com.webplanet.roteiro.spi.Journal;
import br.com.webplanet.roteiro.spi.TicketSystemContract;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;

/** The test fixtures come from this artifact and from no production jar. */
class ProductionJarsTest {

    @Test
    void fixturesAreNotInTheProductionJars() throws Exception {
        assertThat(entriesOf(Journal.class)).as("roteiro-core").isNotEmpty()
                .noneMatch(e -> e.startsWith("br/com/webplanet/roteiro/memory/"))
                .noneMatch(e -> e.endsWith("Contract.class") && e.contains("/spi/"))
                .noneMatch(e -> e.endsWith("JournalContract.class"));
        assertThat(entriesOf(G3storClient.class)).as("roteiro-g3stor").isNotEmpty()
                .noneMatch(e -> e.contains("/g3stor/simulator/"));
    }

    @Test
    void fixturesComeFromThisArtifact() throws Exception {
        Path own = locationOf(ProductionJarsTest.class).getParent(); // target/test-classes -> target
        for (Class<?> fixture : List.of(InMemoryJournal.class, G3storSimulator.class, TicketSystemContract.class)) {
            assertThat(locationOf(fixture).startsWith(own)).as(fixture.getName() + " from " + locationOf(fixture)).isTrue();
        }
    }

    private static Path locationOf(Class<?> type) throws URISyntaxException {
        return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
    }

    /** The entries of the jar (or classes folder, in a reactor build) a class was loaded from. */
    private static List<String> entriesOf(Class<?> type) throws URISyntaxException, IOException {
        Path where = locationOf(type);
        List<String> names = new ArrayList<>();
        if (Files.isDirectory(where)) {
            try (Stream<Path> files = Files.walk(where)) {
                files.filter(Files::isRegularFile).forEach(f -> names.add(where.relativize(f).toString().replace('\\', '/')));
            }
        } else {
            try (ZipFile zip = new ZipFile(where.toFile())) {
                zip.stream().forEach(e -> names.add(e.getName()));
            }
        }
        return names;
    }
}
