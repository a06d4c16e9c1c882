package br.com.webplanet.roteiro.model;

/** Where a contact with a customer happened. */
public enum Channel {
    EMAIL, PHONE, WHATSAPP, CHAT, PORTAL, IN_PERSON, OTHER
}
