package dev.opentill.app.security;

/**
 * Who authorises an action: null means the logged-in cashier; otherwise a supervisor's or manager's
 * login code and PIN entered on the spot.
 */
public record Approval(String loginCode, String pin) {
    @Override
    public String toString() {
        return "Approval[" + loginCode + "]";
    }
}
