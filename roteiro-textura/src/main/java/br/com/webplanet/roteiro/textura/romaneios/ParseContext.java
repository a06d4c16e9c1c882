package br.com.webplanet.roteiro.textura.romaneios;

import br.com.webplanet.roteiro.textura.io.ReadLimits;
import java.util.Objects;
import java.util.Optional;

/**
 * What a {@link RomaneioParser} is told about the document it reads.
 *
 * @param fileName      the document's file name
 * @param source        where it came from, for the report and {@link br.com.webplanet.roteiro.model.Romaneio#source()}
 * @param defaultIssuer issuer (CNPJ) to use when the document names none
 * @param limits        how much of the document to read at most; a parser stops with a
 *                      {@link br.com.webplanet.roteiro.textura.io.DocumentLimitException} beyond them
 */
public record ParseContext(String fileName, String source, Optional<String> defaultIssuer, ReadLimits limits) {
    public ParseContext {
        Objects.requireNonNull(fileName, "fileName is null");
        source = source == null ? fileName : source;
        defaultIssuer = Objects.requireNonNullElse(defaultIssuer, Optional.empty());
        limits = Objects.requireNonNullElse(limits, ReadLimits.DEFAULTS);
    }

    /** A context with the default {@link ReadLimits}. */
    public ParseContext(String fileName, String source, Optional<String> defaultIssuer) {
        this(fileName, source, defaultIssuer, ReadLimits.DEFAULTS);
    }
}
