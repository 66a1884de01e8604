package dev.opentill.app.ui.override;

import dev.opentill.app.security.Approval;
import dev.opentill.app.ui.common.TaskRunner;
import dev.opentill.app.ui.common.UiText;
import dev.opentill.core.sale.SaleError;
import dev.opentill.core.sale.SaleException;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Runs an action that may need more rights than the cashier has: first as the cashier, and when
 * the till refuses with NOT_AUTHORISED, again with a manager's approval asked for on the spot.
 */
public final class ApprovalFlow {
    private final TaskRunner runner;
    private final ApprovalPrompt prompt;

    public ApprovalFlow(TaskRunner runner, ApprovalPrompt prompt) {
        this.runner = runner;
        this.prompt = prompt;
    }

    public <T> void run(UiText action, Function<Approval, T> work, Consumer<? super T> onDone,
            Consumer<Throwable> onFailed) {
        runner.run(() -> work.apply(null), onDone, failure -> {
            if (needsApproval(failure)) {
                prompt.ask(action, approval -> runner.run(() -> work.apply(approval), onDone, onFailed));
            } else {
                onFailed.accept(failure);
            }
        });
    }

    private static boolean needsApproval(Throwable t) {
        return t instanceof SaleException se && se.error() == SaleError.NOT_AUTHORISED;
    }
}
