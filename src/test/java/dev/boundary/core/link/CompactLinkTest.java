package dev.boundary.core.link;

import static dev.boundary.core.state.ScenarioAssertions.assertSameFields;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.boundary.core.data.DataSet;
import dev.boundary.core.data.Preset;
import dev.boundary.core.math.SeededRandom;
import dev.boundary.core.nn.InputFeatures;
import dev.boundary.core.nn.ModelSpec;
import dev.boundary.core.state.RandomScenarios;
import dev.boundary.core.state.Scenario;
import dev.boundary.core.state.ScenarioException;
import dev.boundary.core.state.TrainedState;
import dev.boundary.core.train.TrainingSettings;
import org.junit.jupiter.api.Test;

/** The compact code of links and autosaves: its documented layout, exact numbers, and its size. */
class CompactLinkTest {

    private static Scenario twoPoints() {
        DataSet data = new DataSet(2, new double[] {0.5, 1, -2, 0.25}, new double[] {1, 0});
        return Scenario.of(data, ModelSpec.logistic(2), 1, TrainingSettings.gradientDescent(1)).withTitle("T")
                .withTrained(new TrainedState(3, new double[] {0.1, -0.2, 0}));
    }

    @Test
    void layoutIsTheDocumentedOne() {
        // Worked out by hand from the layout in CompactLink's Javadoc.
        int[] expected = {
            0x02, // version
            0x0A, // flags: biases (2) + trained state (8)
            0x01, 'T', // title
            0x00, // description
            0x00, // no hidden layer
            0x00, 0x00, 0x00, // sigmoid, cross-entropy, gradient descent
            0x00, 0x02, // learning rate 1 = 1 / 10^0, zig-zag 2
            0x00, // full batch
            0x00, 0x00, // L2 0
            0x88, 0x27, // 5000 epochs = 8 + 39·128
            0x01, 0x0A, // threshold 0.5 = 5 / 10^1
            0x02, // seed 1, zig-zag
            0x00, 0x02, 0x01, // listed points: 2 of them, labels 1 then 0
            0x01, 0x0A, 0x00, 0x02, // (0.5, 1)
            0x00, 0x03, 0x02, 0x32, // (−2, 0.25): −2 zig-zags to 3; 0.25 = 25 / 10^2
            0x03, // trained epoch 3
            0x01, 0x02, 0x01, 0x03, 0x00, 0x00 // 0.1, −0.2, 0
        };
        byte[] bytes = new byte[expected.length + 4];
        for (int i = 0; i < expected.length; i++) {
            bytes[i] = (byte) expected[i];
        }
        java.util.zip.CRC32 crc = new java.util.zip.CRC32(); // the JDK's CRC-32, the zip one
        crc.update(bytes, 0, expected.length);
        for (int i = 0; i < 4; i++) {
            bytes[expected.length + i] = (byte) (crc.getValue() >>> (24 - 8 * i));
        }
        assertArrayEquals(bytes, new CompactLink().encode(twoPoints()));
        OpenedLink decoded = CompactLinkReader.read(bytes);
        assertEquals(twoPoints(), decoded.scenario());
        assertNull(decoded.note());
    }

    @Test
    void inputFeaturesTakeAFlagAndOneByte() {
        // Flags: biases (2) + features (32); after the three codes, the byte of x₁² (bit 2) and x₂² (bit 3).
        Scenario squares = Scenario.of(new DataSet(2, new double[] {0.5, 1}, new double[] {1}),
                ModelSpec.logistic(2).withFeatures(InputFeatures.parse(2, "x2sq,x1sq")), 1,
                TrainingSettings.gradientDescent(1)).withTitle("T");
        byte[] bytes = new CompactLink().encode(squares);
        assertEquals(0x22, bytes[1]);
        assertEquals(0x0C, bytes[9]);
        assertEquals(squares, CompactLinkReader.read(bytes).scenario());
        bytes[9] = (byte) 0x80;
        assertTrue(assertThrows(ScenarioException.class, () -> CompactLinkReader.read(bytes)).getMessage()
                .contains("checksum does not match"));
        resealed(bytes);
        ScenarioException error = assertThrows(ScenarioException.class, () -> CompactLinkReader.read(bytes));
        assertTrue(error.getMessage().contains("the input features are wrong: no feature set has the code 128"),
                error.getMessage());
    }

    @Test
    void shortDecimalsTakeTwoOrThreeBytesAndOthersNine() {
        assertEquals(2, size(1.4)); // 14 / 10
        assertEquals(3, size(-3.125)); // −3125 / 10^3: zig-zag 6249 needs two varint bytes
        assertEquals(2, size(0)); // 0 / 10^0
        assertEquals(9, size(-0.0)); // no decimal form keeps the sign
        assertEquals(9, size(Math.PI));
        assertEquals(9, size(Double.MIN_VALUE));
        assertEquals(9, size(1e300));
        assertEquals(7, size(1099511627776.0)); // 2^40: zig-zag 2^41 needs 42 bits, 6 varint bytes
        assertEquals(9, size(9007199254740991.0)); // 2^53 − 1: 54 bits, 8 varint bytes, so raw is as short
    }

