package dev.boundary.core.view;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class FieldResolutionTest {
    @Test
    void aFieldFourTimesOverBudgetHalvesItsSide() {
        // Time grows with cells², so 12 ms against a 3 ms budget asks for 100 · √(3/12) = 50 cells.
        FieldResolution resolution = new FieldResolution(3);
        assertEquals(50, resolution.whilePlaying(12));
        // At 50 cells the field now takes a quarter: 3 ms, on budget, so the side stays.
        assertEquals(50, resolution.whilePlaying(3));
    }

    @Test
    void aCheapFieldGoesBackToFullAndNeverBeyond() {
        FieldResolution resolution = new FieldResolution(3);
        resolution.whilePlaying(12);
        // 50 cells in 0.5 ms: 50 · √6 ≈ 122, capped at 100.
        assertEquals(100, resolution.whilePlaying(0.5));
    }

    @Test
    void theSideNeverFallsBelowTheMinimum() {
        FieldResolution resolution = new FieldResolution(3);
        assertEquals(FieldResolution.MIN, resolution.whilePlaying(3000));
    }

    @Test
    void smallChangesAreIgnoredSoThePictureDoesNotFlicker() {
        FieldResolution resolution = new FieldResolution(3);
        resolution.whilePlaying(12); // 50
        // 3.3 ms asks for 50 · √(3/3.3) ≈ 47.7 → 48: less than a tenth of 50, kept at 50.
        assertEquals(50, resolution.whilePlaying(3.3));
        // 4.5 ms asks for 50 · √(3/4.5) ≈ 40.8 → 41: a change of 9 ≥ 5, taken.
        assertEquals(41, resolution.whilePlaying(4.5));
    }

    @Test
    void atRestTheFieldIsFullAgain() {
        FieldResolution resolution = new FieldResolution(3);
        resolution.whilePlaying(12);
        assertEquals(FieldResolution.FULL, resolution.atRest());
        assertEquals(FieldResolution.FULL, resolution.current());
    }

    @Test
    void playWithNoFieldTimedYetStartsCoarseAndGrowsToTheBudget() {
        FieldResolution resolution = new FieldResolution(3);
        assertEquals(FieldResolution.MIN, resolution.whilePlaying(Double.NaN));
        // 32 cells in 0.75 ms: 32 · √(3/0.75) = 64.
        assertEquals(64, resolution.whilePlaying(0.75));
    }
}
