package dev.boundary.core.view;

import dev.boundary.core.math.Validate;

/**
 * Colours of the probability field: a diverging map from a light tint of the class-0 colour (orange,
 * p̂ = 0) through a near-white neutral at p̂ = threshold to a light tint of the class-1 colour (blue,
 * p̂ = 1). Orange against blue stays distinct under the common colour-vision deficiencies.
 *
 * <p>Why neutral at the threshold, not at 0.5: the threshold is where the prediction flips, so the
 * neutral band lies on the drawn contour and every tinted pixel is predicted as the class of its tint;
 * moving the threshold slider rebuilds a 256-entry table and repaints, it never retrains. Each side is
 * linear in p̂. The tints mix the neutral with the class colour at {@code strength} (default 0.5), so
 * points drawn in the full class colours stay visible on top.
 *
 * <p>Pixels are packed ints, one per pixel, {@code 0xAABBGGRR}: on a little-endian machine (every
 * browser) an {@code int[]} with that packing has the byte order R, G, B, A of a canvas
 * {@code ImageData}, so the glue can copy it whole through a {@code Uint32Array} view of the image
 * data — a quarter of the element copies of a byte array. The per-pixel work is one table lookup.
 */
public final class FieldColors {
    /** Class 0 (orange, #f59e0b), as 0xRRGGBB. */
    public static final int CLASS_0_RGB = 0xF59E0B;
    /** Class 1 (blue, #2563eb), as 0xRRGGBB. */
    public static final int CLASS_1_RGB = 0x2563EB;
    /** The neutral colour at the threshold (near-white, #f8fafc), as 0xRRGGBB. */
    public static final int NEUTRAL_RGB = 0xF8FAFC;
    /** How far the field's extremes go from the neutral towards the class colours, in [0, 1]. */
    public static final double DEFAULT_STRENGTH = 0.5;
    /** Entries of the lookup table: p̂ is quantised to steps of 1/255. */
    public static final int TABLE_SIZE = 256;

    private final int[] table = new int[TABLE_SIZE];
    private final int class0Rgb;
    private final int class1Rgb;
    private final int neutralRgb;
    private final double strength;
    private double threshold = Double.NaN;
    private int neutralIndex;

    /** The default colours and strength, neutral at p̂ = 0.5 until {@link #setThreshold} moves it. */
    private boolean discrete;

    public FieldColors() {
        this(CLASS_0_RGB, CLASS_1_RGB, NEUTRAL_RGB, DEFAULT_STRENGTH);
    }

    /**
     * @param class0Rgb the class-0 colour, 0xRRGGBB
     * @param class1Rgb the class-1 colour, 0xRRGGBB
     * @param neutralRgb the colour at the threshold, 0xRRGGBB
     * @param strength in [0, 1]: 1 paints p̂ = 0 and 1 in the full class colours, 0 paints all neutral
     */
    public FieldColors(int class0Rgb, int class1Rgb, int neutralRgb, double strength) {
        Validate.inRange(strength, 0.0, 1.0, "colour strength");
        this.class0Rgb = class0Rgb & 0xFFFFFF;
        this.class1Rgb = class1Rgb & 0xFFFFFF;
        this.neutralRgb = neutralRgb & 0xFFFFFF;
        this.strength = strength;
        setThreshold(0.5);
    }

    /** Moves the neutral colour to p̂ = {@code threshold} ∈ [0, 1]; rebuilds the table if it changed. */
    public void setThreshold(double newThreshold) {
        Validate.inRange(newThreshold, 0.0, 1.0, "threshold");
        if (newThreshold == threshold) {
            return;
        }
        threshold = newThreshold;
        int last = TABLE_SIZE - 1;
        // The entry p̂ = threshold looks up is exactly neutral; each side runs linearly to its tint.
        neutralIndex = (int) (newThreshold * last + 0.5);
        for (int i = 0; i < TABLE_SIZE; i++) {
            if (i < neutralIndex) {
                table[i] = mix(class0Rgb, strength * (neutralIndex - i) / neutralIndex);
            } else if (i > neutralIndex) {
                table[i] = mix(class1Rgb, strength * (i - neutralIndex) / (last - neutralIndex));
            } else {
                table[i] = pack(neutralRgb);
            }
        }
    }

    public double threshold() {
        return threshold;
    }

    /**
     * Two colours instead of a gradient (the page's "discretize"): every p̂ ≥ threshold gets class 1's
     * full tint, every other p̂ class 0's. Only the picture changes.
     */
    public void setDiscrete(boolean value) {
        discrete = value;
    }

