package br.com.webplanet.roteiro.examples.simulate;

import br.com.webplanet.roteiro.model.InteractionKind;
import br.com.webplanet.roteiro.model.NewInteraction;
import br.com.webplanet.roteiro.model.Ticket;
import br.com.webplanet.roteiro.model.TicketId;
import br.com.webplanet.roteiro.model.TicketStatus;
import br.com.webplanet.roteiro.spi.EffectNotPerformedException;
import br.com.webplanet.roteiro.spi.RemoteException;
import br.com.webplanet.roteiro.spi.TicketConflictException;
import br.com.webplanet.roteiro.spi.TicketSystem;
import java.util.Optional;
import java.util.Random;
import java.util.function.LongSupplier;

/**
 * The support team during the day, through G3stor's API as in G3stor's own screen: they pick new tickets up,
 * ask the customer, solve, park for development, and close what development fixed.
 */
final class Agents {
    private final Random random;
    private final TicketSystem tickets;
    private final Population population;
    private final LongSupplier sequence;

    Agents(Random random, TicketSystem tickets, Population population, LongSupplier sequence) {
        this.random = random;
        this.tickets = tickets;
        this.population = population;
        this.sequence = sequence;
    }

    /** What an agent will do to {@code t} today, if anything (drawn now, done when its time comes). */
    Optional<Runnable> plan(int day, Ticket t) {
        double u = random.nextDouble();
        Population.Person person = t.customer().contact() == null ? null
                : population.byAddress(t.customer().contact().normalized());
        String name = person == null ? "" : ", " + person.firstName();
        TicketId id = t.id();
        return switch (t.status()) {
            case NOVO -> u < 0.7 ? Optional.of(() -> move(day, id, "Olá" + name
                    + "! Já estamos analisando sua solicitação.", TicketStatus.EM_ANALISE)) : Optional.empty();
            case EM_ANALISE -> {
                if (u < 0.3) {
                    yield Optional.of(() -> move(day, id, "Para seguir, precisamos do número do pedido e de um print da tela.",
                            TicketStatus.AGUARDANDO_CLIENTE));
                } else if (u < 0.55) {
                    yield Optional.of(() -> move(day, id, "Corrigimos o cadastro; o problema está resolvido.",
                            TicketStatus.CONCLUIDO));
                } else if (u < 0.62) {
                    yield Optional.of(() -> move(day, id, "Encaminhamos ao desenvolvimento; avisaremos quando houver correção.",
                            TicketStatus.AGUARDANDO_DESENVOLVIMENTO));
                }
                yield Optional.empty();
            }
            case AGUARDANDO_DESENVOLVIMENTO -> u < 0.15 ? Optional.of(() -> move(day, id,
                    "A correção foi publicada na versão de hoje.", TicketStatus.CONCLUIDO)) : Optional.empty();
            default -> Optional.empty();
        };
    }

    /** Answers and moves a ticket; a ticket the routine changed meanwhile is left for another day. */
    private void move(int day, TicketId id, String answer, TicketStatus target) {
        try {
            Ticket now = tickets.get(id).orElse(null);
            if (now == null || !now.status().canMoveTo(target)) {
                return;
            }
            tickets.addInteraction(id, new NewInteraction(InteractionKind.AGENT_REPLY, "agente", answer, null, null),
                    "sim-agent:" + id + ":" + day + ":" + sequence.getAsLong());
            Ticket fresh = tickets.get(id).orElseThrow();
            tickets.changeStatus(id, target, fresh.version(), null);
        } catch (TicketConflictException | RemoteException | EffectNotPerformedException | IllegalStateException e) {
            // the routine touched the ticket at the same moment (or G3stor refused the change, which then did
            // not happen): the agent tries again another day
        }
    }
}
