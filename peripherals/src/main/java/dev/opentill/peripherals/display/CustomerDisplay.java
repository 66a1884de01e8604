package dev.opentill.peripherals.display;

import dev.opentill.core.money.Money;
import dev.opentill.peripherals.Device;
import java.util.concurrent.CompletableFuture;

/** The customer-facing pole display: two lines of twenty columns. Calls return at once. */
public interface CustomerDisplay extends Device {

    /** Shows two lines, each cut or padded to twenty columns (CJK counted as two). */
    CompletableFuture<Void> show(String upper, String lower);

    CompletableFuture<Void> welcome(String text);

    CompletableFuture<Void> item(String name, Money price);

    CompletableFuture<Void> total(Money total);

    CompletableFuture<Void> change(Money paid, Money change);

    CompletableFuture<Void> clear();
}
