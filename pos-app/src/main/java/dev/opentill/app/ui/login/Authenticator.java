package dev.opentill.app.ui.login;

import dev.opentill.app.login.LoginOutcome;

/** What the login screen needs of the login feature; blocks, so it runs through the TaskRunner. */
public interface Authenticator {
    LoginOutcome login(String loginCode, String pin);

    /**
     * Replaces a temporary PIN and signs in; throws {@code PinChangeException} when the new PIN is
     * refused (nothing changed).
     */
    LoginOutcome changeTemporaryPin(String loginCode, String temporaryPin, String newPin);

    /**
     * Gives {@code staffCode} the new temporary PIN {@code newPin}, approved by a manager's code and
     * PIN; throws {@code PinChangeException} when refused (nothing changed).
     */
    void resetPin(String staffCode, String managerCode, String managerPin, String newPin);
}
