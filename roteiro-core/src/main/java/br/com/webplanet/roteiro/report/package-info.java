/**
 * The daily report: {@link br.com.webplanet.roteiro.report.DailyReport} with one
 * {@link br.com.webplanet.roteiro.report.StepReport} per step, written as JSON
 * ({@link br.com.webplanet.roteiro.report.JsonReportRenderer}, which also reads it back) and as
 * Markdown in pt-BR or English ({@link br.com.webplanet.roteiro.report.MarkdownReportRenderer},
 * labels in {@code messages.properties} / {@code messages_en.properties}).
 */
package br.com.webplanet.roteiro.report;
