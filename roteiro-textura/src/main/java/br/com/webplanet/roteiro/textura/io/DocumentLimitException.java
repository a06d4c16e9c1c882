package br.com.webplanet.roteiro.textura.io;

import br.com.webplanet.roteiro.model.Localized;
import br.com.webplanet.roteiro.textura.Messages;

/**
 * A document beyond one of the {@link ReadLimits}: reading stopped there, nothing of it is used.
 * Names the limit as it is configured ({@code limits.max-columns}) and where it was passed.
 */
public final class DocumentLimitException extends CsvFormatException {
    private static final long serialVersionUID = 1L;
    private final String limit;
    private final transient Localized problem;

    /**
     * @param limit  the limit's configuration key, e.g. {@code max-columns}
     * @param value  its value, as configured
     * @param line   line or row where it was passed (0 when not in a row)
     * @param where  where, e.g. {@code Planilha1!FXSHRXW1} or {@code xl/sharedStrings.xml}
     */
    public DocumentLimitException(String limit, Object value, long line, String where) {
        super(line, "beyond limits." + limit + " = " + value + " at " + where);
        this.limit = limit;
        this.problem = Messages.localized("limits.exceeded", "limits." + limit, String.valueOf(value), where);
    }

    /** The limit's configuration key without prefix, e.g. {@code max-columns}. */
    public String limit() {
        return limit;
    }

    /** What happened, for a person, in pt-BR and English. */
    public Localized problem() {
        return problem;
    }
}
