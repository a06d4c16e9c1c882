/**
 * Priorities and SLA deadlines in business time: the
 * {@link br.com.webplanet.roteiro.sla.PriorityMatrix} (urgency × impact, GLPI's default table),
 * the {@link br.com.webplanet.roteiro.sla.SlaPolicy} (first response, update and resolution
 * targets per priority, with the clock paused while the customer is awaited) and the
 * {@link br.com.webplanet.roteiro.sla.BusinessCalendar} (time zone, working hours, Brazil's
 * national holidays from {@link br.com.webplanet.roteiro.sla.BrazilianHolidays}, plus state,
 * municipal and custom dates). Depends only on the JDK and {@code model}.
 */
package br.com.webplanet.roteiro.sla;
