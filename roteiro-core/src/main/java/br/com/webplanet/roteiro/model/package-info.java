/**
 * The domain model of the daily routine: immutable, validated records and enums that depend on
 * nothing but the JDK. Business words with no faithful English equivalent keep their Portuguese
 * names ({@link br.com.webplanet.roteiro.model.Romaneio}, G3stor, Textura).
 */
package br.com.webplanet.roteiro.model;
