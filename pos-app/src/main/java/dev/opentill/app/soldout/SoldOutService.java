package dev.opentill.app.soldout;

import dev.opentill.app.security.Approval;
import dev.opentill.app.security.Authority;
import dev.opentill.app.store.SoldOutRepository;
import dev.opentill.core.menu.SoldOutEntry;
import dev.opentill.core.cash.CashPolicy;
import dev.opentill.core.sale.SaleError;
import dev.opentill.core.sale.SaleException;
import dev.opentill.core.staff.Cashier;
import dev.opentill.core.staff.Permission;
import dev.opentill.core.sync.SoldOutEvent;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/**
 * {@link SoldOutBoard} over the till's store: the business day is the cash office's (it starts at
 * the configured hour, so yesterday's sold-out fruit is back in the morning); each mark is audited
 * with who approved it and goes to the centre through the outbox, then to the store's other tills.
 */
public final class SoldOutService implements SoldOutBoard {
    private final SoldOutRepository repository;
    private final Authority authority;
    private final CashPolicy days;
    private final Clock clock;
    private volatile Runnable onMarked = () -> {
    };

    public SoldOutService(SoldOutRepository repository, Authority authority, CashPolicy days, Clock clock) {
        this.repository = repository;
        this.authority = authority;
        this.days = days;
        this.clock = clock;
    }

    /** Runs {@code r} after each committed mark (the sync agent's nudge). */
    public void onMarked(Runnable r) {
        this.onMarked = r;
    }

    @Override
    public List<SoldOutEntry> items() {
        return repository.items(today());
    }

    @Override
    public void mark(String itemKey, boolean soldOut, Approval approval) {
        if (!SoldOutEvent.validKey(itemKey) || !repository.known(itemKey)) {
            throw new SaleException(SaleError.OPTION_UNKNOWN, "Nothing to sell out: " + itemKey,
                    String.valueOf(itemKey));
        }
        Cashier by = authority.authorise(Permission.MARK_SOLD_OUT, approval);
        repository.mark(itemKey, today(), soldOut, authority.actorId(), authority.approverId(by));
        onMarked.run();
    }

    private LocalDate today() {
        return days.businessDate(clock.instant());
    }
}
