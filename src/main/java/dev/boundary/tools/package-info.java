/**
 * Commands for the JVM only, never compiled by TeaVM: {@link dev.boundary.tools.Replay} replays a
 * scenario file and prints its training curve as CSV; {@link dev.boundary.tools.Examples} writes the
 * sources' worked examples as the scenario files of {@code web/examples}; {@link
 * dev.boundary.tools.OfflineCache} writes into the built site's service worker the files to keep
 * offline and the site's version.
 */
package dev.boundary.tools;
