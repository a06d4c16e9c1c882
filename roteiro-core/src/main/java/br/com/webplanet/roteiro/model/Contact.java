package br.com.webplanet.roteiro.model;

/**
 * A person at a customer: name, e-mail, phone (E.164 when known). {@code flaggedReason} is set
 * when mail to this contact bounced, so nobody keeps writing to a dead address.
 */
public record Contact(String name, MailAddress email, String phone, String flaggedReason) {
    public Contact {
        if (email == null && (phone == null || phone.isBlank())) {
            throw new IllegalArgumentException("a contact needs an e-mail or a phone");
        }
    }

    public boolean flagged() {
        return flaggedReason != null;
    }
}
