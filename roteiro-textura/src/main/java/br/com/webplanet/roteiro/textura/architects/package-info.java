/**
 * Step {@code textura.architects}: read, validate, diff against the registry and apply.
 */
package br.com.webplanet.roteiro.textura.architects;
