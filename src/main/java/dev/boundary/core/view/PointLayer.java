package dev.boundary.core.view;

import dev.boundary.core.data.DataSet;

/**
 * The plot's points as one transparent picture, packed {@code 0xAABBGGRR} like {@link FieldColors},
 * to lay over the field in one draw: training points filled (class 1 circles, class 0 triangles),
 * test points hollow, misclassified points ringed. Stamping ready-made {@link PointSprite}s costs a
 * few milliseconds for 10 000 points, where a canvas path of 10 000 antialiased shapes costs tens.
 *
 * <p>{@link #render} draws again only when something shown changed (the points, the split, the
 * view, the pixel ratio, or which points are misclassified); otherwise the last picture stands. When
 * only the misclassified points changed (the threshold moved, or training moved the boundary), only
 * the {@link DirtyTiles tiles} around the points that gained or lost their ring are drawn again:
 * each starts from the kept picture of the markers and gets the rings that cross it, in the points'
 * order, so the picture is exactly the one drawn afresh, and the page copies only those tiles.
 * Mutable; buffers are reused.
 */
public final class PointLayer {
    private final int class1Rgb;
    private final int class0Rgb;
    private final PointSprite[] sprites = new PointSprite[PointSprite.Kind.values().length];
    private double spriteRadius = Double.NaN;
    private int[] pixels = new int[0];
    /** The markers without the rings, kept so that new rings alone (a threshold moved) skip the markers. */
    private int[] markers = new int[0];
    private int width;
    private int height;
    private boolean[] wrong = new boolean[0];
    private boolean[] shownWrong = new boolean[0];
    private DataSet shownData;
    private boolean[] shownTest;
    private Viewport shownView;
    private double shownScale;
    private boolean showTest = true;
    private boolean shownShowTest = true;
    private final DirtyTiles tiles = new DirtyTiles();
    /** Whether the last change redrew the whole picture (else only {@link #tiles()}'s dirty tiles). */
    private boolean whole;

    /** Markers of class 1 in {@code class1Rgb} and of class 0 in {@code class0Rgb} (0xRRGGBB). */
    public PointLayer(int class1Rgb, int class0Rgb) {
        this.class1Rgb = class1Rgb;
        this.class0Rgb = class0Rgb;
    }

    /** Whether test points are drawn (the default); hiding them changes the picture, never the numbers. */
    public void setShowTest(boolean value) {
        showTest = value;
    }

    /** The markers' radius in CSS pixels for {@code count} points: smaller as the plot fills up. */
    public static double radius(int count) {
        return count > 2000 ? 2.5 : count > 300 ? 3.5 : 5;
    }

    /** The radius of the ring that marks one chosen point among {@code count}: clear of its marker. */
    public static double ringRadius(int count) {
        return count > 2000 ? 8 : count > 300 ? 9 : 11;
    }

    /**
     * The world y at which point {@code i} is drawn: its second feature, or with one feature its label
     * (0 or 1) spread over a band of ±0.04 so that equal values do not hide each other.
     */
    public static double plotY(DataSet data, int i) {
        return data.featureCount() == 2 ? data.feature(i, 1) : data.label(i) + 0.08 * ((i * 0.6180339887) % 1.0 - 0.5);
    }

    /**
     * Draws the points of {@code data} over {@code viewport} at {@code scale} device pixels per CSS
     * pixel (the picture is {@code viewport.width() × scale} by {@code viewport.height() × scale}).
     *
     * @param test which points are test points, or null when none are
     * @param probabilities p̂ per point, to ring those on the wrong side of {@code threshold}
     * @return whether the picture changed since the last call
     */
    public boolean render(DataSet data, boolean[] test, double[] probabilities, double threshold,
            Viewport viewport, double scale) {
        int m = data.size();
        if (wrong.length < m) {
            wrong = new boolean[m];
        }
        boolean sameWrong = shownWrong.length >= m;
        for (int i = 0; i < m; i++) {
            wrong[i] = (probabilities[i] >= threshold) != (data.label(i) == 1.0) && (showTest || test == null || !test[i]);
            if (sameWrong && wrong[i] != shownWrong[i]) {
                sameWrong = false;
            }
        }
        boolean sameMarkers = data == shownData && test == shownTest && scale == shownScale && viewport.sameAs(shownView)
                && showTest == shownShowTest;
        if (sameWrong && sameMarkers) {
            return false;
        }
        whole = !sameMarkers;
        if (whole) {
            size(viewport, scale);
            prepareSprites(radius(m) * scale, scale);
        }
        PointSprite ring = sprites[PointSprite.Kind.RING.ordinal()];
        if (whole) {
            stampMarkers(data, test, viewport, scale);
            System.arraycopy(markers, 0, pixels, 0, width * height);
            for (int i = 0; i < m; i++) {
                if (wrong[i]) {
                    stamp(pixels, ring, viewport.toPixelX(data.feature(i, 0)) * scale,
                            viewport.toPixelY(plotY(data, i)) * scale, 0, 0, width, height);
                }
            }
        } else {
            redrawRings(data, viewport, scale, ring);
        }
        if (shownWrong.length < m) {
            shownWrong = new boolean[wrong.length];
        }
        System.arraycopy(wrong, 0, shownWrong, 0, m);
        shownData = data;
        shownTest = test;
        shownView = viewport;
        shownScale = scale;
        shownShowTest = showTest;
        return true;
    }

