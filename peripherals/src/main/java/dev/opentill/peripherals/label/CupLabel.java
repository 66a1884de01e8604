package dev.opentill.peripherals.label;

/**
 * What one cup's label says, already in the store's language: the daily order number, which cup of
 * the order ({@code cup} of {@code cups}), the drink, its options, the customer's note, the time,
 * the channel (counter, pick-up, a delivery platform) and, when given, the content of a QR code.
 */
public record CupLabel(
        String orderNumber, int cup, int cups, String drink, String options, String note, String time,
        String channel, String qr) {

    public CupLabel {
        if (orderNumber == null || drink == null) {
            throw new IllegalArgumentException("A cup label needs an order number and a drink");
        }
        if (cup < 1 || cups < cup) {
            throw new IllegalArgumentException("Cup " + cup + " of " + cups + " is impossible");
        }
        options = options == null ? "" : options;
        note = note == null ? "" : note;
        time = time == null ? "" : time;
        channel = channel == null ? "" : channel;
    }

    /** "2/3": this cup and how many the order has. */
    public String cupOfCups() {
        return cup + "/" + cups;
    }
}
