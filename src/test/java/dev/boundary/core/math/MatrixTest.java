package dev.boundary.core.math;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class MatrixTest {
    private static final Matrix A = Matrix.of(2, 3, 1, 2, 3, 4, 5, 6);

    @Test
    void multiply() {
        // [1 2 3; 4 5 6] · [1; 0; -1] = [-2; -2]
        Matrix c = new Matrix(2, 1);
        Matrix.multiply(A, Matrix.of(3, 1, 1, 0, -1), c);
        assertArrayEquals(new double[] {-2, -2}, c.data(), 0);
    }

    @Test
    void fewerRowsThanCapacityReuseTheBuffer() {
        Matrix a = new Matrix(4, 3);
        a.setRows(1);
        System.arraycopy(new double[] {1, 1, 1}, 0, a.data(), 0, 3);
        Matrix c = new Matrix(4, 2);
        // [1 1 1] · [1 4; 2 5; 3 6] = [6 15]
        Matrix.multiply(a, Matrix.of(3, 2, 1, 4, 2, 5, 3, 6), c);
        assertEquals(1, c.rows());
        assertEquals(6, c.get(0, 0), 0);
        assertEquals(15, c.get(0, 1), 0);
    }

    @Test
    void wrongShapesAreNamed() {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> Matrix.multiply(A, Matrix.of(2, 1, 1, 2), new Matrix(2, 1)));
        assertEquals("cannot compute a · b into c: a is 2×3, b is 2×1, c is 2×1 (capacity 2 rows)", error.getMessage());
    }
}
