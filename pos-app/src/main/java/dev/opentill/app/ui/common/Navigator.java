package dev.opentill.app.ui.common;

/** Lets a view-model move the cashier to another screen without knowing the shell. */
public interface Navigator {
    void show(Screen screen);
}
