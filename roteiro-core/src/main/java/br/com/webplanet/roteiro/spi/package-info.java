/**
 * The service provider interface: what a plugin implements ({@link br.com.webplanet.roteiro.spi.ChecklistStep},
 * {@link br.com.webplanet.roteiro.spi.RoteiroModule}), what the engine hands it
 * ({@link br.com.webplanet.roteiro.spi.StepContext}, {@link br.com.webplanet.roteiro.spi.Journal}) and the
 * ports connectors implement ({@link br.com.webplanet.roteiro.spi.TicketSystem},
 * {@link br.com.webplanet.roteiro.spi.Mailer}, {@link br.com.webplanet.roteiro.spi.IssueTracker},
 * {@link br.com.webplanet.roteiro.spi.ArchitectRegistry}, {@link br.com.webplanet.roteiro.spi.RomaneioBook}).
 *
 * <p>Depends only on the model and Guice's binding API. It evolves by adding {@code default}
 * methods, so a plugin compiled against an older SPI keeps working.
 */
package br.com.webplanet.roteiro.spi;
