package br.com.webplanet.roteiro.model;

/**
 * A customer's support contract as the ticket system holds it: its tier (e.g. {@code ouro}) and the
 * least urgency and impact a request from that customer gets at intake.
 *
 * @param tier       the tier's name as G3stor shows it
 * @param minUrgency urgency a request starts at, at least (null: no floor)
 * @param minImpact  impact a request starts at, at least (null: no floor)
 */
public record ServiceContract(String tier, Urgency minUrgency, Impact minImpact) {
    public ServiceContract {
        Checks.requireText(tier, "contract tier");
    }
}
