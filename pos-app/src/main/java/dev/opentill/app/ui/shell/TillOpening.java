package dev.opentill.app.ui.shell;

/** An opened till that the window shows: its parts, closed when the window closes. */
public interface TillOpening extends AutoCloseable {

    TillParts parts();

    @Override
    void close();
}
