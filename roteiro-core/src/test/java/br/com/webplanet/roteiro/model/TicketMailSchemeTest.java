package br.com.webplanet.roteiro.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class TicketMailSchemeTest {
    private final TicketMailScheme scheme = new TicketMailScheme("WebPlanet.com.br");
    private final TicketId ticket = new TicketId("G3-5");

    @Test
    void messageIdRoundTripsOnlyForOurDomain() {
        String id = scheme.messageId(ticket, "lembrete-1-1772452800");
        assertThat(id).isEqualTo("<roteiro.G3-5.lembrete-1-1772452800@webplanet.com.br>");
        assertThat(scheme.ticketOf(id)).contains(ticket);
        assertThat(scheme.ticketOf("<roteiro.G3-5.ack@outro.com>")).isEmpty();
        assertThatThrownBy(() -> scheme.messageId(ticket, "a b")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void oneTagWhichIntakeAlsoRecognisesInItsOldForm() {
        assertThat(TicketMailScheme.tag(ticket)).isEqualTo("[#G3-5]");
        assertThat(TicketMailScheme.tagIn("Re: [#G3-5] Pedido")).contains(ticket);
        assertThat(TicketMailScheme.tagIn("Re: [G3-5] Aguardamos seu retorno")).contains(ticket);
        assertThat(TicketMailScheme.tagIn("[URGENTE] pedido")).isEmpty();
        assertThat(TicketMailScheme.subject(ticket, "Aguardamos")).isEqualTo("[#G3-5] Aguardamos");
        assertThat(TicketMailScheme.subject(ticket, "[#G3-5] Já tem")).isEqualTo("[#G3-5] Já tem");
    }

    @Test
    void markerRoundTrips() {
        assertThat(TicketMailScheme.markerIn("texto\n" + TicketMailScheme.marker(ticket))).contains(ticket);
    }
}
