package br.com.webplanet.roteiro.textura.romaneios;

import br.com.webplanet.roteiro.model.Localized;
import br.com.webplanet.roteiro.model.Romaneio;
import br.com.webplanet.roteiro.model.RomaneioKey;
import java.util.List;
import java.util.Objects;

/**
 * One romaneio read from a document: complete, or with the problems that kept it from being read.
 *
 * @param source   where it came from
 * @param lines    where in the document, e.g. {@code 2-5} (lines or rows)
 * @param label    what to call it in the report when it has no key (e.g. the number as written)
 * @param romaneio the romaneio, or null when it could not be read
 * @param problems why it could not be read (empty when {@code romaneio} is set)
 */
public record ParsedRomaneio(String source, String lines, String label, Romaneio romaneio, List<Localized> problems) {
    public ParsedRomaneio {
        Objects.requireNonNull(source, "source is null");
        lines = lines == null ? "" : lines;
        problems = List.copyOf(problems);
        if (romaneio == null && problems.isEmpty()) {
            throw new IllegalArgumentException("an unread romaneio needs at least one problem");
        }
        label = label == null || label.isBlank() ? (romaneio == null ? "?" : romaneio.key().asKey()) : label;
    }

    public static ParsedRomaneio valid(Romaneio romaneio, String source, String lines) {
        Objects.requireNonNull(romaneio, "romaneio is null");
        return new ParsedRomaneio(source, lines, romaneio.key().asKey(), romaneio, List.of());
    }

    public static ParsedRomaneio invalid(String source, String lines, String label, List<Localized> problems) {
        return new ParsedRomaneio(source, lines, label, null, problems);
    }

    public boolean valid() {
        return romaneio != null;
    }

    public RomaneioKey key() {
        return romaneio == null ? null : romaneio.key();
    }
}
