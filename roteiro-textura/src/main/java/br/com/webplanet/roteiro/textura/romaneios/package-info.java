/**
 * Step {@code textura.romaneios} and its parser SPI: {@link br.com.webplanet.roteiro.textura.romaneios.RomaneioParser}
 * (a plugin point) with the built-in CSV, XLSX and NF-e parsers.
 */
package br.com.webplanet.roteiro.textura.romaneios;
