/**
 * The session as a value: {@link dev.boundary.core.state.Scenario} (points, model, initial weights or
 * seed, training settings, epochs, threshold, optional trained state) and its file form, the JSON of
 * {@link dev.boundary.core.state.ScenarioJson} (where the format is documented), read within the
 * limits of {@link dev.boundary.core.state.JsonLimits}. Its link form lives in
 * {@link dev.boundary.core.link}.
 *
 * <p>Everything here compiles under TeaVM: besides nanojson it uses only java.lang, java.util basics
 * and java.math.BigInteger, with its own exact decimal conversion ({@link
 * dev.boundary.core.state.ExactDecimal}) and UTF-8 codec ({@link dev.boundary.core.state.Utf8}), so a
 * file written in the browser restores bit-identical weights on the JVM and back.
 */
package dev.boundary.core.state;
