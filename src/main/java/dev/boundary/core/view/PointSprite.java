package dev.boundary.core.view;

/**
 * One marker of the plot as a small antialiased picture, packed {@code 0xAABBGGRR} like
 * {@link FieldColors}, centred on its middle pixel: a circle (class 1) or a triangle (class 0),
 * filled (training point) or hollow (test point), or the ring around a misclassified point. Each is
 * built once per size from layers of colour over shapes whose coverage is sampled 4 × 4 per pixel,
 * so the markers look as the canvas would draw them, and stamping one is a copy loop.
 */
final class PointSprite {
    enum Kind { TRAINING_CIRCLE, TRAINING_TRIANGLE, TEST_CIRCLE, TEST_TRIANGLE, RING }

    private static final int SAMPLES = 4;
    private static final int WHITE = 0xFFFFFF;
    private static final int RING_RGB = 0xDC2626;

    final int size;
    final int half;
    final int[] pixels;

    private PointSprite(int half) {
        this.half = half;
        this.size = 2 * half + 1;
        this.pixels = new int[size * size];
    }

    /**
     * The sprite of {@code kind} for markers of radius {@code radius} device pixels, drawn in
     * {@code class1Rgb} or {@code class0Rgb}; {@code scale} is the device pixels per CSS pixel, which
     * the outline widths (1, 2 and 1.2 CSS pixels) follow.
     */
    static PointSprite of(Kind kind, double radius, double scale, int class1Rgb, int class0Rgb) {
        double ringRadius = radius + 2.5 * scale;
        int half = (int) Math.ceil((kind == Kind.RING ? ringRadius + 0.6 * scale : radius * 1.3 + scale) + 1);
        PointSprite sprite = new PointSprite(half);
        switch (kind) {
            case TRAINING_CIRCLE:
                sprite.layer(WHITE, 1.0, p -> disc(p, radius + 0.5 * scale));
                sprite.layer(class1Rgb, 1.0, p -> disc(p, radius - 0.5 * scale));
                break;
            case TRAINING_TRIANGLE:
                sprite.layer(WHITE, 1.0, p -> triangle(p, radius) >= -0.5 * scale);
                sprite.layer(class0Rgb, 1.0, p -> triangle(p, radius) >= 0.5 * scale);
                break;
            case TEST_CIRCLE:
                sprite.layer(WHITE, 0.85, p -> disc(p, radius));
                sprite.layer(class1Rgb, 1.0, p -> Math.abs(distance(p) - radius) <= scale);
                break;
            case TEST_TRIANGLE:
                sprite.layer(WHITE, 0.85, p -> triangle(p, radius) >= 0);
                sprite.layer(class0Rgb, 1.0, p -> Math.abs(triangle(p, radius)) <= scale);
                break;
            default:
                sprite.layer(RING_RGB, 1.0, p -> Math.abs(distance(p) - ringRadius) <= 0.6 * scale);
        }
        return sprite;
    }

    /** A shape: whether a point (x, y) relative to the centre, y down, is inside. */
    private interface Shape {
        boolean contains(double[] point);
    }

    private static boolean disc(double[] p, double radius) {
        return distance(p) <= radius;
    }

    private static double distance(double[] p) {
        return Math.sqrt(p[0] * p[0] + p[1] * p[1]);
    }

    /**
     * The signed distance (positive inside) to the nearest side of the page's triangle of radius r,
     * with corners (0, −1.2r), (1.1r, 0.8r) and (−1.1r, 0.8r): the smallest distance to the three
     * side lines, which outside the triangle gives mitred corners, as a canvas stroke does.
     */
    private static double triangle(double[] p, double r) {
        double x = p[0];
        double y = p[1];
        double bottom = 0.8 * r - y;
        // The right side from (0, −1.2r) to (1.1r, 0.8r): inward normal (−2, 1.1) / |…|.
        double norm = Math.sqrt(2.0 * 2.0 + 1.1 * 1.1);
        double right = (-2.0 * x + 1.1 * (y + 1.2 * r)) / norm;
        double left = (2.0 * x + 1.1 * (y + 1.2 * r)) / norm;
        return Math.min(bottom, Math.min(right, left));
    }

    /** Paints {@code rgb} at {@code alpha} over the sprite where {@code shape} covers it. */
    private void layer(int rgb, double alpha, Shape shape) {
        double[] point = new double[2];
        for (int row = 0; row < size; row++) {
            for (int col = 0; col < size; col++) {
                int inside = 0;
                for (int sy = 0; sy < SAMPLES; sy++) {
                    for (int sx = 0; sx < SAMPLES; sx++) {
                        point[0] = col - half + (sx + 0.5) / SAMPLES - 0.5;
                        point[1] = row - half + (sy + 0.5) / SAMPLES - 0.5;
                        inside += shape.contains(point) ? 1 : 0;
                    }
                }
                if (inside > 0) {
                    int a = (int) Math.round(255 * alpha * inside / (SAMPLES * SAMPLES));
                    int k = row * size + col;
                    pixels[k] = over(FieldColors.pack(rgb) & 0xFFFFFF | a << 24, pixels[k]);
                }
            }
        }
    }

    /** {@code source} over {@code target}, both packed 0xAABBGGRR with straight (not premultiplied) alpha. */
    static int over(int source, int target) {
        int sa = source >>> 24;
        int ta = target >>> 24;
        if (sa == 255 || ta == 0) {
            return source;
        }
        if (sa == 0) {
            return target;
        }
        // Out alpha = sa + ta·(1 − sa); each channel is the alpha-weighted mean of the two.
        int weight = ta * (255 - sa); // target's share, in 255² units
        int oa255 = sa * 255 + weight;
        int r = ((source & 0xFF) * sa * 255 + (target & 0xFF) * weight + oa255 / 2) / oa255;
        int g = (((source >> 8) & 0xFF) * sa * 255 + ((target >> 8) & 0xFF) * weight + oa255 / 2) / oa255;
        int b = (((source >> 16) & 0xFF) * sa * 255 + ((target >> 16) & 0xFF) * weight + oa255 / 2) / oa255;
        int a = (oa255 + 127) / 255;
        return a << 24 | b << 16 | g << 8 | r;
    }
}
