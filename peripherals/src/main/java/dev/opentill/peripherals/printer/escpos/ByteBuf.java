package dev.opentill.peripherals.printer.escpos;

import java.util.Arrays;

/** A growable byte array without locking: one receipt is built by one thread. */
final class ByteBuf {
    private byte[] data;
    private int size;

    ByteBuf(int capacity) {
        data = new byte[capacity];
    }

    void add(int b) {
        ensure(1);
        data[size++] = (byte) b;
    }

    void add(byte[] bytes) {
        add(bytes, 0, bytes.length);
    }

    void add(byte[] bytes, int from, int length) {
        ensure(length);
        System.arraycopy(bytes, from, data, size, length);
        size += length;
    }

    int size() {
        return size;
    }

    byte[] toArray() {
        return Arrays.copyOf(data, size);
    }

    private void ensure(int more) {
        if (size + more > data.length) {
            data = Arrays.copyOf(data, Math.max(data.length * 2, size + more));
        }
    }
}
