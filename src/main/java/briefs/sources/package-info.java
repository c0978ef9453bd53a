/**
 * Import: the UN source files (CSV) to the data folder's country and reference files. Each source
 * column is checked by name, so a reordered file still imports and a missing column is named.
 * The new data set is staged and validated before it replaces the old one; users' notes are kept.
 */
package briefs.sources;
