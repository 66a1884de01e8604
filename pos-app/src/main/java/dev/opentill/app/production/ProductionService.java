package dev.opentill.app.production;

import dev.opentill.app.store.CatalogRepository;
import dev.opentill.app.store.ProductionRepository;
import dev.opentill.core.catalog.Product;
import dev.opentill.core.production.LabelQr;
import dev.opentill.core.production.ProductionOrder;
import dev.opentill.core.production.ProductionStatus;
import dev.opentill.core.sale.SaleError;
import dev.opentill.core.sale.SaleException;
import dev.opentill.core.sale.SaleKind;
import dev.opentill.core.sync.SaleEvent;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * {@link ProductionBoard} over the till's queue. A completed sale with a made-to-order line (a
 * product that has option groups) joins as MAKING with its cups counted; returns and plain goods
 * do not. Moves go forward only: a refused move says where the order stands and changes nothing.
 */
public final class ProductionService implements ProductionBoard {
    private final ProductionRepository queue;
    private final CatalogRepository catalog;
    private final String storeCode;
    private final String terminalCode;
    private volatile OrderNumbers numbers = OrderNumbers.RECEIPT_TAIL;
    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();
    private final List<Consumer<ProductionOrder>> movedListeners = new CopyOnWriteArrayList<>();

    public ProductionService(ProductionRepository queue, CatalogRepository catalog, String storeCode,
            String terminalCode) {
        this.queue = queue;
        this.catalog = catalog;
        this.storeCode = storeCode;
        this.terminalCode = terminalCode;
    }

    /** Where call numbers come from (the daily order number, once the sale carries it). */
    public void callNumbers(OrderNumbers n) {
        this.numbers = n;
    }

    /** Puts a just-completed sale in the queue when it has a made-to-order line; returns whether it joined. */
    public boolean join(SaleEvent sale) {
        if (sale.kind() != SaleKind.SALE) {
            return false;
        }
        List<SaleEvent.Line> lines = sale.lines().stream().filter(l -> !l.voided() && l.quantityMilli() > 0)
                .toList();
        Set<UUID> made = queue.madeToOrder(lines.stream().map(SaleEvent.Line::productId).collect(Collectors.toSet()));
        List<SaleEvent.Line> cups = lines.stream().filter(l -> made.contains(l.productId())).toList();
        if (cups.isEmpty()) {
            return false;
        }
        int count = cups.stream().mapToInt(l -> (int) Math.max(1, l.quantityMilli() / 1000)).sum();
        String summary = cups.stream().map(l -> name(l) + " x" + Math.max(1, l.quantityMilli() / 1000))
                .collect(Collectors.joining(", "));
        queue.join(new ProductionOrder(sale.saleId(), sale.terminalCode(), sale.receiptNo(),
                numbers.callNumber(sale), null, ProductionOrder.Channel.COUNTER, count, summary,
                ProductionStatus.MAKING, sale.completedAt()));
        changed();
        return true;
    }

    /** Puts an accepted delivery order in the queue, with the platform's serial shown next to our number. */
    public ProductionOrder joinDelivery(ProductionOrder order) {
        ProductionOrder held = queue.join(order);
        changed();
        return held;
    }

    /** Stops an order (the platform cancelled or refunded it); returns whether it was still being made or waiting. */
    public boolean cancel(UUID orderId) {
        boolean stopped = queue.move(orderId, ProductionStatus.CANCELLED).isPresent();
        if (stopped) {
            changed();
        }
        return stopped;
    }

    @Override
    public List<ProductionOrder> open() {
        return queue.open();
    }

    @Override
    public ProductionOrder ready(UUID orderId) {
        return move(orderId, ProductionStatus.READY);
    }

    @Override
    public ProductionOrder collected(UUID orderId) {
        return move(orderId, ProductionStatus.COLLECTED);
    }

    @Override
    public ProductionOrder scan(String labelText) {
        LabelQr qr = LabelQr.parse(labelText).filter(q -> q.storeCode().equals(storeCode))
                .orElseThrow(() -> new SaleException(SaleError.ORDER_NOT_QUEUED, "Not a label of this store: "
                        + labelText, clip(labelText)));
        ProductionOrder o = queue.byReceipt(qr.terminalCode(), qr.receiptNo())
                .orElseThrow(() -> new SaleException(SaleError.ORDER_NOT_QUEUED, "No queued order " + qr.text(),
                        qr.receiptNo()));
        return move(o.id(), o.status() == ProductionStatus.MAKING
                ? ProductionStatus.READY
                : ProductionStatus.COLLECTED);
    }

    @Override
    public void addListener(Runnable listener) {
        listeners.add(listener);
    }

    /** Runs {@code listener} with each order moved by touch or scan (delivery orders tell the platform). */
    public void onMoved(Consumer<ProductionOrder> listener) {
        movedListeners.add(listener);
    }

    private ProductionOrder move(UUID id, ProductionStatus next) {
        ProductionOrder o = queue.move(id, next).orElseThrow(() -> queue.byId(id)
                .map(held -> new SaleException(SaleError.ORDER_STATE, "Order " + held.callNumber() + " is "
                        + held.status(), held.callNumber(), held.status().name()))
                .orElseGet(() -> new SaleException(SaleError.ORDER_NOT_QUEUED, "No queued order " + id,
                        id.toString())));
        for (Consumer<ProductionOrder> l : movedListeners) {
            l.accept(o);
        }
        changed();
        return o;
    }

    private String name(SaleEvent.Line l) {
        return catalog.byId(l.productId()).map(Product::nameZh).orElse(l.sku());
    }

    /** The queue changed outside this service (a platform cancel came down the feed). */
    public void changedElsewhere() {
        changed();
    }

    private void changed() {
        for (Runnable l : listeners) {
            l.run();
        }
    }

    private static String clip(String s) {
        return s == null ? "" : s.length() > 40 ? s.substring(0, 40) : s;
    }
}
