package dev.opentill.peripherals.scanner;

import dev.opentill.peripherals.Device;

/** A barcode scanner that pushes scans to listeners as they arrive. */
public interface BarcodeScanner extends Device {

    void addScanListener(ScanListener listener);

    void removeScanListener(ScanListener listener);
}
