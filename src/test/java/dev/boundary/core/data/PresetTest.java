package dev.boundary.core.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.boundary.core.math.SeededRandom;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PresetTest {
    @Test
    void idsAreUniqueAndFindTheirPreset() {
        Set<String> ids = new HashSet<>();
        for (Preset preset : Preset.values()) {
            assertTrue(ids.add(preset.id()), "duplicate id " + preset.id());
            assertSame(preset, Preset.byId(preset.id()));
        }
    }

    @Test
    void unknownIdNamesTheKnownOnes() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Preset.byId("banana"));
        assertTrue(e.getMessage().contains("\"banana\""), e.getMessage());
        assertTrue(e.getMessage().contains("xor"), e.getMessage());
    }

    @Test
    void presetsGiveTheDocumentedData() {
        SeededRandom random = new SeededRandom(11);
        assertArrayEquals(new double[] {0, 0, 0, 1}, Preset.AND.generate(random).labelArray());
        assertArrayEquals(new double[] {0, 1, 1, 0}, Preset.XOR.generate(random).labelArray());
        assertEquals(150, Preset.IRIS.generate(random).size());
        DataSet line = Preset.LINE.generate(random);
        assertEquals(1000, line.size());
        assertEquals(1, line.featureCount());
        assertEquals(40, Preset.ROELANTS.generate(random).size());
        for (Preset preset : Preset.values()) {
            DataSet data = preset.generate(new SeededRandom(5));
            assertTrue(data.positives() > 0 && data.positives() < data.size(), preset.id());
        }
    }
}
