package br.com.webplanet.roteiro.textura.romaneios;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Measures that the CSV romaneio parser streams: writes a romaneio export of {@code args[0]} lines
 * (10 items per romaneio, quoted fields with {@code ;} and doubled quotes) and parses it; run it
 * with a small heap. Not a test; see BENCHMARKS.md for the command and the figures.
 */
public final class StreamingCsvMeasure {
    private StreamingCsvMeasure() {}

    public static void main(String[] args) throws IOException {
        int lines = args.length > 0 ? Integer.parseInt(args[0]) : 50_000;
        Path file = Files.createTempFile("romaneios-", ".csv");
        try {
            try (BufferedWriter out = Files.newBufferedWriter(file)) {
                out.write("Emitente;Romaneio;Data;Cliente;Peso bruto;Código;Descrição;Quantidade;Unidade;Peso\r\n");
                for (int i = 0; i < lines; i++) {
                    out.write("11222333000181;" + (100_000 + i / 10) + ";27/11/2026;12345678000190;1.000,0;SKU-" + (i % 10)
                            + ";\"Revestimento cerâmico \"\"linha\"\"; 60x60\";12,5;M2;100\r\n");
                }
            }
            long start = System.nanoTime();
            long valid;
            try (Stream<ParsedRomaneio> parsed = new CsvRomaneioParser().parse(Files.newInputStream(file),
                    new ParseContext(file.getFileName().toString(), null, Optional.empty()))) {
                valid = parsed.filter(ParsedRomaneio::valid).count();
            }
            System.out.printf("lines=%d bytes=%d romaneios=%d ms=%d maxHeapMB=%d%n", lines, Files.size(file), valid,
                    (System.nanoTime() - start) / 1_000_000, Runtime.getRuntime().maxMemory() >> 20);
        } finally {
            Files.deleteIfExists(file);
        }
    }
}
