package dev.opentill.sync;

import dev.opentill.core.wallet.WalletProtocol;
import dev.opentill.core.wallet.WalletProtocol.CardAnswer;
import dev.opentill.core.wallet.WalletProtocol.HoldAnswer;
import dev.opentill.core.wallet.WalletProtocol.HoldRequest;
import dev.opentill.core.wallet.WalletProtocol.OfflineSpend;
import dev.opentill.core.wallet.WalletProtocol.RefundRequest;
import dev.opentill.core.wallet.WalletProtocol.TopUpAnswer;
import dev.opentill.core.wallet.WalletProtocol.TopUpRequest;
import dev.opentill.sync.StoredValueException.Refusal;
import dev.opentill.sync.SyncError.Kind;
import dev.opentill.sync.internal.CentralClient;
import dev.opentill.sync.internal.TillSettings;
import dev.opentill.sync.internal.WalletLedger;
import dev.opentill.sync.internal.WalletLedger.CachedCard;
import dev.opentill.sync.internal.WalletLedger.Pending;
import java.time.Clock;
import java.time.Duration;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import okhttp3.OkHttpClient;
import org.jooq.DSLContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Stored-value cards at the till: a tender is authorised by a hold at the centre keyed by the
 * tender's id, captured when the sale completes and released when the tender is taken off. When
 * the centre cannot be reached, the card may spend offline up to the allowance the centre
 * reserved for it (as this till last saw it), or the tender is refused. Every movement whose
 * answer is lost is kept (till V15) and reported later by {@link #report()}; the centre resolves
 * each exactly once by its id, so a cut between hold and capture never charges twice. Calls block
 * on the network: call them off the FX thread.
 */
public final class StoredValueCards {
    private static final Logger LOG = LoggerFactory.getLogger(StoredValueCards.class);
    private static final String API = "/wallet";
    /** How long a reported movement stays in the till's store (for a look at it), then it is forgotten. */
    private static final Duration KEEP_REPORTED = Duration.ofDays(90);

    private final DSLContext till;
    private final WalletLedger ledger;
    private final OkHttpClient http;
    private final Clock clock;

    public StoredValueCards(DSLContext till, SyncConfig config) {
        this.till = till;
        this.ledger = new WalletLedger(till);
        this.http = CentralClient.httpClient(config.connectTimeout(), config.pushTimeout());
        this.clock = config.clock();
    }

    /** Authorises a tender of {@code amountMinor} on the card; asking again for the same tender answers the same. */
    public synchronized CardPayment authorise(UUID tenderId, String cardNo, long amountMinor) {
        if (cardNo == null || !cardNo.matches(WalletProtocol.CARD_NO_PATTERN)) {
            // Not a card number at all: refused here, not taken for a centre that cannot be reached.
            throw new StoredValueException(Refusal.UNKNOWN_CARD, String.valueOf(cardNo));
        }
        if (amountMinor <= 0) {
            throw new IllegalArgumentException("A card pays a positive amount");
        }
        Pending known = ledger.pending(tenderId).orElse(null);
        if (known != null) {
            if (known.kind() != WalletLedger.Kind.HELD && known.kind() != WalletLedger.Kind.OFFLINE_HOLD) {
                throw new IllegalStateException("Tender " + tenderId + " was used already (" + known.kind() + ")");
            }
            return new CardPayment(tenderId, known.cardNo(), known.amountMinor(),
                    known.kind() == WalletLedger.Kind.HELD, ledger.card(known.cardNo())
                            .map(CachedCard::availableMinor).orElse(0L));
        }
        try {
            HoldAnswer a = client().post(API + "/holds", new HoldRequest(tenderId, cardNo, amountMinor),
                    HoldAnswer.class);
            ledger.remember(cardNo, a.availableMinor(), a.offlineAllowanceMinor(), clock.instant());
            ledger.add(new Pending(tenderId, cardNo, WalletLedger.Kind.HELD, amountMinor, null, clock.instant()));
            return new CardPayment(tenderId, cardNo, amountMinor, true, a.availableMinor());
        } catch (CentralClient.Refused r) {
            throw refusal(r);
        } catch (SyncException e) {
            unreachable(e);
            return offline(tenderId, cardNo, amountMinor);
        }
    }

    /** Spends an authorised tender (the sale completes); never refused for the network, only reported later. */
    public synchronized void capture(UUID tenderId) {
        Pending p = ledger.pending(tenderId)
                .orElseThrow(() -> new IllegalStateException("Tender " + tenderId + " was not authorised"));
        switch (p.kind()) {
            case OFFLINE_HOLD -> ledger.change(tenderId, WalletLedger.Kind.OFFLINE);
            case HELD -> {
                try {
                    HoldAnswer a = client().post(API + "/holds/" + tenderId + "/capture", "{}", HoldAnswer.class);
                    ledger.remember(p.cardNo(), a.availableMinor(), a.offlineAllowanceMinor(), clock.instant());
                    ledger.remove(tenderId);
                } catch (CentralClient.Refused r) {
                    throw refusal(r);
                } catch (SyncException e) {
                    unreachable(e);
                    ledger.change(tenderId, WalletLedger.Kind.CAPTURE);
                }
            }
            default -> {
                // captured already, or waiting to be reported
            }
        }
    }

    /** Gives an authorised tender back (taken off the ticket, or the sale cancelled). */
    public synchronized void release(UUID tenderId) {
        Pending p = ledger.pending(tenderId).orElse(null);
        if (p == null) {
            return;
        }
        if (p.kind() == WalletLedger.Kind.OFFLINE_HOLD) {
            ledger.remove(tenderId);
        } else if (p.kind() == WalletLedger.Kind.HELD) {
            ledger.change(tenderId, WalletLedger.Kind.RELEASE);
            report();
        }
    }

    /** Money back to the card for a return of a sale it paid ({@code originalTenderId}); offline, kept and reported. */
    public synchronized void refund(UUID refundId, String cardNo, long amountMinor, UUID originalTenderId) {
        try {
            CardAnswer a = client().post(API + "/refunds", new RefundRequest(refundId, cardNo, amountMinor,
                    originalTenderId), CardAnswer.class);
            ledger.remember(cardNo, a.availableMinor(), a.offlineAllowanceMinor(), clock.instant());
        } catch (CentralClient.Refused r) {
            throw refusal(r);
        } catch (SyncException e) {
            unreachable(e);
            if (ledger.pending(refundId).isEmpty()) {
                ledger.add(new Pending(refundId, cardNo, WalletLedger.Kind.REFUND, amountMinor, originalTenderId,
                        clock.instant()));
            }
        }
    }

    /**
     * Money onto the card with the chain's bonus. Needs the centre: offline it is refused. After a
     * lost answer, try again with the same {@code topUpId}: the centre tops up once.
     */
    public TopUpAnswer topUp(UUID topUpId, String cardNo, long amountMinor, String paidWith) {
        try {
            TopUpAnswer a = client().post(API + "/top-ups", new TopUpRequest(topUpId, cardNo, amountMinor, paidWith),
                    TopUpAnswer.class);
            try {
                card(cardNo);
            } catch (RuntimeException e) {
                // topped up; the next look at the card refreshes what this till knows of it
            }
            return a;
        } catch (CentralClient.Refused r) {
            throw refusal(r);
        } catch (SyncException e) {
            unreachable(e);
            throw new StoredValueException(Refusal.OFFLINE_TOP_UP, cardNo);
        }
    }

    /** The card as the centre holds it; offline, as this till last saw it (less its own offline spends). */
    public CardAnswer card(String cardNo) {
        try {
            CardAnswer a = client().get(API + "/cards/" + cardNo, CardAnswer.class);
            ledger.remember(cardNo, a.availableMinor(), a.offlineAllowanceMinor(), clock.instant());
            return a;
        } catch (CentralClient.Refused r) {
            throw refusal(r);
        } catch (SyncException e) {
            unreachable(e);
            CachedCard c = ledger.card(cardNo)
                    .orElseThrow(() -> new StoredValueException(Refusal.OFFLINE_UNKNOWN_CARD, cardNo));
            long used = ledger.offlineUse(cardNo);
            return new CardAnswer(cardNo, false, true, c.availableMinor() - used, c.availableMinor() - used, 0,
                    Math.max(0, c.offlineAllowanceMinor() - used));
        }
    }

    /**
     * Reports the movements the centre has not confirmed, oldest first, and answers how many are
     * left (those after a network failure). A movement the centre refuses is logged and kept,
     * marked reported, for the reconciliation.
     */
    public synchronized int report() {
        Set<String> touched = new HashSet<>();
        for (Pending p : ledger.toReport(500)) {
            try {
                send(p);
            } catch (CentralClient.Refused r) {
                if (!(p.kind() == WalletLedger.Kind.RELEASE && WalletProtocol.REFUSED_NO_HOLD.equals(r.code()))) {
                    LOG.warn("The centre refused stored-value movement {} ({}): {}", p.tenderId(), p.kind(),
                            r.getMessage());
                }
            } catch (SyncException e) {
                unreachable(e);
                return ledger.toReport(500).size();
            }
            ledger.reported(p.tenderId(), clock.instant());
            touched.add(p.cardNo());
        }
        ledger.prune(clock.instant().minus(KEEP_REPORTED));
        for (String cardNo : touched) {
            try {
                card(cardNo);
            } catch (RuntimeException e) {
                // the next look at the card refreshes it
            }
        }
        return ledger.toReport(500).size();
    }

    private void send(Pending p) {
        CentralClient c = client();
        switch (p.kind()) {
            case OFFLINE, CAPTURE -> c.post(API + "/offline-spends", new OfflineSpend(p.tenderId(), p.cardNo(),
                    p.amountMinor(), p.createdAt()), CardAnswer.class);
            case RELEASE -> c.post(API + "/holds/" + p.tenderId() + "/release", "{}", HoldAnswer.class);
            case REFUND -> c.post(API + "/refunds", new RefundRequest(p.tenderId(), p.cardNo(), p.amountMinor(),
                    p.originalId()), CardAnswer.class);
            default -> throw new IllegalStateException("not reported: " + p.kind());
        }
    }

    /** Offline: within what is left of the card's allowance at this till, or refused. */
    private CardPayment offline(UUID tenderId, String cardNo, long amountMinor) {
        CachedCard c = ledger.card(cardNo).orElse(null);
        if (c == null) {
            releaseLater(tenderId, cardNo, amountMinor);
            throw new StoredValueException(Refusal.OFFLINE_UNKNOWN_CARD, cardNo);
        }
        long used = ledger.offlineUse(cardNo);
        long left = Math.max(0, Math.min(c.offlineAllowanceMinor(), c.availableMinor()) - used);
        if (amountMinor > left) {
            releaseLater(tenderId, cardNo, amountMinor);
            throw new StoredValueException(Refusal.OFFLINE_OVER_ALLOWANCE, money(left));
        }
        ledger.add(new Pending(tenderId, cardNo, WalletLedger.Kind.OFFLINE_HOLD, amountMinor, null, clock.instant()));
        return new CardPayment(tenderId, cardNo, amountMinor, false, c.availableMinor() - used - amountMinor);
    }

    /** The hold may have reached the centre before its answer was lost: give it back when the centre answers. */
    private void releaseLater(UUID tenderId, String cardNo, long amountMinor) {
        ledger.add(new Pending(tenderId, cardNo, WalletLedger.Kind.RELEASE, amountMinor, null, clock.instant()));
    }

    private CentralClient client() {
        String url = TillSettings.get(till, TillSettings.SYNC_URL);
        String credential = TillSettings.get(till, TillSettings.SYNC_CREDENTIAL);
        if (url == null || credential == null) {
            throw new StoredValueException(Refusal.NOT_ENROLLED, "");
        }
        return new CentralClient(http, SyncJson.mapper(), url, credential);
    }

    /** A failure that is not the network's (a refused credential, another store's data) is not an offline case. */
    private static void unreachable(SyncException e) {
        if (e.error().kind() == Kind.CREDENTIAL_REFUSED || e.error().kind() == Kind.FORBIDDEN) {
            throw new StoredValueException(Refusal.NOT_ENROLLED, e.error().detail());
        }
    }

    private static StoredValueException refusal(CentralClient.Refused r) {
        Refusal why = switch (r.code()) {
            case WalletProtocol.REFUSED_UNKNOWN_CARD -> Refusal.UNKNOWN_CARD;
            case WalletProtocol.REFUSED_INACTIVE -> Refusal.INACTIVE;
            case WalletProtocol.REFUSED_INSUFFICIENT -> Refusal.INSUFFICIENT;
            case WalletProtocol.REFUSED_OVER_LIMIT -> Refusal.OVER_LIMIT;
            case WalletProtocol.REFUSED_ID_CLASH -> Refusal.ID_CLASH;
            default -> Refusal.STATE;
        };
        return new StoredValueException(why, r.error().detail());
    }

    private static String money(long minor) {
        return String.format("%d.%02d", minor / 100, minor % 100);
    }
}
