package br.com.webplanet.roteiro.mail;

/**
 * The bounds every mail is read within, so one hostile or huge message costs at most this much time and
 * memory and still becomes a ticket (or a quarantine entry with a reason). The full message always stays
 * on the IMAP server (in the archive folder after triage), and the ticket text says so when it was cut.
 */
final class ReadLimits {
    /** Whole ticket text (all text parts together, HTML converted), in characters: 512 Ki. */
    static final int MAX_TICKET_TEXT_CHARS = 512 * 1024;
    /** Bytes read from one text part (transfer-decoded): 512 KiB. */
    static final int MAX_PART_BYTES = 512 * 1024;
    /** MIME parts visited per message; beyond it the rest is neither read nor listed (a note says so). */
    static final int MAX_PARTS = 500;
    /** Nesting depth of multiparts and attached messages. */
    static final int MAX_DEPTH = 12;
    /** Largest raw message downloaded to be parsed locally when the server cannot give its structure. */
    static final int MAX_LOCAL_PARSE_BYTES = 16 * 1024 * 1024;

    private ReadLimits() {}
}
