package br.com.webplanet.roteiro.examples.report;

import br.com.webplanet.roteiro.spi.StepStatus;
import java.util.Locale;

/** How a step status looks in HTML, the same in the report and on the web page. */
public final class StatusLook {
    private StatusLook() {}

    /** The CSS class of a status: {@code needs-attention}, … */
    public static String css(StepStatus status) {
        return status.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The mark shown beside a status. */
    public static String icon(StepStatus status) {
        return switch (status) {
            case DONE -> "\u2714";
            case NOTHING_TO_DO -> "\u2013";
            case NEEDS_ATTENTION -> "!";
            case FAILED -> "\u2716";
            case SKIPPED -> "\u00bb";
        };
    }
}
