package dev.boundary.core.state;

/** Hostile texts of {@link HostileTextTest} for tests of other packages. */
public final class HostileTextTestAccess {
    private HostileTextTestAccess() {
    }

    public static String deeplyNested(int depth) {
        return HostileTextTest.deeplyNested(depth);
    }
}
