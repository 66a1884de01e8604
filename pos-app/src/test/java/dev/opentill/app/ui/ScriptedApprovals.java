package dev.opentill.app.ui;

import dev.opentill.app.security.Approval;
import dev.opentill.app.ui.common.UiText;
import dev.opentill.app.ui.override.ApprovalPrompt;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/** An approval prompt that answers with a scripted manager code and PIN, or cancels when there is none. */
public final class ScriptedApprovals implements ApprovalPrompt {
    public final List<UiText> asked = new ArrayList<>();
    public Approval answer;

    @Override
    public void ask(UiText action, Consumer<Approval> onApproved) {
        asked.add(action);
        if (answer != null) {
            onApproved.accept(answer);
        }
    }
}
