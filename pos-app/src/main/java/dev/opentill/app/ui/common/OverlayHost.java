package dev.opentill.app.ui.common;

import javafx.scene.Node;

/** Shows one dialog at a time over the current screen, inside the same window (touch friendly, testable). */
public interface OverlayHost {
    /** Shows {@code content} and focuses {@code focus}; Escape or {@link #close()} removes it. */
    void open(Node content, Node focus);

    void close();

    boolean isOpen();
}
