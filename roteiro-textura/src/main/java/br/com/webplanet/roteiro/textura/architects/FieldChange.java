package br.com.webplanet.roteiro.textura.architects;

/**
 * One field that differs between the registry and the source.
 *
 * @param field  field id ({@code email}, {@code phone}, …)
 * @param before registered value, or null
 * @param after  value to register, or null
 */
public record FieldChange(String field, String before, String after) {}
