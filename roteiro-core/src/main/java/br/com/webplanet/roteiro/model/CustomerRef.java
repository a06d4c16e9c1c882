package br.com.webplanet.roteiro.model;

/** The customer a ticket belongs to: their id in the ticket system (may be null when unknown) and the contact. */
public record CustomerRef(String id, String name, MailAddress contact) {
    public CustomerRef {
        if (id == null && contact == null && (name == null || name.isBlank())) {
            throw new IllegalArgumentException("a customer reference needs an id, a name or a contact");
        }
    }

    public static CustomerRef ofContact(MailAddress contact) {
        return new CustomerRef(null, contact.name(), contact);
    }
}
