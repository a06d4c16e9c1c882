package br.com.webplanet.roteiro.spi;

import static org.assertj.core.api.Assertions.assertThat;

import br.com.webplanet.roteiro.model.Romaneio;
import br.com.webplanet.roteiro.model.RomaneioItem;
import br.com.webplanet.roteiro.model.RomaneioKey;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every {@link RomaneioBook} must do. */
public abstract class RomaneioBookContract {
    protected RomaneioBook book;

    /** An empty book that knows customer {@code 12345678000190}. */
    protected abstract RomaneioBook book() throws Exception;

    /** Puts a pending document into the book under test. */
    protected abstract PendingRomaneio addPending(String fileName, String contentType, byte[] content) throws Exception;

    @BeforeEach
    void createBook() throws Exception {
        book = book();
    }

    private static Romaneio romaneio(String number) {
        return new Romaneio(new RomaneioKey("11222333000181", number, "1"), LocalDate.of(2026, 11, 27),
                "12345678000190", "Textura Revestimentos", "Transportes Rápido",
                List.of(new RomaneioItem("PISO-60", "Porcelanato 60x60 acetinado", new BigDecimal("48.5"), "M2",
                        new BigDecimal("1020.3"))),
                new BigDecimal("1020.3"), new BigDecimal("990"), "test");
    }

    @Test
    void keyingTwiceWithTheSameKeyKeysOnce() {
        KeyedRomaneio first = book.key(romaneio("1001"), "rom:11222333000181/1001/1");
        KeyedRomaneio second = book.key(romaneio("1001"), "rom:11222333000181/1001/1");

        assertThat(second.id()).isEqualTo(first.id());
        assertThat(book.find(new RomaneioKey("11222333000181", "1001", "1"))).map(KeyedRomaneio::id)
                .contains(first.id());
        assertThat(book.find(new RomaneioKey("11222333000181", "9999", "1"))).isEmpty();
    }

    @Test
    void pendingDocumentsCanBeReadAndLeaveTheListWhenKeyed() throws Exception {
        byte[] csv = "numero;data\n1002;27/11/2026\n".getBytes(StandardCharsets.UTF_8);
        PendingRomaneio p = addPending("romaneio-1002.csv", "text/csv", csv);

        try (Stream<PendingRomaneio> pending = book.pending()) {
            assertThat(pending.map(PendingRomaneio::id)).containsExactly(p.id());
        }
        try (InputStream in = book.open(p)) {
            assertThat(in.readAllBytes()).isEqualTo(csv);
        }
        book.markKeyed(p, new RomaneioKey("11222333000181", "1002", "1"));
        try (Stream<PendingRomaneio> pending = book.pending()) {
            assertThat(pending).isEmpty();
        }
        assertThat(book.customerKnown("12345678000190")).isTrue();
        assertThat(book.customerKnown("00000000000000")).isFalse();
    }
}
