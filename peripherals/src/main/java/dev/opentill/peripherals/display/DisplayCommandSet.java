package dev.opentill.peripherals.display;

/** The two command sets common 2x20 pole displays speak. */
public enum DisplayCommandSet {
    /** Epson DM-D (ESC/POS for displays): US $ x y moves the cursor, then text overwrites. */
    EPSON_DMD,
    /** CD5220 and its clones: ESC Q A / ESC Q B write the upper / lower line, ended by CR. */
    CD5220
}
