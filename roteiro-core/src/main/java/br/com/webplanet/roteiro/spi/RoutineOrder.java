package br.com.webplanet.roteiro.spi;

/** The routine's own order (Roteiro Diário steps 1…7); plugins without a place run after them. */
public final class RoutineOrder {
    public static final int MAILBOX = 1;
    public static final int G3STOR_REVIEW = 2;
    public static final int TEXTURA_ARCHITECTS = 3;
    public static final int TICKET_STATUS = 4;
    public static final int TEXTURA_ROMANEIOS = 5;
    public static final int WAITING_CUSTOMERS = 6;
    public static final int GITHUB = 7;
    /** Default for plugin steps: after the seven routine steps, ordered among themselves by dependencies then id. */
    public static final int PLUGIN = 100;

    private RoutineOrder() {}
}
