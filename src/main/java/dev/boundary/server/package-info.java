/**
 * JVM-only tools for working with the built site: a static file server that
 * serves {@code target/boundary-site} on the loopback interface, for local use and for
 * the browser tests. TeaVM never compiles this package (nothing in
 * {@code dev.boundary.web} reaches it), and it uses only the JDK.
 */
package dev.boundary.server;
