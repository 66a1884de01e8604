package dev.opentill.app.ui.login;

import dev.opentill.app.login.LoginOutcome;

/** What the login screen needs of {@code LoginService}; blocks, so it runs through the TaskRunner. */
public interface Authenticator {
    LoginOutcome login(String loginCode, String pin);
}
