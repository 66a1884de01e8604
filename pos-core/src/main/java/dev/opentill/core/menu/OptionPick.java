package dev.opentill.core.menu;

/** What the cashier chose: an option of a group, taken {@code count} times. */
public record OptionPick(String groupCode, String optionCode, int count) {
    public OptionPick {
        if (groupCode == null || optionCode == null) {
            throw new IllegalArgumentException("A pick names its group and option");
        }
    }

    public static OptionPick of(String groupCode, String optionCode) {
        return new OptionPick(groupCode, optionCode, 1);
    }
}
