package br.com.webplanet.roteiro.textura.architects;

import br.com.webplanet.roteiro.model.Localized;

/**
 * A source row that was not applied, and why.
 *
 * @param file   file or attachment
 * @param line   1-based line
 * @param column column name as the source wrote it (empty when the whole file or row is at fault)
 * @param reason what is wrong, pt-BR and English
 */
public record RejectedRow(String file, long line, String column, Localized reason) {
    public RejectedRow {
        column = column == null ? "" : column;
    }
}
