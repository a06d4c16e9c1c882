package br.com.webplanet.roteiro.model;

/** What an entry in a ticket's history is. */
public enum InteractionKind {
    /** A message from the customer (mail reply, call note of what they said…). */
    CUSTOMER_MESSAGE,
    /** A reply from the team to the customer. */
    AGENT_REPLY,
    /** A note only the team sees. */
    INTERNAL_NOTE,
    /** Automatic mail (out-of-office, list traffic) kept for the record; never changes status. */
    AUTOMATIC,
    /** A delivery failure report about mail we sent. */
    BOUNCE
}
