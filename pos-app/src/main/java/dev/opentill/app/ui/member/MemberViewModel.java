package dev.opentill.app.ui.member;

import dev.opentill.app.member.Members;
import dev.opentill.core.member.MemberInfo;
import dev.opentill.app.ui.common.Command;
import dev.opentill.app.ui.common.TaskRunner;
import dev.opentill.app.ui.common.UiText;
import dev.opentill.app.ui.sale.CurrentTicket;
import dev.opentill.app.ui.sale.TicketState;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** Attaches a member to the sale by card number (scanned or typed) or phone number. */
public final class MemberViewModel {
    private final TaskRunner runner;
    private final Members till;
    private final CurrentTicket current;
    private final StringProperty cardOrPhone = new SimpleStringProperty(this, "cardOrPhone", "");
    private final ReadOnlyObjectWrapper<UiText> message = new ReadOnlyObjectWrapper<>(this, "message");
    private final ReadOnlyBooleanWrapper attached = new ReadOnlyBooleanWrapper(this, "attached");
    private final ReadOnlyObjectWrapper<MemberInfo> member = new ReadOnlyObjectWrapper<>(this, "member");
    private final Command attach;

    public MemberViewModel(TaskRunner runner, Members till, CurrentTicket current) {
        this.runner = runner;
        this.till = till;
        this.current = current;
        attach = new Command(Bindings.createBooleanBinding(() -> !cardOrPhone.get().isBlank(), cardOrPhone),
                this::attachMember);
    }

    private void attachMember() {
        String key = cardOrPhone.get().strip();
        attached.set(false);
        member.set(null);
        runner.run(() -> {
            var state = current.capture(till.attachMember(key));
            var info = till.member(state.ticket().memberCard());
            return new Attached(state, info.orElse(null));
        }, a -> {
            current.show(a.state());
            cardOrPhone.set("");
            member.set(a.info());
            attached.set(true);
            message.set(a.info() == null
                    ? UiText.of("member.attached", a.state().ticket().memberCard())
                    : UiText.of("member.attachedInfo", a.info().cardNo(), a.info().name(), a.info().tier(),
                            a.info().points()));
        }, f -> message.set(UiText.ofFailure(f)));
    }

    private record Attached(TicketState state, MemberInfo info) {
    }

    public StringProperty cardOrPhoneProperty() {
        return cardOrPhone;
    }

    public ReadOnlyObjectProperty<UiText> messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** The member just attached: name, tier and points; null before, or when the store knows only the card. */
    public ReadOnlyObjectProperty<MemberInfo> memberProperty() {
        return member.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty attachedProperty() {
        return attached.getReadOnlyProperty();
    }

    public Command attachCommand() {
        return attach;
    }
}
