package br.com.webplanet.roteiro.model;

/** What makes a romaneio unique: issuer (CNPJ or code), number and series. */
public record RomaneioKey(String issuer, String number, String series) {
    public RomaneioKey {
        Checks.requireText(issuer, "romaneio issuer");
        Checks.requireText(number, "romaneio number");
        series = series == null || series.isBlank() ? "0" : series.strip();
    }

    /** Stable text form, used as the journal's idempotency key suffix: {@code issuer/number/series}. */
    public String asKey() {
        return issuer + "/" + number + "/" + series;
    }

    @Override
    public String toString() {
        return asKey();
    }
}
