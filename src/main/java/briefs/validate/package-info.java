/**
 * Validate: country files against the JSON Schema ({@code briefs/schema/country.schema.json}) and
 * the rules a schema cannot express. Every problem carries the file, the JSON path and what is
 * wrong. {@code validate} collects them all; the commands that make briefs set a failing country
 * aside and go on with the others.
 */
package briefs.validate;