    private void stampMarkers(DataSet data, boolean[] test, Viewport viewport, double scale) {
        int m = data.size();
        java.util.Arrays.fill(markers, 0, width * height, 0);
        for (int pass = 0; pass < 4; pass++) {
            for (int i = 0; i < m; i++) {
                boolean positive = data.label(i) == 1.0;
                boolean held = test != null && test[i];
                if (positive == (pass % 2 == 0) && held == (pass >= 2) && (showTest || !held)) {
                    PointSprite.Kind kind = held
                            ? (positive ? PointSprite.Kind.TEST_CIRCLE : PointSprite.Kind.TEST_TRIANGLE)
                            : positive ? PointSprite.Kind.TRAINING_CIRCLE : PointSprite.Kind.TRAINING_TRIANGLE;
                    stamp(markers, sprites[kind.ordinal()], viewport.toPixelX(data.feature(i, 0)) * scale,
                            viewport.toPixelY(plotY(data, i)) * scale, 0, 0, width, height);
                }
            }
        }
    }

    /**
     * Only the rings changed: marks the tiles under each ring that came or went, puts the markers back
     * in them, and stamps every ring that crosses them, clipped to them, in the points' order.
     */
    private void redrawRings(DataSet data, Viewport viewport, double scale, PointSprite ring) {
        int m = data.size();
        tiles.clear();
        for (int i = 0; i < m; i++) {
            if (wrong[i] != shownWrong[i]) {
                int left = (int) Math.floor(viewport.toPixelX(data.feature(i, 0)) * scale) - ring.half;
                int top = (int) Math.floor(viewport.toPixelY(plotY(data, i)) * scale) - ring.half;
                tiles.mark(left, top, left + ring.size, top + ring.size);
            }
        }
        int count = tiles.columns() * tiles.rows();
        for (int k = 0; k < count; k++) {
            if (tiles.isDirty(k)) {
                int left = tiles.left(k);
                int right = left + tiles.width(k);
                for (int row = tiles.top(k), end = row + tiles.height(k); row < end; row++) {
                    System.arraycopy(markers, row * width + left, pixels, row * width + left, right - left);
                }
            }
        }
        int columns = tiles.columns();
        for (int i = 0; i < m; i++) {
            if (!wrong[i]) {
                continue;
            }
            double x = viewport.toPixelX(data.feature(i, 0)) * scale;
            double y = viewport.toPixelY(plotY(data, i)) * scale;
            int left = Math.max(0, (int) Math.floor(x) - ring.half);
            int top = Math.max(0, (int) Math.floor(y) - ring.half);
            int right = Math.min(width, (int) Math.floor(x) - ring.half + ring.size);
            int bottom = Math.min(height, (int) Math.floor(y) - ring.half + ring.size);
            if (left >= right || top >= bottom) {
                continue;
            }
            for (int row = top / DirtyTiles.SIDE; row <= (bottom - 1) / DirtyTiles.SIDE; row++) {
                for (int column = left / DirtyTiles.SIDE; column <= (right - 1) / DirtyTiles.SIDE; column++) {
                    int k = row * columns + column;
                    if (tiles.isDirty(k)) {
                        stamp(pixels, ring, x, y, tiles.left(k), tiles.top(k), tiles.left(k) + tiles.width(k),
                                tiles.top(k) + tiles.height(k));
                    }
                }
            }
        }
    }

    /** Whether the last change redrew the whole picture; when not, {@link #tiles()} says where it changed. */
    public boolean changedWhole() {
        return whole;
    }

    /** The tiles the last change redrew, when it did not redraw the whole picture. */
    public DirtyTiles tiles() {
        return tiles;
    }

    private void size(Viewport viewport, double scale) {
        width = Math.max(1, (int) Math.round(viewport.width() * scale));
        height = Math.max(1, (int) Math.round(viewport.height() * scale));
        if (pixels.length < width * height) {
            pixels = new int[width * height];
            markers = new int[width * height];
        }
        tiles.resize(width, height);
    }

    private void prepareSprites(double radius, double scale) {
        if (radius == spriteRadius && sprites[0] != null) {
            return;
        }
        for (PointSprite.Kind kind : PointSprite.Kind.values()) {
            sprites[kind.ordinal()] = PointSprite.of(kind, radius, scale, class1Rgb, class0Rgb);
        }
        spriteRadius = radius;
    }

    /**
     * Lays {@code sprite} over {@code picture} with its middle pixel on the pixel holding (x, y), only
     * within the pixels {@code [clipLeft, clipRight) × [clipTop, clipBottom)}.
     */
    private void stamp(int[] picture, PointSprite sprite, double x, double y, int clipLeft, int clipTop,
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

    /** The picture, row-major {@code [height × width]} (backing array, read only; may be longer). */
    public int[] pixels() {
        return pixels;
    }

    /** Width of the picture in device pixels. */
    public int width() {
        return width;
    }

    /** Height of the picture in device pixels. */
    public int height() {
        return height;
    }
}
