package br.com.webplanet.roteiro.examples.plugin;

import br.com.webplanet.roteiro.model.Localized;
import br.com.webplanet.roteiro.model.Ticket;
import br.com.webplanet.roteiro.model.Urgency;
import br.com.webplanet.roteiro.spi.ChecklistStep;
import br.com.webplanet.roteiro.spi.HumanTask;
import br.com.webplanet.roteiro.spi.StepContext;
import br.com.webplanet.roteiro.spi.StepDescriptor;
import br.com.webplanet.roteiro.spi.StepResult;
import br.com.webplanet.roteiro.spi.StepStatus;
import br.com.webplanet.roteiro.spi.TicketQuery;
import br.com.webplanet.roteiro.spi.TicketSystem;
import jakarta.inject.Inject;
import java.net.URI;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * {@code exemplo.plantao} (after {@link SaudacaoStep}): counts the open tickets by status and, on a
 * day that is not a business day, asks a person to call the on-call agent for each urgent one.
 */
public final class PlantaoStep implements ChecklistStep {
    /** This step's id. */
    public static final String ID = "exemplo.plantao";
    static final URI WIKI = URI.create("https://wiki.webplanet.com.br/suporte/roteiro/plantao");

    private static final StepDescriptor DESCRIPTOR = StepDescriptor.of(ID,
            Localized.of("Plantão: chamados urgentes fora do expediente", "On call: urgent tickets off hours"),
            WIKI).withDependsOn(SaudacaoStep.ID);

    private final Optional<TicketSystem> tickets;

    @Inject
    public PlantaoStep(Optional<TicketSystem> tickets) {
        this.tickets = Objects.requireNonNull(tickets, "tickets is null");
    }

    @Override
    public StepDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public StepResult execute(StepContext context) {
        if (tickets.isEmpty()) {
            return StepResult.of(StepStatus.NOTHING_TO_DO, Localized.of(
                    "Nenhum sistema de chamados configurado.", "No ticket system configured.").in(context.locale()));
        }
        boolean businessDay = context.resultOf(SaudacaoStep.ID)
                .map(r -> Boolean.TRUE.equals(r.details().get(SaudacaoStep.BUSINESS_DAY)))
                .orElse(true);
        List<Ticket> open;
        try (Stream<Ticket> found = tickets.get().search(TicketQuery.open())) {
            open = found.toList();
        }
        // It looks at every open ticket on each run: a task it raised earlier and does not raise now has lost its
        // cause (the ticket was closed, is no longer urgent, or it is a business day again), so the engine closes it.
        StepResult.Builder result = StepResult.builder().reexaminedAll();
        open.forEach(t -> result.increment(t.status().code()));
        long urgent = 0;
        for (Ticket t : open) {
            if (t.urgency().level() >= Urgency.HIGH.level()) {
                urgent++;
                if (!businessDay) {
                    result.humanTask(new HumanTask("Acionar o plantão", t.id().value(),
                            "Chamado urgente em dia não útil: " + t.subject(), WIKI));
                }
            }
        }
        result.count("urgentes", urgent);
        result.summary(Localized.of(open.size() + " chamados abertos, " + urgent + " urgentes"
                        + (businessDay ? "." : "; dia não útil, plantão acionado para os urgentes."),
                open.size() + " open tickets, " + urgent + " urgent"
                        + (businessDay ? "." : "; not a business day, on-call asked for the urgent ones."))
                .in(context.locale()));
        if (urgent == 0 || businessDay) {
            result.status(open.isEmpty() ? StepStatus.NOTHING_TO_DO : StepStatus.DONE);
        }
        return result.build();
    }
}
