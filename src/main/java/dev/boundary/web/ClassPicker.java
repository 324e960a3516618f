package dev.boundary.web;

/**
 * The class a click on the plot adds ({@code #class-toggle}, keys 1 and 2): class 1 (circles) at first.
 * The plot's mouse and keyboard read it; the button and the page's shortcuts set it.
 */
final class ClassPicker {
    private double activeClass = 1.0;

    void bind() {
        Dom.on("class-toggle", "click", event -> setActiveClass(1.0 - activeClass));
    }

    void setActiveClass(double label) {
        activeClass = label;
        Dom.setText("active-class", label == 1.0 ? "class 1 ●" : "class 0 ▲");
        Dom.byId("class-toggle").setAttribute("aria-pressed", label == 1.0 ? "false" : "true");
    }

    /** 1.0 or 0.0. */
    double activeClass() {
        return activeClass;
    }
}
