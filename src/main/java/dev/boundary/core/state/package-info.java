/**
 * The session as a value: {@link dev.boundary.core.state.Scenario} (points, model, initial weights or
 * seed, training settings, epochs, threshold, optional trained state) and its written forms: the
 * JSON of files ({@link dev.boundary.core.state.ScenarioJson}, where the format is documented) and
 * the fragment of shareable links ({@link dev.boundary.core.state.ScenarioLink}), and the compact
 * code the page's links and autosave use ({@link dev.boundary.core.state.ShareLink},
 * {@link dev.boundary.core.state.ScenarioCode}), which names a preset's points instead of listing them.
 *
 * <p>Everything here compiles under TeaVM: besides nanojson it uses only java.lang, java.util basics
 * and java.math.BigInteger, with its own exact decimal conversion ({@link
 * dev.boundary.core.state.ExactDecimal}), UTF-8 codec and base64url codec, so that a link made in
 * the browser restores bit-identical weights on the JVM and back.
 */
package dev.boundary.core.state;
