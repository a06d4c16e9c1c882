/**
 * In-memory implementations of the ports. They pass the same contract tests as the real
 * connectors: use them to test one side of a port without the other, and to try embedding.
 */
package br.com.webplanet.roteiro.memory;
