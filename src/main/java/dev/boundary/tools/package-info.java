/**
 * Commands for the JVM only, never compiled by TeaVM: {@link dev.boundary.tools.Replay} replays a
 * scenario file and prints its training curve as CSV; {@link dev.boundary.tools.Examples} writes the
 * sources' worked examples as the scenario files of {@code web/examples}.
 */
package dev.boundary.tools;
