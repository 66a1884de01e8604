package dev.opentill.app.ui.setup;

import dev.opentill.app.setup.SetupStep;
import dev.opentill.app.ui.common.Messages;
import dev.opentill.app.ui.common.Styles;
import dev.opentill.app.ui.common.Ui;
import dev.opentill.app.ui.common.UiText;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * The setup wizard's window content, built in code: one pane per step (language, enrollment,
 * devices, summary), the step shown by the view-model, its message at the bottom. Built again in the
 * other language when the technician chooses one.
 */
public final class SetupWizardView {
    public static final String ID = "setupWizard";

    private final SetupWizardViewModel vm;
    private final Messages m;
    private final BorderPane root = new BorderPane();

    public SetupWizardView(SetupWizardViewModel vm, Messages messages) {
        this.vm = vm;
        this.m = messages;
        root.setId(ID);
        root.getStyleClass().addAll(Styles.ROOT, Styles.SCREEN);
        root.getStylesheets().add(Styles.STYLESHEET);
        root.setPadding(new Insets(24));
        Label title = Ui.label(m.get("setup.title"), Styles.TITLE);
        Label stepOf = Ui.label("", Styles.SUBTITLE);
        stepOf.setId("setupStepOf");
        stepOf.textProperty().bind(Bindings.createStringBinding(() -> vm.stepProperty().get() == null
                ? ""
                : m.get("setup.step_of", Math.min(vm.stepProperty().get().ordinal() + 1, 4), 4), vm.stepProperty()));
        root.setTop(new VBox(4, title, stepOf));
        ScrollPane devices = new ScrollPane(new DeviceStepView(vm.devices(), m).node());
        devices.setFitToWidth(true);
        VBox devicesStep = new VBox(12, devices, Ui.keyRow(next()));
        StackPane steps = new StackPane(shown(language(), SetupStep.LANGUAGE), shown(enrollment(), SetupStep.ENROLL),
                shown(devicesStep, SetupStep.DEVICES), shown(summary(), SetupStep.SUMMARY));
        steps.setAlignment(Pos.TOP_LEFT);
        BorderPane.setMargin(steps, new Insets(16, 0, 16, 0));
        root.setCenter(steps);
        Label message = Ui.message(vm.messageProperty(), m, Styles.ALERT_BANNER);
        message.setId("setupMessage");
        root.setBottom(message);
    }

    public Parent node() {
        return root;
    }

    private Node shown(Node pane, SetupStep step) {
        pane.visibleProperty().bind(vm.stepProperty().isEqualTo(step));
        return pane;
    }

    private Node language() {
        Button zh = Ui.key("中文", null, vm.chineseCommand(), Styles.KEY_PRIMARY);
        zh.setId("setupChinese");
        Button en = Ui.key("English", null, vm.englishCommand(), Styles.KEY_PRIMARY);
        en.setId("setupEnglish");
        VBox pane = new VBox(16, Ui.label(m.get("setup.language.title"), Styles.TITLE), Ui.keyRow(zh, en));
        pane.setMaxWidth(600);
        return pane;
    }

    private Node enrollment() {
        TextField url = new TextField();
        url.setId("setupUrl");
        url.setPromptText(m.get("setup.enroll.url_prompt"));
        url.textProperty().bindBidirectional(vm.urlProperty());
        url.disableProperty().bind(vm.identityProperty().isNotNull());
        TextField code = new TextField();
        code.setId("setupCode");
        code.setPromptText(m.get("setup.enroll.code_prompt"));
        code.textProperty().bindBidirectional(vm.codeProperty());
        code.disableProperty().bind(vm.identityProperty().isNotNull());
        // A scanned QR code arrives as typing ended by Enter: it holds both URL and code.
        url.setOnAction(e -> vm.enrollCommand().execute());
        code.setOnAction(e -> vm.enrollCommand().execute());
        Button enroll = Ui.key(m.get("setup.enroll.submit"), "Enter", vm.enrollCommand(), Styles.KEY_PRIMARY);
        enroll.setId("setupEnroll");
        enroll.visibleProperty().bind(vm.identityProperty().isNull());
        Label identity = Ui.label("", Styles.TOTAL_AMOUNT);
        identity.setId("setupIdentity");
        identity.textProperty().bind(Bindings.createStringBinding(() -> vm.identityProperty().get() == null
                ? ""
                : m.get("setup.enroll.identity", vm.identityProperty().get().storeCode(),
                        vm.identityProperty().get().terminalCode()),
                vm.identityProperty()));
        Button confirm = Ui.key(m.get("setup.enroll.confirm_key"), null, vm.confirmCommand(), Styles.KEY_PRIMARY);
        confirm.setId("setupConfirm");
        confirm.visibleProperty().bind(vm.identityProperty().isNotNull());
        ProgressBar progress = new ProgressBar();
        progress.setId("setupProgress");
        progress.setMaxWidth(Double.MAX_VALUE);
        progress.progressProperty().bind(vm.catalogProgressProperty());
        VBox pane = new VBox(12, Ui.label(m.get("setup.enroll.title"), Styles.TITLE),
                Ui.label(m.get("setup.enroll.hint"), Styles.SUBTITLE), url, code, Ui.keyRow(enroll), identity,
                Ui.keyRow(confirm), progress);
        pane.setMaxWidth(760);
        return pane;
    }

    private Button next() {
        Button next = Ui.key(m.get("setup.devices.next"), null, vm.devicesDoneCommand(), Styles.KEY_PRIMARY);
        next.setId("setupDevicesDone");
        return next;
    }

    private Node summary() {
        ListView<UiText> lines = new ListView<>(vm.summary());
        lines.setId("setupSummary");
        lines.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(UiText t, boolean empty) {
                super.updateItem(t, empty);
                setText(empty || t == null ? null : m.text(t));
            }
        });
        lines.setPrefHeight(320);
        Button back = Ui.key(m.get("setup.summary.back"), null, vm.backCommand());
        back.setId("setupBack");
        Button finish = Ui.key(m.get("setup.summary.finish"), null, vm.finishCommand(), Styles.KEY_PRIMARY);
        finish.setId("setupFinish");
        VBox pane = new VBox(12, Ui.label(m.get("setup.summary.title"), Styles.TITLE), lines,
                Ui.keyRow(back, finish));
        pane.setMaxWidth(900);
        return pane;
    }
}
