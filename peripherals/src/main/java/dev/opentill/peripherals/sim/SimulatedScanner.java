package dev.opentill.peripherals.sim;

import dev.opentill.peripherals.scanner.ScannerConfig;
import java.nio.charset.StandardCharsets;

/** A scanner that "scans" what is typed: demo mode's keyboard wedge and tests' hand. */
public final class SimulatedScanner extends SimulatedTransport {
    private final ScannerConfig.Suffix suffix;
    private final String prefix;

    public SimulatedScanner(ScannerConfig config) {
        super("scanner");
        this.suffix = config.suffix();
        this.prefix = config.prefix() + (config.aimIds() ? "]E0" : "");
    }

    /** Sends a code framed as the configured scanner would frame it. */
    public void type(String code) {
        answer((prefix + code + suffix.text()).getBytes(StandardCharsets.ISO_8859_1));
    }

    /** Sends raw bytes, e.g. line noise. */
    public void typeRaw(byte[] bytes) {
        answer(bytes.clone());
    }

    @Override
    protected void received(byte[] data) {
        // Scanners ignore what the host sends.
    }
}
