package br.com.webplanet.roteiro.g3stor.simulator;

import br.com.webplanet.roteiro.model.ExternalRef;
import br.com.webplanet.roteiro.model.Ticket;
import br.com.webplanet.roteiro.model.TicketStatus;
import java.time.Instant;
import java.util.Arrays;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/** Parses request parameters and headers; a malformed one is a {@link BadRequest}. */
final class Params {
    private Params() {}

    /** The filter of {@code GET /tickets}: externalRef, status (comma list), updatedSince, tag, customerId. */
    static Predicate<Ticket> ticketFilter(SimRequest r) {
        Predicate<Ticket> filter = t -> true;
        if (r.query("externalRef") != null) {
            String ref = r.query("externalRef");
            int colon = ref.indexOf(':');
            if (colon <= 0) {
                throw new BadRequest("externalRef must be system:value, was '" + ref + "'");
            }
            ExternalRef wanted = new ExternalRef(ref.substring(0, colon), ref.substring(colon + 1));
            filter = t -> t.externalRefs().contains(wanted);
        }
        if (r.query("status") != null) {
            Set<TicketStatus> statuses = Arrays.stream(r.query("status").split(",")).map(String::trim)
                    .map(Params::status).collect(Collectors.toSet());
            filter = filter.and(t -> statuses.contains(t.status()));
        }
        if (r.query("updatedSince") != null) {
            Instant since = instant(r.query("updatedSince"), "updatedSince");
            filter = filter.and(t -> !t.updatedAt().isBefore(since));
        }
        if (r.query("tag") != null) {
            String tag = r.query("tag");
            filter = filter.and(t -> t.tags().contains(tag));
        }
        if (r.query("customerId") != null) {
            String customer = r.query("customerId");
            filter = filter.and(t -> customer.equals(t.customer().id()));
        }
        return filter;
    }

    /** The version in an {@code If-Match} header: {@code "3"}, {@code 3} or {@code W/"3"}. */
    static long version(String ifMatch) {
        String v = ifMatch.trim();
        if (v.startsWith("W/")) {
            v = v.substring(2);
        }
        try {
            return Long.parseLong(v.replace("\"", ""));
        } catch (NumberFormatException e) {
            throw new BadRequest("If-Match must be a version such as \"3\", was " + ifMatch);
        }
    }

    static TicketStatus status(String code) {
        try {
            return TicketStatus.fromCode(code);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new BadRequest("unknown status '" + code + "'");
        }
    }

    static Instant instant(String value, String name) {
        try {
            return Instant.parse(value);
        } catch (RuntimeException e) {
            throw new BadRequest(name + " must be an ISO-8601 instant, was '" + value + "'");
        }
    }
}
