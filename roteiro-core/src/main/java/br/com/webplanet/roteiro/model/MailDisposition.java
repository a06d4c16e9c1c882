package br.com.webplanet.roteiro.model;

/** What intake decided for one received message. */
public enum MailDisposition {
    NEW_TICKET, THREAD_REPLY, AUTOMATIC_IGNORED, BOUNCE, ROMANEIO, ARCHITECTS, QUARANTINED
}
