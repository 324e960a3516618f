package dev.boundary.core.view;

/**
 * Stamping {@link PointSprite}s into a picture packed {@code 0xAABBGGRR}, row-major {@code [height ×
 * width]}, whole or only within the {@link DirtyTiles dirty tiles}, and copying or clearing those
 * tiles: the pieces {@link PointLayer} redraws a part of its picture with.
 */
final class TileStamps {
    private TileStamps() {
    }

    /**
     * Lays {@code sprite} over {@code picture} with its middle pixel on the pixel holding (x, y), only
     * within the pixels {@code [clipLeft, clipRight) × [clipTop, clipBottom)}.
     */
    static void stamp(int[] picture, int width, PointSprite sprite, double x, double y, int clipLeft, int clipTop,
            int clipRight, int clipBottom) {
        int left = (int) Math.floor(x) - sprite.half;
        int top = (int) Math.floor(y) - sprite.half;
        int fromRow = Math.max(0, clipTop - top);
        int toRow = Math.min(sprite.size, clipBottom - top);
        int fromCol = Math.max(0, clipLeft - left);
        int toCol = Math.min(sprite.size, clipRight - left);
        int[] source = sprite.pixels;
        for (int row = fromRow; row < toRow; row++) {
            int target = (top + row) * width + left;
            int from = row * sprite.size;
            for (int col = fromCol; col < toCol; col++) {
                int pixel = source[from + col];
                if (pixel != 0) {
                    picture[target + col] = PointSprite.over(pixel, picture[target + col]);
                }
            }
        }
    }

    /** Stamps {@code sprite} at (x, y) clipped to each dirty tile it crosses. */
    static void stampInDirtyTiles(int[] picture, int width, int height, DirtyTiles tiles, PointSprite sprite,
            double x, double y) {
        int left = Math.max(0, (int) Math.floor(x) - sprite.half);
        int top = Math.max(0, (int) Math.floor(y) - sprite.half);
        int right = Math.min(width, (int) Math.floor(x) - sprite.half + sprite.size);
        int bottom = Math.min(height, (int) Math.floor(y) - sprite.half + sprite.size);
        if (left >= right || top >= bottom) {
            return;
        }
        int columns = tiles.columns();
        for (int row = top / DirtyTiles.SIDE; row <= (bottom - 1) / DirtyTiles.SIDE; row++) {
            for (int column = left / DirtyTiles.SIDE; column <= (right - 1) / DirtyTiles.SIDE; column++) {
                int k = row * columns + column;
                if (tiles.isDirty(k)) {
                    stamp(picture, width, sprite, x, y, tiles.left(k), tiles.top(k), tiles.left(k) + tiles.width(k),
                            tiles.top(k) + tiles.height(k));
                }
            }
        }
    }

    /** Whether the square of {@code 2 · half + 1} pixels centred on pixel (x, y) crosses a dirty tile. */
    static boolean crossesDirty(DirtyTiles tiles, int width, int height, int x, int y, int half) {
        int left = Math.max(0, x - half);
        int top = Math.max(0, y - half);
        int right = Math.min(width, x + half + 1);
        int bottom = Math.min(height, y + half + 1);
        if (left >= right || top >= bottom) {
            return false;
        }
        int columns = tiles.columns();
        for (int row = top / DirtyTiles.SIDE; row <= (bottom - 1) / DirtyTiles.SIDE; row++) {
            for (int column = left / DirtyTiles.SIDE; column <= (right - 1) / DirtyTiles.SIDE; column++) {
                if (tiles.isDirty(row * columns + column)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Copies the dirty tiles of {@code from} into {@code to}. */
    static void copyDirty(int[] from, int[] to, int width, DirtyTiles tiles) {
        int count = tiles.columns() * tiles.rows();
        for (int k = 0; k < count; k++) {
            if (tiles.isDirty(k)) {
                int left = tiles.left(k);
                for (int row = tiles.top(k), end = row + tiles.height(k); row < end; row++) {
                    System.arraycopy(from, row * width + left, to, row * width + left, tiles.width(k));
                }
            }
        }
    }

    /** Makes the dirty tiles of {@code picture} transparent. */
    static void clearDirty(int[] picture, int width, DirtyTiles tiles) {
        int count = tiles.columns() * tiles.rows();
        for (int k = 0; k < count; k++) {
            if (tiles.isDirty(k)) {
                int left = tiles.left(k);
                for (int row = tiles.top(k), end = row + tiles.height(k); row < end; row++) {
                    java.util.Arrays.fill(picture, row * width + left, row * width + left + tiles.width(k), 0);
                }
            }
        }
    }
}
