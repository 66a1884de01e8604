package dev.opentill.app.ui.override;

import dev.opentill.app.security.Approval;
import dev.opentill.app.ui.common.UiText;
import java.util.function.Consumer;

/**
 * Asks a supervisor or manager to approve an action on the spot with their login code and PIN.
 * Calls {@code onApproved} on the UI thread when they confirm; nothing when they cancel.
 */
public interface ApprovalPrompt {
    void ask(UiText action, Consumer<Approval> onApproved);
}
