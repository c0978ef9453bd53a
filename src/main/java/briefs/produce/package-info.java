/**
 * The production core between the outputs and the doors: what the commands of {@code briefs.cli}
 * call, and what a web page would call. A {@link briefs.produce.Session} holds the folders, the
 * clock, the screened data, the templates and the fonts, made once. From it:
 * <ul>
 *   <li>{@link briefs.produce.CountryOutputs}: one country's brief and annex, all or none;</li>
 *   <li>{@link briefs.produce.BulkRun}: every country of a month on several workers
 *       ({@link briefs.produce.WorkerPool}), then the set's index and overview
 *       ({@code SetFiles});</li>
 *   <li>{@link briefs.produce.FreshOutputs}: a country's files made again when older than the
 *       data, the templates or the program, or labelled as made from others ({@code MadeFrom});</li>
 *   <li>{@link briefs.produce.MailRun}: drafts or sent messages, checked before the first is made.</li>
 * </ul>
 * A country that fails is a {@link briefs.produce.Failure} naming the file at fault, and the
 * others go on. A choice the data cannot serve (a month, a country code) is a
 * {@link briefs.produce.BadChoice}, which the door reports as its own kind of usage error.
 */
package briefs.produce;
