package br.com.webplanet.roteiro.textura.romaneios;

import static br.com.webplanet.roteiro.textura.romaneios.RomaneioParsersTest.ISSUER;
import static org.assertj.core.api.Assertions.assertThat;

import br.com.webplanet.roteiro.textura.HostileFiles;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * #15 item 1's acceptance: the hostile documents of the report finish under {@code -Xmx256m} in
 * seconds, each as a task naming the file and the limit, while a good romaneio in the same run is
 * keyed. The step runs in a child JVM with that heap ({@link HostileRun}).
 */
class BoundedReadingChildJvmTest {
    @TempDir
    Path dir;

    @Test
    void bombsFinishUnder256MbAsTasksAndTheGoodRomaneioIsKeyed() throws Exception {
        Path drop = Files.createDirectories(dir.resolve("entrada"));
        Files.write(drop.resolve("a-coluna.xlsx"), HostileFiles.xlsxWithSheetData(
                "<row r=\"1\"><c r=\"FXSHRXW1\" t=\"inlineStr\"><is><t>x</t></is></c></row>"));
        Files.write(drop.resolve("b-bomba.xlsx"), HostileFiles.sharedStringsBomb(260));
        HostileFiles.semicolons(drop.resolve("c-pontos.csv"), 100);
        Files.writeString(drop.resolve("d-bom.csv"), "Emitente;Romaneio;Data;Cliente;Código;Quantidade\n"
                + ISSUER + ";9001;27/11/2026;12345678000190;PISO-60;10\n");
        Path output = dir.resolve("saida.txt");
        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-XX:+ExitOnOutOfMemoryError", "-cp", System.getProperty("java.class.path"),
                HostileRun.class.getName(), drop.toString())
                .redirectErrorStream(true).redirectOutput(output.toFile()).start();

        long start = System.nanoTime();
        boolean finished = child.waitFor(120, TimeUnit.SECONDS);
        long seconds = TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - start);
        if (!finished) {
            child.destroyForcibly();
        }

        List<String> lines = Files.readAllLines(output, StandardCharsets.UTF_8);
        assertThat(finished).as("finished in 120 s; output %s", lines).isTrue();
        assertThat(child.exitValue()).as("exit code; output %s", lines).isZero();
        assertThat(lines).contains("keyed 9001", "maxHeapMB 256");
        assertThat(lines.stream().filter(l -> l.startsWith("task ")))
                .hasSize(3)
                .anySatisfy(l -> assertThat(l).startsWith("task a-coluna.xlsx |").contains("limits.max-columns"))
                .anySatisfy(l -> assertThat(l).startsWith("task b-bomba.xlsx |").contains("limits.max-"))
                .anySatisfy(l -> assertThat(l).startsWith("task c-pontos.csv |").contains("limits.max-columns"));
        System.out.printf("hostile documents under -Xmx256m: %d s%n", seconds);
    }

}
