package br.com.webplanet.roteiro.textura;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;

/** Values the module's tests share. */
public final class Fixtures {
    /** 28/11/2026, 08:00 in São Paulo. */
    public static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-28T11:00:00Z"), ZoneId.of("America/Sao_Paulo"));
    /** Textura's CNPJ: the romaneios' issuer. */
    public static final String ISSUER = "11222333000181";
    /** A customer G3stor knows. */
    public static final String CUSTOMER = "12345678000190";

    private Fixtures() {}

    /** Romaneios {@code from}..{@code to} as CSV, two items each, consistent weights, customer {@link #CUSTOMER}. */
    public static String lote(int from, int to) {
        StringBuilder csv = new StringBuilder("Emitente;Romaneio;Data;Cliente;Peso bruto;Código;Descrição;Quantidade;Unidade;Peso\n");
        for (int n = from; n <= to; n++) {
            csv.append(ISSUER).append(';').append(n).append(";27/11/2026;").append(CUSTOMER)
                    .append(";250,5;PISO-60;Porcelanato 60x60;10;M2;230,5\n");
            csv.append(ISSUER).append(';').append(n).append(";27/11/2026;").append(CUSTOMER)
                    .append(";250,5;ARG-AC3;Argamassa AC-III;1;SC;20\n");
        }
        return csv.toString();
    }
}
