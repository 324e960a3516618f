/**
 * JVM-only tools for working with the built site: a static file server that
 * serves {@code target/boundary-site} on the loopback interface, for local use and for
 * the browser tests. {@link dev.boundary.server.SiteServer} decides what each request gets;
 * {@code HttpRequest}, {@code HttpReply} and {@code HttpConnection} speak HTTP/1.1 on its
 * connections, so that a malformed request gets a one-line answer from this server rather than
 * the JDK's HTML page. TeaVM never compiles this package (nothing in
 * {@code dev.boundary.web} reaches it), and it uses only the JDK and the core's quoting of input.
 */
package dev.boundary.server;
