/**
 * Streaming readers for the files people send, with the JDK alone: CSV with Excel's habits and
 * encoding detection ({@link br.com.webplanet.roteiro.textura.io.CsvReader},
 * {@link br.com.webplanet.roteiro.textura.io.DetectingReader}), the first sheet of an XLSX
 * workbook ({@link br.com.webplanet.roteiro.textura.io.XlsxReader}) and Brazilian values
 * ({@link br.com.webplanet.roteiro.textura.io.Values}).
 */
package br.com.webplanet.roteiro.textura.io;
