package dev.opentill.peripherals.drawer;

import dev.opentill.peripherals.Device;
import java.util.concurrent.CompletableFuture;

/**
 * The cash drawer. {@link #open()} returns at once; the status carries DRAWER_OPEN and, after the
 * configured time, DRAWER_LEFT_OPEN, which the till shows until the drawer is shut.
 */
public interface CashDrawer extends Device {

    CompletableFuture<Void> open();

    DrawerState state();
}
