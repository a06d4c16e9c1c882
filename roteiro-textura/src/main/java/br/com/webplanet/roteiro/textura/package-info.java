/**
 * Client Textura's steps: {@code textura.architects} (the architects registry kept in line with the
 * team's spreadsheet) and {@code textura.romaneios} (pending romaneios keyed into G3stor), wired by
 * {@link br.com.webplanet.roteiro.textura.TexturaModule} and configured by
 * {@link br.com.webplanet.roteiro.textura.TexturaConfig}.
 */
package br.com.webplanet.roteiro.textura;
