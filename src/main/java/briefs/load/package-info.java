/**
 * Load: JSON files of a data folder to model records. Strict (duplicate keys, unknown fields,
 * fractions where counts belong are errors) and with a size limit checked before parsing, so a
 * broken file is reported with its line and column or JSON path, never half-read. A country file
 * that cannot be read is set aside; the others load. Imports only the model and Jackson.
 */
package briefs.load;