    private static int size(double value) {
        CompactOutput out = new CompactOutput();
        out.writeNumber(value);
        CompactInput in = new CompactInput(out.toByteArray());
        assertEquals(Double.doubleToRawLongBits(value), Double.doubleToRawLongBits(in.readNumber()));
        in.end();
        return out.size();
    }

    @Test
    void awkwardNumbersRoundTripBitForBit() {
        double[] values = {0.1, 0.2, 0.3, 1e-7, 123456.789, -0.0, Double.MAX_VALUE, -Double.MAX_VALUE,
            Double.MIN_NORMAL, 4.9e-324, 1e22, 1e23, 9007199254740992.0, -9007199254740993.0, 5e-324 * 3,
            0.1 + 0.2, 1.0 / 3, 2.5, -2.5, 0.5, 1.005, 100.0 / 7};
        for (double value : values) {
            size(value);
        }
        SeededRandom random = new SeededRandom(5);
        for (int i = 0; i < 20_000; i++) {
            size(RandomScenarios.awkwardDouble(random));
            size(Math.round(random.nextGaussian(0, 5) * 1000) / 1000.0);
        }
    }

    @Test
    void randomScenariosRoundTrip() {
        SeededRandom random = new SeededRandom(23);
        CompactLink code = new CompactLink();
        for (int i = 0; i < 500; i++) {
            Scenario scenario = RandomScenarios.scenario(random);
            Scenario back = CompactLinkReader.read(code.encode(scenario)).scenario();
            assertSameFields(scenario, back);
            assertEquals(scenario, back);
        }
    }

    @Test
    void threeHundredClickedPointsFitInAShortLink() {
        // 300 points with three decimals in (−5, 5): each coordinate is a head byte and a varint of at
        // most 2 bytes (|zig-zag| < 10 000 < 2^14), so the points take at most 300·2·3 + 38 label bytes,
        // and the base64 at most 4/3 of that plus the rest of the scenario.
        SeededRandom random = new SeededRandom(3);
        double[] values = new double[600];
        double[] labels = new double[300];
        for (int i = 0; i < 300; i++) {
            values[2 * i] = Math.round(random.nextDouble(-5, 5) * 1000) / 1000.0;
            values[2 * i + 1] = Math.round(random.nextDouble(-5, 5) * 1000) / 1000.0;
            labels[i] = random.nextInt(2);
        }
        Scenario scenario = Scenario.of(new DataSet(2, values, labels), ModelSpec.logistic(2), 7,
                TrainingSettings.gradientDescent(0.1));
        String link = new Link().write(scenario);
        assertTrue(link.length() <= 3 + (300 * 2 * 3 + 38 + 40) * 4 / 3 + 1, "length " + link.length());
        assertTrue(link.length() < JsonLinkTest.fragment(scenario).length() / 2);
        assertEquals(scenario, Link.read(link).scenario());
    }

    @Test
    void randomDoublesTakeNineBytesACoordinate() {
        SeededRandom random = new SeededRandom(4);
        double[] values = new double[600];
        double[] labels = new double[300];
        for (int i = 0; i < values.length; i++) {
            values[i] = random.nextGaussian(0, 2);
        }
        Scenario scenario = Scenario.of(new DataSet(2, values, labels), ModelSpec.logistic(2), 7,
                TrainingSettings.gradientDescent(0.1));
        int bytes = new CompactLink().encode(scenario).length;
        // 600 · 9 bytes, 38 label bytes, and a header of under 30 bytes.
        assertTrue(bytes >= 600 * 9 + 38 && bytes < 600 * 9 + 38 + 30, "bytes " + bytes);
    }

    @Test
    void aPresetIsNamedNotListed() {
        DataSet circles = Preset.CIRCLES.generate(new SeededRandom(1));
        Scenario scenario = Scenario.of(circles, new ModelSpec(2, new int[] {4, 4},
                dev.boundary.core.nn.Activation.TANH, true), 1, TrainingSettings.gradientDescent(0.1));
        String link = new Link().write(scenario);
        // Header ~20 bytes + preset reference (mode, code, seed, count 200 (2 bytes), checksum 4) + 0 listed.
        assertTrue(link.length() < 60, link);
        OpenedLink back = Link.read(link);
        assertEquals(scenario, back.scenario());
        assertNull(back.note());

        // The same points with two clicked points after them, and drawn with another seed than the
        // scenario's current one (the learner changed the seed after choosing the data set).
        DataSet more = circles.withPoint(new double[] {0.25, -1.5}, 1).withPoint(new double[] {3, 3}, 0);
        Scenario edited = scenario.withData(more).withSeed(42);
        String editedLink = new Link().write(edited);
        assertTrue(editedLink.length() < 80, editedLink);
        assertEquals(edited, Link.read(editedLink).scenario());
    }

