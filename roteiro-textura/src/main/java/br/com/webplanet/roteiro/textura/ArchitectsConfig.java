package br.com.webplanet.roteiro.textura;

import br.com.webplanet.roteiro.config.Default;
import br.com.webplanet.roteiro.config.Validated;
import br.com.webplanet.roteiro.textura.io.ReadLimits;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Settings of step {@code textura.architects} (prefix {@code textura.architects}).
 *
 * @param sources         exports of the team's architects spreadsheet to read: CSV, XLSX or JSON file paths
 * @param mailAttachments also read the spreadsheets that {@code mail.triage} routed here from mail
 * @param headerAliases   extra header names per field ({@code name}, {@code cau}, {@code email},
 *                        {@code phone}, {@code office}, {@code stores}, {@code notes}), compared without
 *                        accents or case; the pt-BR names ({@code Nome}, {@code CAU}, {@code E-mail},
 *                        {@code Telefone}, {@code Escritório}, {@code Lojas vinculadas}, {@code Observações})
 *                        are always known
 * @param reportMissing   list registered architects that no configured export mentions (never deleted; a
 *                        sheet sent by mail is taken as partial and never makes anyone "missing")
 * @param blankClears     an empty cell clears the registered value; by default it keeps it
 * @param wikiLink        the wiki page that says how to fix a rejected row or register by hand
 * @param limits          how much of one source is read at most ({@code limits.max-rows}, …; see
 *                        {@link ReadLimits}); a source beyond them is rejected naming the file and the limit
 */
public record ArchitectsConfig(
        @Default("[]") List<Path> sources,
        @Default("true") boolean mailAttachments,
        Map<String, List<String>> headerAliases,
        @Default("false") boolean reportMissing,
        @Default("false") boolean blankClears,
        @Default("https://wiki.webplanet.com.br/roteiro/textura-arquitetos") URI wikiLink,
        ReadLimits limits) implements Validated.Bilingual {
    /** The field names {@link #headerAliases} may use. */
    public static final Set<String> FIELDS = Set.of("name", "cau", "email", "phone", "office", "stores", "notes");
    public static final URI DEFAULT_WIKI = URI.create("https://wiki.webplanet.com.br/roteiro/textura-arquitetos");

    public ArchitectsConfig {
        sources = sources == null ? List.of() : List.copyOf(sources);
        headerAliases = headerAliases == null ? Map.of() : Map.copyOf(headerAliases);
        wikiLink = Objects.requireNonNullElse(wikiLink, DEFAULT_WIKI);
        limits = Objects.requireNonNullElse(limits, ReadLimits.DEFAULTS);
    }

    /** The settings with the default {@link ReadLimits}. */
    public ArchitectsConfig(List<Path> sources, boolean mailAttachments, Map<String, List<String>> headerAliases,
                            boolean reportMissing, boolean blankClears, URI wikiLink) {
        this(sources, mailAttachments, headerAliases, reportMissing, blankClears, wikiLink, ReadLimits.DEFAULTS);
    }

    /** The problems in pt-BR, or English for an English locale; keys as the file writes them. */
    @Override
    public List<String> problems(Locale locale) {
        boolean en = Validated.inEnglish(locale);
        return headerAliases.keySet().stream().filter(k -> !FIELDS.contains(k)).sorted()
                .map(k -> en ? "textura.architects.header-aliases: unknown field '" + k
                        + "'; use one of cau, email, name, notes, office, phone, stores"
                        : "textura.architects.header-aliases: campo desconhecido '" + k
                        + "'; use um de cau, email, name, notes, office, phone, stores")
                .toList();
    }

    /** Defaults with these sources. */
    public static ArchitectsConfig of(List<Path> sources) {
        return new ArchitectsConfig(sources, true, Map.of(), false, false, DEFAULT_WIKI);
    }
}
