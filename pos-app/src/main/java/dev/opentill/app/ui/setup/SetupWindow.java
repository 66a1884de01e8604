package dev.opentill.app.ui.setup;

import dev.opentill.app.ui.common.Messages;
import javafx.scene.Scene;

/**
 * The wizard in a scene: the view is built again in the language the technician chooses, over the
 * same view-model, so nothing typed is lost.
 */
public final class SetupWindow {
    private final Scene scene;
    private final SetupWizardViewModel vm;

    public SetupWindow(SetupParts parts, double width, double height, Runnable onFinished) {
        vm = new SetupWizardViewModel(parts.runner(), parts.setup(), parts.bench(), this::showIn, onFinished);
        scene = new Scene(new SetupWizardView(vm, new Messages(parts.locale())).node(), width, height);
        vm.load();
    }

    private void showIn(String language) {
        scene.setRoot(new SetupWizardView(vm, new Messages(language.equals("en")
                ? Messages.ENGLISH
                : Messages.CHINESE)).node());
    }

    public Scene scene() {
        return scene;
    }

    public SetupWizardViewModel viewModel() {
        return vm;
    }
}
