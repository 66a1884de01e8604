package dev.opentill.central.ingest;

import dev.opentill.core.sync.SaleEvent;

/** A pushed sale that passed its checks, with its outbox sequence. */
record Pending(long seq, SaleEvent sale) {
}
