/**
 * Bad input, faults and safety, tested through the real command line in-process ({@link briefs.safety.Cli}).
 *
 * <p>What is covered, and where:
 * <ul>
 * <li>{@code BadCountryFileCliTest}: country JSON that is not JSON, truncated, empty, blank,
 *     {@code null}, an array, wrong types ({@code "70"} for a count), a missing or unknown field,
 *     negative, fractional, overflowing and exponent counts, women above the total, totals that do
 *     not add up, months outside the data set or malformed, unknown types and operations,
 *     duplicate keys, another country's code, a code that is a path or lower case, deep nesting
 *     (Jackson's depth limit of 500), a file over the size limit (a sparse file: the limit is
 *     checked before parsing), bytes that are not UTF-8. Each through {@code validate} and
 *     {@code brief}: exit 2, the file, the JSON path or line and column, no stack trace, no PDF.
 *     A UTF-8 byte-order mark is accepted (editors on Windows add one; it changes no value).</li>
 * <li>{@code BadSourcesCliTest}: source CSVs for {@code import} with missing or renamed columns,
 *     bad, negative and fractional numbers, totals that are not men plus women, malformed dates,
 *     unknown countries and personnel types, a code that is a path, Latin-1 and UTF-16, an
 *     unclosed quote, an empty or missing file, a row that imports but fails validation; the data
 *     folder is left byte for byte. Reordered columns import to identical files.</li>
 * <li>{@code BadUsageCliTest}: unknown and mistyped commands, unknown options, a missing country,
 *     an unknown country (with the closest names), {@code ../NOR}, NUL and {@code CON} as the
 *     country, a malformed {@code --as-of}, one outside the data or in a month the UN reports
 *     lack, missing data and templates folders, an output folder that is a file or inside one.</li>
 * <li>{@code BadTemplatesCliTest}: syntax errors (in the brief and in a partial), an unclosed
 *     directive, a missing variable (template, line and column), a missing template, {@code ?new}
 *     of {@code Execute} and {@code ObjectConstructor}, {@code ?api}, includes outside the folder
 *     (by {@code ../}, by a symbolic link, by an absolute path), remote images, backgrounds and
 *     stylesheets, files elsewhere on disk, output that is not XHTML, an external DTD and
 *     external entities. A local web server proves nothing is fetched.</li>
 * <li>{@code HostileTextTest}: a country named {@code =HYPERLINK(...)} with notes of markup,
 *     {@code ${7*7}} and formula starts: literal in the PDF (PDFBox), string cells and no formula
 *     in the annex (POI).</li>
 * <li>{@code SafeFileNamesTest}: codes that are paths, lower case, NUL, too short or long never
 *     name a file; country files not named for a capital code are set aside.</li>
 * <li>{@code FailedWritesTest}: a full disk and a read-only folder (a real tmpfs, which works as
 *     root where permissions do not) and renders that fail half way keep the previous PDF and
 *     XLSX and leave no temporary file.</li>
 * <li>{@code CountryFileFuzzTest}: 3000 seeded mutations of a valid country file.</li>
 * </ul>
 *
 * <p>Not covered, with the reason: a folder made unwritable by permissions (the tests run as
 * root, for whom permissions do not stop a write; the read-only mount covers the same code path);
 * the disk tests are skipped where a tmpfs cannot be mounted; Windows itself (names are built only
 * from a checked code, so no reserved name can arise, but no test runs on Windows).
 */
package briefs.safety;
