package dev.opentill.app.ui.delivery;

import dev.opentill.app.ui.common.Messages;
import dev.opentill.app.ui.common.Styles;
import javafx.beans.binding.Bindings;
import javafx.scene.Node;
import javafx.scene.control.Button;

/** The alert across the top of the till while delivery orders wait; touching it opens them. */
public final class DeliveryBanner {
    public static final String ID = "deliveryBanner";

    private DeliveryBanner() {
    }

    public static Node of(DeliveryViewModel vm, Messages m, Runnable open) {
        Button b = new Button();
        b.setId(ID);
        b.getStyleClass().add(Styles.ALERT_BANNER);
        b.setMaxWidth(Double.MAX_VALUE);
        b.textProperty().bind(Bindings.createStringBinding(() -> m.get("delivery.banner", vm.countProperty().get()),
                vm.countProperty()));
        b.visibleProperty().bind(vm.countProperty().greaterThan(0));
        b.managedProperty().bind(b.visibleProperty());
        b.setFocusTraversable(false);
        b.setOnAction(e -> open.run());
        return b;
    }
}
