package dev.boundary.core.view;

/**
 * Which parts of a picture changed, as a grid of square tiles of {@link #SIDE} pixels over a
 * {@code width × height} picture (the last column and row may be narrower). A picture that changed
 * in a few places is then redrawn and copied to the page tile by tile instead of whole. Mutable;
 * the flags are reused.
 */
public final class DirtyTiles {
    /** The side of a tile in pixels. */
    public static final int SIDE = 32;

    private int width;
    private int height;
    private int columns;
    private int rows;
    private boolean[] dirty = new boolean[0];
    private int count;

    /** Covers a {@code width × height} picture with tiles, none of them dirty. */
    public void resize(int width, int height) {
        this.width = width;
        this.height = height;
        columns = (width + SIDE - 1) / SIDE;
        rows = (height + SIDE - 1) / SIDE;
        if (dirty.length < columns * rows) {
            dirty = new boolean[columns * rows];
        }
        clear();
    }

    /** Marks no tile dirty. */
    public void clear() {
        java.util.Arrays.fill(dirty, 0, columns * rows, false);
        count = 0;
    }

    /** Marks every tile that the pixels {@code [left, right) × [top, bottom)} touch (clipped to the picture). */
    public void mark(int left, int top, int right, int bottom) {
        if (left >= width || top >= height || right <= 0 || bottom <= 0) {
            return;
        }
        int fromColumn = Math.max(0, left) / SIDE;
        int toColumn = (Math.min(width, right) - 1) / SIDE;
        int fromRow = Math.max(0, top) / SIDE;
        int toRow = (Math.min(height, bottom) - 1) / SIDE;
        for (int row = fromRow; row <= toRow; row++) {
            for (int column = fromColumn; column <= toColumn; column++) {
                int k = row * columns + column;
                if (!dirty[k]) {
                    dirty[k] = true;
                    count++;
                }
            }
        }
    }

    /** Whether tile {@code index} (row-major, {@code row · columns() + column}) is dirty. */
    public boolean isDirty(int index) {
        return dirty[index];
    }

    /** How many tiles are dirty. */
    public int count() {
        return count;
    }

    /** Tiles per row. */
    public int columns() {
        return columns;
    }

    /** Rows of tiles. */
    public int rows() {
        return rows;
    }

    /** The left pixel of tile {@code index}. */
    public int left(int index) {
        return index % Math.max(1, columns) * SIDE;
    }

    /** The top pixel of tile {@code index}. */
    public int top(int index) {
        return index / Math.max(1, columns) * SIDE;
    }

    /** The width of tile {@code index} in pixels: {@link #SIDE}, or less in the last column. */
    public int width(int index) {
        return Math.min(SIDE, width - left(index));
    }

    /** The height of tile {@code index} in pixels: {@link #SIDE}, or less in the last row. */
    public int height(int index) {
        return Math.min(SIDE, height - top(index));
    }
}
