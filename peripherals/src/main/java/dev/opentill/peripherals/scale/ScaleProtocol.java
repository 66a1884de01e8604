package dev.opentill.peripherals.scale;

/** One scale command set: what to send to weigh, zero and poll, when an answer is whole, and what it says. */
public interface ScaleProtocol {

    byte[] weigh();

    byte[] zero();

    /** Sent while idle to see the scale is there; its answer is parsed like a weighing. */
    byte[] poll();

    /** Whether {@code answer} so far is a whole answer. */
    boolean complete(byte[] answer);

    /** The reading in a whole answer; IllegalArgumentException for anything malformed. */
    WeightReading parse(byte[] answer);
}
