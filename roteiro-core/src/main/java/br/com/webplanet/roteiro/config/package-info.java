/**
 * Typed configuration from one YAML file, {@code roteiro.yaml}.
 *
 * <p>Each module reads its own section into a Java record, registered in its {@code configure()}
 * with {@link br.com.webplanet.roteiro.config.ConfigBinder#bindConfig}:
 *
 * <pre>{@code
 * mail:
 *   imap:
 *     host: imap.example.com
 *     user: suporte@example.com
 *     password: ${ENV:MAIL_PASSWORD}     # or ${MAIL_PASSWORD}; unset = error
 *   poll-interval: 5m                     # 30s, 5m, 2h, 1d, 1h30m or ISO PT5M
 * }</pre>
 *
 * <ul>
 *   <li>Keys are the record's component names; kebab-case ({@code poll-interval}) works too.</li>
 *   <li>A component with no {@link br.com.webplanet.roteiro.config.Default @Default} that is not an
 *       {@code Optional}, {@code List}, {@code Set}, {@code Map} or nested record is required.</li>
 *   <li>Supported types: String, numbers, boolean, enums (any case; {@code -} for {@code _}),
 *       Duration, LocalTime, LocalDate, MonthDay ({@code "07-09"}), ZoneId, Path ({@code ~/} = home), URI,
 *       {@link br.com.webplanet.roteiro.config.Secret}, {@code List}, {@code Set},
 *       {@code Map<K, V>} (keys converted like values), {@code Optional}, nested records, and
 *       anything Jackson can read from a scalar.</li>
 *   <li>Passwords and tokens are typed {@code Secret}: they print as {@code [REDACTED]}, and the
 *       {@link br.com.webplanet.roteiro.config.Redactor} removes their values from any text.</li>
 *   <li>Mistakes are collected and reported together in one
 *       {@link br.com.webplanet.roteiro.config.ConfigurationException}: unknown sections and keys
 *       (with the nearest valid name), missing values, wrong types, unset environment variables,
 *       and the rules of records implementing {@link br.com.webplanet.roteiro.config.Validated}.</li>
 * </ul>
 */
package br.com.webplanet.roteiro.config;
