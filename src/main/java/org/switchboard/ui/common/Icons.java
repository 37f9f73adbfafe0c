package org.switchboard.ui.common;

import javafx.scene.Node;
import javafx.scene.shape.FillRule;
import javafx.scene.shape.SVGPath;

/**
 * Small drawn icons. Drawn rather than emoji because JavaFX shows no colour emoji on Linux (the
 * glyph comes out blank), and an icon font would be one more dependency for two symbols.
 */
public final class Icons {
    private static final String CAMERA = "M1,5 L4,5 L5.5,3 L10.5,3 L12,5 L15,5 L15,14 L1,14 Z "
            + "M8,6.6 A2.9,2.9 0 1,0 8.001,6.6 Z";
    private static final String FILE = "M3,1 L10,1 L14,5 L14,15 L3,15 Z M10,1 L10,5 L14,5";

    private Icons() {}

    /** A camera, for photo placeholders. FX thread. */
    public static Node camera() {
        return icon(CAMERA);
    }

    /** A sheet of paper, for other attachments. FX thread. */
    public static Node file() {
        return icon(FILE);
    }

    private static Node icon(String path) {
        SVGPath svg = new SVGPath();
        svg.setContent(path);
        svg.setFillRule(FillRule.EVEN_ODD);
        svg.getStyleClass().add("icon");
        return svg;
    }
}
