package dev.opentill.app.setup;

/** The setup's steps in order; the step stored is the one to show when the till starts again. */
public enum SetupStep {
    LANGUAGE,
    ENROLL,
    DEVICES,
    SUMMARY,
    DONE;

    /** The stored value, or {@link #LANGUAGE} for none or one this version does not know. */
    static SetupStep parse(String stored) {
        for (SetupStep s : values()) {
            if (s.name().equals(stored)) {
                return s;
            }
        }
        return LANGUAGE;
    }
}