    @Test
    void aResizedNoisierPresetIsNamedWithItsRecipe() {
        DataSet moons = Preset.MOONS.generate(4, 300, 0.05).withPoint(new double[] {0.5, 0.25}, 1);
        Scenario scenario = Scenario.of(moons, new ModelSpec(2, new int[] {8}, dev.boundary.core.nn.Activation.TANH,
                true), 4, TrainingSettings.gradientDescent(0.1).withTestFraction(0.2));
        String link = new Link().write(scenario);
        assertTrue(link.length() < 80, link); // 601 points as doubles would take over 10 000 characters
        OpenedLink back = Link.read(link);
        assertEquals(scenario, back.scenario());
        assertNull(back.note());
        assertEquals(300, back.scenario().data().origin().countPerClass());
        assertEquals(0.05, back.scenario().data().origin().noise(), 0.0);
        assertEquals(0.2, back.scenario().training().testFraction(), 0.0);
    }

    /**
     * A code up to its points, as the layout says: version 1, biases (and a test fraction when above 0),
     * title "x", no description, no hidden layer, sigmoid, cross-entropy, gradient descent, learning rate
     * 1, full batch, L2 0, 10 epochs, threshold 0.5, seed 1.
     */
    /** Writes the right checksum into the last four bytes of an edited code, as a careful forger would. */
    private static void resealed(byte[] code) {
        int length = code.length - 4;
        int checksum = CompactLink.checksum(code, length);
        for (int i = 0; i < 4; i++) {
            code[length + i] = (byte) (checksum >>> (24 - 8 * i));
        }
    }

    private static CompactOutput header(double testFraction) {
        CompactOutput out = new CompactOutput();
        out.writeByte(1);
        out.writeByte(2 | (testFraction > 0 ? 16 : 0));
        out.writeString("x");
        out.writeString("");
        out.writeByte(0);
        out.writeByte(0);
        out.writeByte(0);
        out.writeByte(0);
        out.writeNumber(1);
        out.writeVarint(0);
        out.writeNumber(0);
        if (testFraction > 0) {
            out.writeNumber(testFraction);
        }
        out.writeVarint(10);
        out.writeNumber(0.5);
        out.writeSigned(1);
        return out;
    }

    /** The preset points' checksum as 0 (so it does not match) and no listed points after them. */
    private static void zeroChecksumAndNothingListed(CompactOutput out) {
        for (int i = 0; i < 4; i++) {
            out.writeByte(0);
        }
        out.writeVarint(0);
    }

    @Test
    void aRecipeIsReadAsTheLayoutSays() {
        // Hand-built: mode 2 names 20 moons points of seed 3, 10 per class, noise 0, with a wrong checksum.
        CompactOutput out = header(0.25);
        out.writeVarint(2); // a preset's points drawn at a chosen size and noise
        out.writeByte(5); // moons
        out.writeSigned(3);
        out.writeVarint(10); // per class
        out.writeNumber(0); // noise
        out.writeVarint(20);
        zeroChecksumAndNothingListed(out);
        OpenedLink shared = CompactLinkReader.read(out.toByteArray());
        DataSet data = shared.scenario().data();
        assertEquals(20, data.size());
        // Without noise point 0 is (cos 0, sin 0) = (1, 0) and point 19 is the lower arc's end (2, 0.5).
        assertEquals(1.0, data.feature(0, 0), 0.0);
        assertEquals(0.0, data.feature(0, 1), 0.0);
        assertEquals(2.0, data.feature(19, 0), 1e-15);
        assertEquals(0.5, data.feature(19, 1), 1e-15);
        assertEquals(0.25, shared.scenario().training().testFraction(), 0.0);
        assertTrue(shared.note().contains("Moons"), shared.note());
    }

    @Test
    void aPresetWhosePointsComeOutDifferentlyIsRestoredWithANote() {
        // Hand-built code naming the first 4 points of XOR with a wrong checksum (0).
        CompactOutput out = header(0);
        out.writeVarint(1); // a preset's points
        out.writeByte(2); // XOR
        out.writeSigned(0);
        out.writeVarint(4);
        zeroChecksumAndNothingListed(out);
        OpenedLink shared = CompactLinkReader.read(out.toByteArray());
        assertArrayEquals(new double[] {0, 0, 0, 1, 1, 0, 1, 1}, shared.scenario().data().featureArray());
        assertArrayEquals(new double[] {0, 1, 1, 0}, shared.scenario().data().labelArray());
        assertTrue(shared.note().contains("XOR gate"), shared.note());
        assertTrue(shared.note().contains("last digits"), shared.note());
    }

    @Test
    void encodingThousandPointsAgainReusesTheirBytes() {
        DataSet line = Preset.LINE.generate(new SeededRandom(9)).withPoint(new double[] {Math.E}, 1);
        Scenario scenario = Scenario.of(line, ModelSpec.logistic(1), 9, TrainingSettings.gradientDescent(0.001));
        CompactLink code = new CompactLink();
        byte[] first = code.encode(scenario);
        byte[] again = code.encode(scenario.withTrained(new TrainedState(5, new double[] {1.5, -2})));
        assertTrue(again.length > first.length);
        assertEquals(scenario.withTrained(new TrainedState(5, new double[] {1.5, -2})),
                CompactLinkReader.read(again).scenario());
    }
}
