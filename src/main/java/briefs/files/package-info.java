/**
 * File safety: every output is written whole under a temporary name and renamed into place
 * ({@link briefs.files.AtomicFile}), so a final name only ever holds a complete file; files that
 * belong together are staged first and committed together. The program's one shutdown hook
 * ({@link briefs.files.Shutdown}) deletes this process's temporary files and lets a bulk run stop
 * its workers first. A file can carry a label the file system keeps beside it
 * ({@link briefs.files.FileLabel}), set before the rename.
 */
package briefs.files;
