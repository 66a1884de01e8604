package dev.opentill.app.ui.devices;

import java.util.concurrent.CompletableFuture;

/** The cash drawer: a kick to open it, asynchronously (it is usually wired through the printer). */
public interface DrawerControl {
    CompletableFuture<Void> open();
}
