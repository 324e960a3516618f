/**
 * What comes from outside, checked before anything is applied: the size and kind of a file or a
 * pasted text ({@link dev.boundary.core.io.ImportCheck}), the columns of a CSV with more than three
 * ({@link dev.boundary.core.io.CsvColumns}) and the reading of points for an import with a summary for
 * people ({@link dev.boundary.core.io.CsvImport}). Every problem is a message that says what and
 * where; the caller's data are never touched until a whole import has been read.
 */
package dev.boundary.core.io;
