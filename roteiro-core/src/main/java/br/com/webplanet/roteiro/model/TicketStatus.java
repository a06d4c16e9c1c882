package br.com.webplanet.roteiro.model;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/**
 * The support team's ticket statuses, with their pt-BR labels and the transitions the team
 * allows. {@link #code()} is the stable wire value used by G3stor and in configuration.
 */
public enum TicketStatus {
    NOVO("novo", "novo", "new"),
    EM_ANALISE("em_analise", "em análise", "under analysis"),
    AGUARDANDO_CLIENTE("aguardando_cliente", "aguardando cliente", "waiting for customer"),
    AGUARDANDO_DESENVOLVIMENTO("aguardando_desenvolvimento", "aguardando desenvolvimento", "waiting for development"),
    AGUARDANDO_VALIDACAO("aguardando_validacao", "aguardando validação", "waiting for validation"),
    CONCLUIDO("concluido", "concluído", "done"),
    CANCELADO("cancelado", "cancelado", "cancelled");

    private final String code;
    private final Localized label;

    TicketStatus(String code, String ptBR, String en) {
        this.code = code;
        this.label = Localized.of(ptBR, en);
    }

    public String code() {
        return code;
    }

    public Localized label() {
        return label;
    }

    public String label(Locale locale) {
        return label.in(locale);
    }

    /** Open tickets still need something from the team or the customer. */
    public boolean isOpen() {
        return this != CONCLUIDO && this != CANCELADO;
    }

    /** While a ticket waits on the customer its SLA clock is paused. */
    public boolean pausesSla() {
        return this == AGUARDANDO_CLIENTE || this == AGUARDANDO_VALIDACAO;
    }

    /** Statuses this one may move to. A closed ticket may only be reopened (em análise). */
    public Set<TicketStatus> allowedTargets() {
        return switch (this) {
            case NOVO -> EnumSet.of(EM_ANALISE, AGUARDANDO_CLIENTE, AGUARDANDO_DESENVOLVIMENTO, CONCLUIDO, CANCELADO);
            case EM_ANALISE -> EnumSet.of(AGUARDANDO_CLIENTE, AGUARDANDO_DESENVOLVIMENTO, AGUARDANDO_VALIDACAO, CONCLUIDO, CANCELADO);
            case AGUARDANDO_CLIENTE -> EnumSet.of(EM_ANALISE, AGUARDANDO_DESENVOLVIMENTO, CONCLUIDO, CANCELADO);
            case AGUARDANDO_DESENVOLVIMENTO -> EnumSet.of(EM_ANALISE, AGUARDANDO_CLIENTE, AGUARDANDO_VALIDACAO, CONCLUIDO, CANCELADO);
            case AGUARDANDO_VALIDACAO -> EnumSet.of(EM_ANALISE, AGUARDANDO_DESENVOLVIMENTO, CONCLUIDO);
            case CONCLUIDO, CANCELADO -> EnumSet.of(EM_ANALISE);
        };
    }

    public boolean canMoveTo(TicketStatus target) {
        return allowedTargets().contains(target);
    }

    public static TicketStatus fromCode(String code) {
        for (TicketStatus status : values()) {
            if (status.code.equals(code) || status.name().equalsIgnoreCase(code)) {
                return status;
            }
        }
        throw new IllegalArgumentException("unknown ticket status '" + code + "'; valid: " + codes());
    }

    private static String codes() {
        StringBuilder sb = new StringBuilder();
        for (TicketStatus s : values()) {
            sb.append(sb.length() == 0 ? "" : ", ").append(s.code);
        }
        return sb.toString();
    }
}
