package dev.boundary.web;

import dev.boundary.core.view.DirtyTiles;
import dev.boundary.core.view.PointLayer;
import org.teavm.jso.canvas.CanvasRenderingContext2D;
import org.teavm.jso.canvas.ImageData;
import org.teavm.jso.dom.html.HTMLCanvasElement;
import org.teavm.jso.typedarrays.Int32Array;
import org.teavm.jso.typedarrays.Uint8ClampedArray;

/**
 * The plot's points on an offscreen canvas, laid over the field every frame with one draw. After a
 * change of the points, the view or the pixel ratio the whole {@link PointLayer} picture is copied;
 * when only rings came or went (the usual frame of play), only the {@link DirtyTiles tiles} that
 * changed are, so a frame no longer copies the whole picture to the canvas.
 */
final class PointPicture {
    private static final int SIDE = DirtyTiles.SIDE;

    private final HTMLCanvasElement canvas;
    private final CanvasRenderingContext2D context;
    private final int[] tile = new int[SIDE * SIDE];
    private final Int32Array tileArray = Int32Array.create(SIDE * SIDE);
    private final ImageData tileImage = ImageData.create(
            Uint8ClampedArray.create(tileArray.getBuffer(), tileArray.getByteOffset(), SIDE * SIDE * 4), SIDE, SIDE);

    PointPicture() {
        canvas = (HTMLCanvasElement) Dom.document().createElement("canvas");
        context = (CanvasRenderingContext2D) canvas.getContext("2d");
    }

    HTMLCanvasElement canvas() {
        return canvas;
    }

    /**
     * Copies what {@code layer}'s last change redrew: the whole picture, or its dirty tiles (the whole
     * picture too when most tiles are dirty, as one copy is then cheaper).
     */
    void update(PointLayer layer) {
        int width = layer.width();
        int height = layer.height();
        DirtyTiles tiles = layer.tiles();
        if (layer.changedWhole() || canvas.getWidth() != width || canvas.getHeight() != height
                || 2L * tiles.count() * SIDE * SIDE > (long) width * height) {
            if (canvas.getWidth() != width || canvas.getHeight() != height) {
                canvas.setWidth(width);
                canvas.setHeight(height);
            }
            Int32Array packed = Int32Array.copyFromJavaArray(layer.pixels());
            Uint8ClampedArray bytes = Uint8ClampedArray.create(packed.getBuffer(), packed.getByteOffset(),
                    width * height * 4);
            context.putImageData(ImageData.create(bytes, width, height), 0, 0);
            return;
        }
        int[] pixels = layer.pixels();
        int count = tiles.columns() * tiles.rows();
        for (int k = 0; k < count; k++) {
            if (!tiles.isDirty(k)) {
                continue;
            }
            int left = tiles.left(k);
            int top = tiles.top(k);
            int tileWidth = tiles.width(k);
            int tileHeight = tiles.height(k);
            for (int row = 0; row < tileHeight; row++) {
                System.arraycopy(pixels, (top + row) * width + left, tile, row * SIDE, tileWidth);
            }
            tileArray.set(tile);
            context.putImageData(tileImage, left, top, 0, 0, tileWidth, tileHeight);
        }
    }
}
