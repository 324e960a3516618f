package dev.boundary.core.math;

/**
 * A dense matrix of doubles, row-major: element (r, c) is {@code data[r * columns + c]}.
 *
 * <p>The backing array is allocated once for a row capacity; {@link #setRows} changes how many rows
 * are in use (a last, smaller batch) without allocating. The layers compute with the backing arrays
 * directly ({@code DenseLayer}), each operation beside its own shape check.
 */
public final class Matrix {
    private final double[] data;
    private final int columns;
    private int rows;

    /** A zero matrix {@code [rows × columns]} whose row capacity is {@code rows}. */
    public Matrix(int rows, int columns) {
        Validate.isTrue(rows >= 0 && columns >= 0, "a matrix cannot be " + rows + "×" + columns);
        this.data = new double[rows * columns];
        this.rows = rows;
        this.columns = columns;
    }

    /** A matrix {@code [rows × columns]} over a copy of {@code values} (row-major). */
    public static Matrix of(int rows, int columns, double... values) {
        Validate.isTrue(values.length == rows * columns,
                rows + "×" + columns + " needs " + rows * columns + " values, got " + values.length);
        Matrix matrix = new Matrix(rows, columns);
        System.arraycopy(values, 0, matrix.data, 0, values.length);
        return matrix;
    }

    public int rows() {
        return rows;
    }

    public int columns() {
        return columns;
    }

    /** Rows the backing array can hold. */
    public int capacity() {
        return columns == 0 ? rows : data.length / columns;
    }

    /** Uses the first {@code rows} rows of the backing array; at most {@link #capacity()}. */
    public void setRows(int rows) {
        if (rows < 0 || rows > capacity()) { // checked by hand: this runs every pass and must not allocate
            throw new IllegalArgumentException("rows of a " + capacity() + "×" + columns
                    + " buffer must be between 0 and " + capacity() + ", was " + rows);
        }
        this.rows = rows;
    }

    /** The backing array (row-major); its first {@code rows × columns} values are in use. */
    public double[] data() {
        return data;
    }

    public double get(int row, int column) {
        return data[row * columns + column];
    }

    public void set(int row, int column, double value) {
        data[row * columns + column] = value;
    }

    public String shape() {
        return rows + "×" + columns;
    }
}
