/**
 * The run engine: {@link br.com.webplanet.roteiro.engine.Roteiro#builder()} wires the modules
 * (Guice, production stage, explicit bindings), validates the configuration, orders the steps
 * ({@code dependsOn}, then routine order, then id) and runs them isolated from each other, with
 * timeouts, leases, dry-run and the run history kept in the journal
 * ({@link br.com.webplanet.roteiro.engine.journal}).
 */
package br.com.webplanet.roteiro.engine;
