package dev.opentill.app.ui.common;

import javafx.css.PseudoClass;

/** Style classes and pseudo-classes of the till's one stylesheet ({@code till.css}); no inline styles. */
public final class Styles {
    public static final String STYLESHEET = "/dev/opentill/app/ui/till.css";

    public static final String ROOT = "till-root";
    public static final String SCREEN = "till-screen";
    public static final String TITLE = "till-title";
    public static final String SUBTITLE = "till-subtitle";
    public static final String KEY = "till-key";
    public static final String KEY_PRIMARY = "till-key-primary";
    public static final String KEY_DANGER = "till-key-danger";
    public static final String PIN_PAD = "pin-pad";
    public static final String PIN_DOTS = "pin-dots";
    public static final String SCAN_INPUT = "scan-input";
    public static final String TICKET_LIST = "ticket-list";
    public static final String TICKET_LINE = "ticket-line";
    public static final String TOTALS = "totals";
    public static final String TOTAL_AMOUNT = "total-amount";
    public static final String TOTAL_LABEL = "total-label";
    public static final String QUICK_KEYS = "quick-keys";
    public static final String QUICK_KEY = "quick-key";
    public static final String CATEGORY_TAB = "category-tab";
    public static final String MESSAGE = "till-message";
    public static final String ALERT_BANNER = "alert-banner";
    public static final String CHANGE_DUE = "change-due";
    public static final String DUE_AMOUNT = "due-amount";
    public static final String STATUS_BAR = "status-bar";
    public static final String STATUS_ITEM = "status-item";
    public static final String DIALOG = "till-dialog";
    public static final String FORM_FIELD = "form-field";

    public static final PseudoClass VOIDED = PseudoClass.getPseudoClass("voided");
    public static final PseudoClass ERROR = PseudoClass.getPseudoClass("error");
    /** An option chosen in the option picker. */
    public static final PseudoClass SELECTED = PseudoClass.getPseudoClass("selected");
    public static final PseudoClass WARNING = PseudoClass.getPseudoClass("warning");
    public static final PseudoClass OK = PseudoClass.getPseudoClass("ok");
    public static final PseudoClass RETURN = PseudoClass.getPseudoClass("return");

    private Styles() {
    }
}
