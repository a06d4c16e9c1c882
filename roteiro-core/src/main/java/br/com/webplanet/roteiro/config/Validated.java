package br.com.webplanet.roteiro.config;

import java.util.List;

/**
 * Implemented by a configuration record whose fields must agree with each other (e.g. "when
 * {@code tls} is off, {@code port} must not be 993"). {@link RoteiroConfiguration#validate} calls
 * {@link #problems()} after binding and reports each entry together with every other problem.
 */
public interface Validated {
    /** Sentences that say what is wrong and what to do; empty when the record is consistent. */
    List<String> problems();
}