    /** The neutral colour moved {@code amount} ∈ [0, 1] of the way to {@code rgb}, packed. */
    private int mix(int rgb, double amount) {
        int red = blend((neutralRgb >> 16) & 0xFF, (rgb >> 16) & 0xFF, amount);
        int green = blend((neutralRgb >> 8) & 0xFF, (rgb >> 8) & 0xFF, amount);
        int blue = blend(neutralRgb & 0xFF, rgb & 0xFF, amount);
        return pack((red << 16) | (green << 8) | blue);
    }

    private static int blend(int from, int to, double amount) {
        return (int) (from + amount * (to - from) + 0.5);
    }

    /** 0xRRGGBB as an opaque packed pixel 0xFFBBGGRR (R, G, B, A in little-endian byte order). */
    public static int pack(int rgb) {
        return 0xFF000000 | ((rgb & 0xFF) << 16) | (rgb & 0xFF00) | ((rgb >> 16) & 0xFF);
    }

    /** Red channel 0–255 of a packed pixel. */
    public static int red(int pixel) {
        return pixel & 0xFF;
    }

    /** Green channel 0–255 of a packed pixel. */
    public static int green(int pixel) {
        return (pixel >> 8) & 0xFF;
    }

    /** Blue channel 0–255 of a packed pixel. */
    public static int blue(int pixel) {
        return (pixel >> 16) & 0xFF;
    }

    /** Alpha channel 0–255 of a packed pixel. */
    public static int alpha(int pixel) {
        return (pixel >>> 24) & 0xFF;
    }

    /** The packed colour of p̂ (clamped to [0, 1]; NaN gets the neutral colour). */
    public int colour(double pHat) {
        return table[index(pHat)];
    }

    private int index(double pHat) {
        if (pHat != pHat) {
            return neutralIndex;
        }
        if (pHat <= 0.0) {
            return 0;
        }
        if (pHat >= 1.0) {
            return TABLE_SIZE - 1;
        }
        return (int) (pHat * (TABLE_SIZE - 1) + 0.5);
    }

    /**
     * One pixel per cell: {@code pixels[i] = colour(probabilities[i])} for i &lt; count. With a
     * field's grid this is a {@code cols × rows} image (row 0 at the top, as a canvas wants it) that
     * the glue draws scaled up, with the canvas's smoothing, onto the plot.
     */
    public void fill(double[] probabilities, int count, int[] pixels) {
        if (count < 0 || probabilities.length < count || pixels.length < count) {
            throw new IllegalArgumentException("cannot colour " + count + " cells from " + probabilities.length
                    + " values into " + pixels.length + " pixels");
        }
        if (discrete) {
            int above = table[TABLE_SIZE - 1];
            int below = table[0];
            for (int i = 0; i < count; i++) {
                double p = probabilities[i];
                pixels[i] = p != p ? table[neutralIndex] : p >= threshold ? above : below;
            }
            return;
        }
        for (int i = 0; i < count; i++) {
            pixels[i] = table[index(probabilities[i])];
        }
    }

    /** {@link #fill(double[], int, int[])} over a field's whole grid ({@code cols × rows} pixels). */
    public void fill(ProbabilityField field, int[] pixels) {
        fill(field.probabilities(), field.cols() * field.rows(), pixels);
    }

    /**
     * A {@code width × height} image of a {@code cols × rows} grid, nearest cell per pixel (blocky,
     * no smoothing), for glue that paints at canvas size. Pixel (px, py) takes the cell under its
     * centre; rows of pixels over the same grid row are copied, not recomputed.
     */
    public void fillScaled(double[] probabilities, int cols, int rows, int[] pixels, int width, int height) {
        if (cols < 1 || rows < 1 || probabilities.length < cols * rows || width < 0 || height < 0
                || pixels.length < width * height) {
            throw new IllegalArgumentException("cannot paint a " + cols + "×" + rows + " grid of "
                    + probabilities.length + " values onto " + width + "×" + height + " pixels in an array of "
                    + pixels.length);
        }
        int previousRow = -1;
        for (int py = 0; py < height; py++) {
            // Integer form of floor((py + ½) · rows / height), the cell under the pixel's centre (ints,
            // not longs, which JavaScript emulates slowly).
            int row = (2 * py + 1) * rows / (2 * height);
            int out = py * width;
            if (row == previousRow) {
                System.arraycopy(pixels, out - width, pixels, out, width);
                continue;
            }
            previousRow = row;
            int cells = row * cols;
            for (int px = 0; px < width; px++) {
                int col = (2 * px + 1) * cols / (2 * width);
                pixels[out + px] = table[index(probabilities[cells + col])];
            }
        }
    }
}
