package dev.boundary.browser;

/** Viewport sizes in CSS pixels that the page's layout is checked at. */
public enum Viewport {

    /** A laptop browser window. */
    DESKTOP(1280, 900),

    /** A phone held upright (iPhone 12–15 class). */
    PHONE(390, 844);

    private final int width;
    private final int height;

    Viewport(int width, int height) {
        this.width = width;
        this.height = height;
    }

    /** Width in CSS pixels ({@code window.innerWidth}). */
    public int width() {
        return width;
    }

    /** Height in CSS pixels ({@code window.innerHeight}). */
    public int height() {
        return height;
    }
}
