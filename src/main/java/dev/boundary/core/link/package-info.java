/**
 * The session as a link: {@link dev.boundary.core.link.Link} writes the fragment {@code #s=…} of a
 * scenario and reads any fragment back, and the page's links, autosave and recent sessions go through
 * it alone. Each form a link was ever written in has one name here: the compact link
 * ({@link dev.boundary.core.link.CompactLink}, version 2, ending with a CRC-32 checksum), the unchecked
 * compact link of version 1 (the same layout without the checksum), and the first, JSON link
 * ({@link dev.boundary.core.link.JsonLink}). Reading checks every byte and refuses a damaged link with
 * "the link is damaged: …", saying what was found wrong.
 *
 * <p>Everything here compiles under TeaVM: plain arrays, its own base64url codec
 * ({@link dev.boundary.core.link.Base64Url}) and {@link java.util.zip.CRC32}, so a link made in the
 * browser restores bit-identical weights on the JVM and back.
 */
package dev.boundary.core.link;
