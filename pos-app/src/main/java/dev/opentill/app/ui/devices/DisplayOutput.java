package dev.opentill.app.ui.devices;

/** The pole display facing the customer: two short lines; fire and forget. */
public interface DisplayOutput {
    void show(String top, String bottom);
}
