package dev.opentill.app.ui.receipt;

import dev.opentill.app.ui.common.Messages;
import dev.opentill.app.ui.devices.PaperPreviews;
import dev.opentill.app.ui.devices.PaperPreviews.PrintedPaper;
import java.io.ByteArrayInputStream;
import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.text.Font;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * The demo printer's paper on screen: each document the printer printed, drawn from the bytes it
 * received (the paper as an image, and its rows as text), in a window of its own that comes to the
 * front on every print. It shows exactly what a real printer would have printed.
 */
public final class ReceiptPreviewWindow {
    private final Stage stage = new Stage();
    private final ImageView paper = new ImageView();
    private final TextArea text = new TextArea();
    private final Label count = new Label();
    private final Messages messages;
    private int printed;

    public ReceiptPreviewWindow(Window owner, PaperPreviews previews, Messages messages) {
        this.messages = messages;
        stage.initOwner(owner);
        stage.setTitle(messages.get("receipt.preview.title"));
        text.setId("receiptPreviewText");
        text.setEditable(false);
        text.setFont(Font.font("monospaced", 13));
        text.setPrefColumnCount(50);
        paper.setId("receiptPreviewPaper");
        paper.setPreserveRatio(true);
        ScrollPane paperPane = new ScrollPane(paper);
        paperPane.setPrefViewportWidth(600);
        count.setId("receiptPreviewCount");
        HBox body = new HBox(8, paperPane, text);
        BorderPane root = new BorderPane(body);
        root.setTop(count);
        root.setPadding(new Insets(8));
        BorderPane.setMargin(count, new Insets(0, 0, 8, 0));
        stage.setScene(new Scene(root, 1000, 700));
        previews.onPrinted(p -> Platform.runLater(() -> show(p)));
    }

    private void show(PrintedPaper p) {
        printed++;
        count.setText(messages.get("receipt.preview.count", printed));
        text.setText(p.text());
        paper.setImage(new Image(new ByteArrayInputStream(p.png())));
        paper.setFitWidth(Math.min(600, paper.getImage().getWidth()));
        if (!stage.isShowing()) {
            stage.show();
        }
        stage.toFront();
    }
}
