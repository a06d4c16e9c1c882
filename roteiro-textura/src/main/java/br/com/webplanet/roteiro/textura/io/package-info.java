/**
 * Streaming readers for the files people send, within {@link br.com.webplanet.roteiro.textura.io.ReadLimits}:
 * CSV with Excel's habits and encoding detection ({@link br.com.webplanet.roteiro.textura.io.CsvReader},
 * {@link br.com.webplanet.roteiro.textura.io.DetectingReader}), the first sheet of an XLSX
 * workbook with Apache POI ({@link br.com.webplanet.roteiro.textura.io.XlsxReader}), cells as a
 * person sees them ({@link br.com.webplanet.roteiro.textura.io.Cell}) and Brazilian values
 * ({@link br.com.webplanet.roteiro.textura.io.Values}).
 */
package br.com.webplanet.roteiro.textura.io;
