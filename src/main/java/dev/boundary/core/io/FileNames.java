package dev.boundary.core.io;

/** Names for downloaded files, made from a scenario's title. */
public final class FileNames {
    private static final int MAX_LENGTH = 40;

    private FileNames() {
    }

    /**
     * The title as a safe file name stem: ASCII letters and digits in lower case, every other run of
     * characters one hyphen, none at either end, at most 40 characters; "boundary" when nothing is
     * left. {@code "Iris petals: virginica vs. rest"} becomes {@code "iris-petals-virginica-vs-rest"}.
     */
    public static String stem(String title) {
        StringBuilder stem = new StringBuilder();
        boolean gap = false;
        for (int i = 0; i < title.length() && stem.length() < MAX_LENGTH; i++) {
            char c = title.charAt(i);
            if (c >= 'A' && c <= 'Z') {
                c = (char) (c + ('a' - 'A'));
            }
            if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
                if (gap && stem.length() > 0) {
                    stem.append('-');
                }
                gap = false;
                stem.append(c);
            } else {
                gap = true;
            }
        }
        if (stem.length() > MAX_LENGTH) {
            stem.setLength(MAX_LENGTH);
        }
        while (stem.length() > 0 && stem.charAt(stem.length() - 1) == '-') {
            stem.setLength(stem.length() - 1);
        }
        return stem.length() == 0 ? "boundary" : stem.toString();
    }
}
