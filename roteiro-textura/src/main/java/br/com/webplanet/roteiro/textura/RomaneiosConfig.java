package br.com.webplanet.roteiro.textura;

import br.com.webplanet.roteiro.config.Default;
import br.com.webplanet.roteiro.config.Validated;
import br.com.webplanet.roteiro.textura.io.ReadLimits;
import java.math.BigDecimal;
import java.net.URI;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * Settings of step {@code textura.romaneios} (prefix {@code textura.romaneios}).
 *
 * @param dropFolder              folder where romaneio files (CSV, XLSX, NF-e XML) are dropped; none when absent
 * @param doneFolder              where a file goes once every romaneio in it is keyed; default
 *                                {@code <dropFolder>/lancados}
 * @param mailAttachments         also key the romaneios that {@code mail.triage} routed here from mail
 * @param g3storPending           also key the documents G3stor lists as pending
 * @param issuer                  issuer (CNPJ) for spreadsheets that have no issuer column
 * @param weightTolerancePercent  how far (in %) the sum of item weights may be from the gross weight
 * @param wikiLink                the wiki page that says how to key a romaneio by hand
 * @param limits                  how much of one document is read at most ({@code limits.max-rows},
 *                                {@code limits.max-columns}, …; see {@link ReadLimits}); a document beyond
 *                                them becomes a task naming the file and the limit, the others are keyed
 */
public record RomaneiosConfig(
        Optional<Path> dropFolder,
        Optional<Path> doneFolder,
        @Default("true") boolean mailAttachments,
        @Default("true") boolean g3storPending,
        Optional<String> issuer,
        @Default("1.0") BigDecimal weightTolerancePercent,
        @Default("https://wiki.webplanet.com.br/roteiro/textura-romaneios") URI wikiLink,
        ReadLimits limits) {
    public static final URI DEFAULT_WIKI = URI.create("https://wiki.webplanet.com.br/roteiro/textura-romaneios");

    public RomaneiosConfig {
        dropFolder = Objects.requireNonNullElse(dropFolder, Optional.empty());
        doneFolder = Objects.requireNonNullElse(doneFolder, Optional.empty());
        issuer = Objects.requireNonNullElse(issuer, Optional.empty());
        weightTolerancePercent = Objects.requireNonNullElse(weightTolerancePercent, BigDecimal.ONE);
        if (weightTolerancePercent.signum() < 0) {
            throw new IllegalArgumentException(Validated.inEnglish()
                    ? "textura.romaneios.weight-tolerance-percent must be >= 0, was " + weightTolerancePercent
                    : "textura.romaneios.weight-tolerance-percent deve ser >= 0 (está " + weightTolerancePercent + ")");
        }
        wikiLink = Objects.requireNonNullElse(wikiLink, DEFAULT_WIKI);
        limits = Objects.requireNonNullElse(limits, ReadLimits.DEFAULTS);
    }

    /** The settings with the default {@link ReadLimits}. */
    public RomaneiosConfig(Optional<Path> dropFolder, Optional<Path> doneFolder, boolean mailAttachments,
                           boolean g3storPending, Optional<String> issuer, BigDecimal weightTolerancePercent, URI wikiLink) {
        this(dropFolder, doneFolder, mailAttachments, g3storPending, issuer, weightTolerancePercent, wikiLink,
                ReadLimits.DEFAULTS);
    }

    /** These settings with other limits. */
    public RomaneiosConfig withLimits(ReadLimits other) {
        return new RomaneiosConfig(dropFolder, doneFolder, mailAttachments, g3storPending, issuer,
                weightTolerancePercent, wikiLink, other);
    }

    /** Defaults reading {@code dropFolder} (may be null). */
    public static RomaneiosConfig of(Path dropFolder) {
        return new RomaneiosConfig(Optional.ofNullable(dropFolder), Optional.empty(), true, true, Optional.empty(),
                BigDecimal.ONE, DEFAULT_WIKI);
    }
}
