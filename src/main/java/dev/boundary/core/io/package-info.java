/**
 * What comes from outside, checked before anything is applied, and points as CSV: the size and kind
 * of a file or a pasted text ({@link dev.boundary.core.io.ImportCheck}); the CSV reader
 * ({@link dev.boundary.core.io.Csv}, on the lines and fields of {@link dev.boundary.core.io.CsvFields});
 * the columns of a CSV with more than three ({@link dev.boundary.core.io.CsvColumns}); the reading of
 * points for an import with a summary for people ({@link dev.boundary.core.io.CsvImport}); and the one
 * CSV writer, exact on every engine ({@link dev.boundary.core.io.CsvExport}). Every problem is a
 * message that says what and where; the caller's data are never touched until a whole import has been
 * read.
 */
package dev.boundary.core.io;
