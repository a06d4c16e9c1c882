package br.com.webplanet.roteiro.spi;

/**
 * A previous run recorded the intent of an effect but not its result, and no way to check the
 * remote was given: a person must look before it is done again.
 */
public final class ReconcileRequiredException extends RuntimeException {
    private final String key;

    public ReconcileRequiredException(String key) {
        super("effect '" + key + "' was started by an earlier run that did not finish; "
                + "check the remote system and resolve it before retrying");
        this.key = key;
    }

    public String key() {
        return key;
    }
}
