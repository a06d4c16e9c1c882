/**
 * The JDBC journal: {@link br.com.webplanet.roteiro.engine.journal.JournalStore#open} an H2 file
 * ({@code jdbc:h2:file:…}, the default under {@code ~/.roteiro}) or a PostgreSQL database
 * ({@code jdbc:postgresql://…}); the schema is created and migrated on open. A connector's crash
 * test can use it directly:
 * <pre>{@code
 * try (JournalStore store = JournalStore.open(JournalStore.h2FileUrl(tempDir.resolve("journal")))) {
 *     Journal journal = store.journal();
 *     ...
 * }
 * }</pre>
 */
package br.com.webplanet.roteiro.engine.journal;
