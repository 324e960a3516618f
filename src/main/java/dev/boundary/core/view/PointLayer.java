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
    /** The point the last change added ({@link #editAdded}) or removed, or −1 when it was not one such edit. */
    private int editIndex = -1;
    private boolean editAdded;
    /** The points near the dirty tiles, in order (the first {@link #nearCount}). */
    private int[] near = new int[0];
    private int nearCount;

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
        editIndex = sameMarkers ? -1 : oneEdit(data, test, viewport, scale);
        whole = !sameMarkers && editIndex < 0;
        if (whole) {
            size(viewport, scale);
            prepareSprites(radius(m) * scale, scale);
        }
        PointSprite ring = sprites[PointSprite.Kind.RING.ordinal()];
        if (whole) {
            stampMarkers(data, test, viewport, scale, false);
            System.arraycopy(markers, 0, pixels, 0, width * height);
            for (int i = 0; i < m; i++) {
                if (wrong[i]) {
                    TileStamps.stamp(pixels, width, ring, viewport.toPixelX(data.feature(i, 0)) * scale,
                            viewport.toPixelY(plotY(data, i)) * scale, 0, 0, width, height);
                }
            }
        } else {
            tiles.clear();
            if (editIndex >= 0) {
                DataSet holder = editAdded ? data : shownData;
                markAround(viewport.toPixelX(holder.feature(editIndex, 0)) * scale,
                        viewport.toPixelY(plotY(holder, editIndex)) * scale, largestHalf());
            }
            markChangedRings(data, viewport, scale, ring);
            collectNear(data, viewport, scale);
            if (editIndex >= 0) {
                stampMarkers(data, test, viewport, scale, true);
            }
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

    /**
     * Stamps the markers in four passes (training points of class 1, of class 0, then the test
     * points), into the whole picture or, {@code dirtyOnly}, into the dirty tiles alone (cleared first).
     */
    private void stampMarkers(DataSet data, boolean[] test, Viewport viewport, double scale, boolean dirtyOnly) {
        int m = data.size();
        if (dirtyOnly) {
            TileStamps.clearDirty(markers, width, tiles);
        } else {
            java.util.Arrays.fill(markers, 0, width * height, 0);
        }
        int count = dirtyOnly ? nearCount : m;
        for (int pass = 0; pass < 4; pass++) {
            for (int n = 0; n < count; n++) {
                int i = dirtyOnly ? near[n] : n;
                boolean positive = data.label(i) == 1.0;
                boolean held = test != null && test[i];
                if (positive == (pass % 2 == 0) && held == (pass >= 2) && (showTest || !held)) {
                    PointSprite.Kind kind = held
                            ? (positive ? PointSprite.Kind.TEST_CIRCLE : PointSprite.Kind.TEST_TRIANGLE)
                            : positive ? PointSprite.Kind.TRAINING_CIRCLE : PointSprite.Kind.TRAINING_TRIANGLE;
                    double x = viewport.toPixelX(data.feature(i, 0)) * scale;
                    double y = viewport.toPixelY(plotY(data, i)) * scale;
                    if (dirtyOnly) {
                        TileStamps.stampInDirtyTiles(markers, width, height, tiles, sprites[kind.ordinal()], x, y);
                    } else {
                        TileStamps.stamp(markers, width, sprites[kind.ordinal()], x, y, 0, 0, width, height);
                    }
                }
            }
        }
    }

    /**
     * The index of the one point added to or removed from the shown points (setting
     * {@link #editAdded}), when nothing else about the picture changed; else −1.
     */
    private int oneEdit(DataSet data, boolean[] test, Viewport viewport, double scale) {
        if (shownData == null || scale != shownScale || !viewport.sameAs(shownView) || showTest != shownShowTest
                || radius(data.size()) != radius(shownData.size())) {
            return -1;
        }
        int added = PointEdit.added(shownData, shownTest, data, test);
        if (added >= 0) {
            editAdded = true;
            return added;
        }
        editAdded = false;
        return PointEdit.removed(shownData, shownTest, data, test);
    }

    /** Whether point i (of the new points) had a ring in the last picture. */
    private boolean previouslyWrong(int i) {
        if (editIndex < 0) {
            return shownWrong[i];
        }
        if (editAdded) {
            return i != editIndex && shownWrong[i < editIndex ? i : i - 1];
        }
        return shownWrong[i < editIndex ? i : i + 1];
    }

    private int largestHalf() {
        int half = 0;
        for (PointSprite sprite : sprites) {
            half = Math.max(half, sprite.half);
        }
        return half;
    }

    /** Marks the tiles under a square of {@code 2 · half + 1} pixels centred on the pixel holding (x, y). */
    private void markAround(double x, double y, int half) {
        int left = (int) Math.floor(x) - half;
        int top = (int) Math.floor(y) - half;
        tiles.mark(left, top, left + 2 * half + 1, top + 2 * half + 1);
    }

    /** Marks the tiles under each ring that came or went (the tiles already dirty stay so). */
    private void markChangedRings(DataSet data, Viewport viewport, double scale, PointSprite ring) {
        int m = data.size();
        for (int i = 0; i < m; i++) {
            if (wrong[i] != previouslyWrong(i)) {
                markAround(viewport.toPixelX(data.feature(i, 0)) * scale, viewport.toPixelY(plotY(data, i)) * scale,
                        ring.half);
            }
        }
    }

    /** Lists, in order, the points whose marker or ring crosses a dirty tile: the only ones to stamp again. */
    private void collectNear(DataSet data, Viewport viewport, double scale) {
        int m = data.size();
        if (near.length < m) {
            near = new int[m];
        }
        nearCount = 0;
        if (tiles.count() == 0) {
            return;
        }
        int half = largestHalf();
        for (int i = 0; i < m; i++) {
            int x = (int) Math.floor(viewport.toPixelX(data.feature(i, 0)) * scale);
            int y = (int) Math.floor(viewport.toPixelY(plotY(data, i)) * scale);
            if (TileStamps.crossesDirty(tiles, width, height, x, y, half)) {
                near[nearCount++] = i;
            }
        }
    }

    /**
     * Puts the markers back in the dirty tiles and stamps every ring that crosses them, clipped to
     * them, in the points' order.
     */
    private void redrawRings(DataSet data, Viewport viewport, double scale, PointSprite ring) {
        TileStamps.copyDirty(markers, pixels, width, tiles);
        for (int n = 0; n < nearCount; n++) {
            int i = near[n];
            if (wrong[i]) {
                TileStamps.stampInDirtyTiles(pixels, width, height, tiles, ring,
                        viewport.toPixelX(data.feature(i, 0)) * scale, viewport.toPixelY(plotY(data, i)) * scale);
            }
        }
    }

    /** Whether the last change redrew the whole picture; when not, {@link #tiles()} says where it changed. */
    public boolean changedWhole() {
        return whole;
    }

    /** Whether the last change moved markers (the points, the view, …), not only rings. */
    public boolean markersChanged() {
        return whole || editIndex >= 0;
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
