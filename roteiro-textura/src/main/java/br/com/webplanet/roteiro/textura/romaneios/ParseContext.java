package br.com.webplanet.roteiro.textura.romaneios;

import java.util.Objects;
import java.util.Optional;

/**
 * What a {@link RomaneioParser} is told about the document it reads.
 *
 * @param fileName      the document's file name
 * @param source        where it came from, for the report and {@link br.com.webplanet.roteiro.model.Romaneio#source()}
 * @param defaultIssuer issuer (CNPJ) to use when the document names none
 */
public record ParseContext(String fileName, String source, Optional<String> defaultIssuer) {
    public ParseContext {
        Objects.requireNonNull(fileName, "fileName is null");
        source = source == null ? fileName : source;
        defaultIssuer = Objects.requireNonNullElse(defaultIssuer, Optional.empty());
    }
}
