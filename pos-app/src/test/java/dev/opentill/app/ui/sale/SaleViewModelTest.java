package dev.opentill.app.ui.sale;

import static org.assertj.core.api.Assertions.assertThat;

import dev.opentill.app.security.Approval;
import dev.opentill.core.catalog.QuickKeyPage;
import dev.opentill.app.ui.FakeTillService;
import dev.opentill.app.ui.ScriptedApprovals;
import dev.opentill.app.ui.common.DirectTaskRunner;
import dev.opentill.app.ui.common.Screen;
import dev.opentill.app.ui.common.UiText;
import dev.opentill.app.devices.SimulatedDevices;
import dev.opentill.app.ui.override.ApprovalFlow;
import dev.opentill.core.catalog.Product;
import dev.opentill.core.money.Money;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import dev.opentill.core.sale.AppliedCoupon;
import dev.opentill.core.tender.TenderType;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.assertj.core.groups.Tuple;

class SaleViewModelTest {
    private final FakeTillService till = new FakeTillService();
    private final ScriptedApprovals approvals = new ScriptedApprovals();
    private final SimulatedDevices devices = new SimulatedDevices(Runnable::run);
    private final List<Screen> shown = new ArrayList<>();
    private SaleViewModel vm;
    private Product coffee;
    private Product apples;

    @BeforeEach
    void setUp() {
        coffee = till.product("6901234567892", "Coffee", "咖啡", "12.50", false);
        till.product("6909876543210", "Tea", "茶", "8.00", false);
        apples = till.product("2100001", "Apples", "苹果", "10.00", true);
        var runner = new DirectTaskRunner();
        vm = new SaleViewModel(runner, till, till, new CurrentTicket(till), new ApprovalFlow(runner, approvals),
                devices,
                Locale.ENGLISH, shown::add);
        vm.start();
    }

    private void type(String text) {
        vm.inputProperty().set(text);
    }

    private Money cny(String s) {
        return Money.parse(s, Money.CNY);
    }

    @Test
    void scannedCodeTypedByAWedgeScannerAddsALineAndClearsTheField() {
        type("6901234567892");
        vm.submitInput();

        assertThat(vm.inputProperty().get()).isEmpty();
        assertThat(vm.lines()).extracting(LineRow::name, LineRow::quantity).containsExactly(
                Tuple.tuple("Coffee", "1"));
        assertThat(vm.totalsProperty().get().total()).isEqualTo(cny("12.50"));
        assertThat(vm.selectedProperty().get().name()).isEqualTo("Coffee");
    }

    /** A flow that takes the coffee as made to order and records the picker opening. */
    private static final class RecordingOptions implements OptionsFirst {
        final List<Product> prepared = new ArrayList<>();
        int opened;

        @Override
        public boolean prepare(Product p) {
            if (!p.nameEn().equals("Coffee")) {
                return false;
            }
            prepared.add(p);
            return true;
        }

        @Override
        public void open() {
            opened++;
        }
    }

    @Test
    void aMadeToOrderProductScannedOrKeyedOpensThePickerInsteadOfAddingALine() {
        RecordingOptions options = new RecordingOptions();
        vm.offerOptionsWith(options);

        vm.scan("6901234567892");
        vm.addProduct(coffee);
        vm.scan("6909876543210");

        assertThat(options.prepared).extracting(Product::nameEn).containsExactly("Coffee", "Coffee");
        assertThat(options.opened).isEqualTo(2);
        assertThat(vm.lines()).extracting(LineRow::name).containsExactly("Tea");
    }

    @Test
    void unknownBarcodeShowsItsTranslatableErrorAndLeavesTheTicketAlone() {
        vm.scan("123");

        assertThat(vm.messageProperty().get()).isEqualTo(UiText.of("error.UNKNOWN_BARCODE", "123"));
        assertThat(vm.lines()).isEmpty();
        assertThat(vm.payCommand().isExecutable()).isFalse();
    }

    @Test
    void linesShowChineseNamesInAChineseSession() {
        var runner = new DirectTaskRunner();
        var zh = new SaleViewModel(runner, till, till, new CurrentTicket(till), new ApprovalFlow(runner, approvals),
                devices,
                Locale.SIMPLIFIED_CHINESE, shown::add);
        zh.scan("6901234567892");

        assertThat(zh.lines()).extracting(LineRow::name).containsExactly("咖啡");
    }

    @Test
    void weighedProductWithoutLabelIsWeighedOnTheScale() {
        devices.placeOnScale(356);

        vm.scan("2100001");

        assertThat(vm.lines()).extracting(LineRow::quantity).containsExactly("0.356 kg");
        assertThat(vm.totalsProperty().get().total()).isEqualTo(cny("3.56"));
    }

    @Test
    void weighedProductWithAnEmptyScaleAsksForAWeight() {
        vm.scan("2100001");

        assertThat(vm.messageProperty().get().key()).isEqualTo("error.WEIGHT_REQUIRED");
        assertThat(vm.lines()).isEmpty();
    }

    @Test
    void typedQuantityChangesTheSelectedLine() {
        vm.scan("6901234567892");
        type("3");
        vm.quantityCommand().execute();

        assertThat(vm.lines().get(0).quantity()).isEqualTo("3");
        assertThat(vm.totalsProperty().get().total()).isEqualTo(cny("37.50"));
    }

    @Test
    void quantityWithNothingTypedSaysWhatToTypeAndChangesNothing() {
        vm.scan("6901234567892");

        assertThat(vm.quantityCommand().isExecutable()).isTrue();
        vm.quantityCommand().execute();

        assertThat(vm.messageProperty().get()).isEqualTo(UiText.of("sale.type_quantity"));
        assertThat(vm.lines().get(0).quantity()).isEqualTo("1");
    }

    @Test
    void priceAndDiscountWithNothingTypedSayWhatToType() {
        vm.scan("6901234567892");

        vm.priceCommand().execute();
        assertThat(vm.messageProperty().get()).isEqualTo(UiText.of("sale.type_price"));
        vm.ticketDiscountCommand().execute();
        assertThat(vm.messageProperty().get()).isEqualTo(UiText.of("sale.type_discount"));
        assertThat(approvals.asked).isEmpty();
    }

    @Test
    void quantityNeedsANumber() {
        vm.scan("6901234567892");

        type("abc");
        vm.quantityCommand().execute();
        assertThat(vm.messageProperty().get()).isEqualTo(UiText.of("error.quantity_invalid", "abc"));
    }

    @Test
    void voidingALineAsksAManagerWhenTheCashierMayNot() {
        vm.scan("6901234567892");
        approvals.answer = new Approval("900", "9999");

        vm.voidCommand().execute();

        assertThat(approvals.asked).extracting(UiText::key).containsExactly("override.void");
        assertThat(vm.lines().get(0).voided()).isTrue();
        assertThat(vm.totalsProperty().get().total()).isEqualTo(cny("0.00"));
        assertThat(till.audit).contains("void approved by 900");
        assertThat(vm.payCommand().isExecutable()).isFalse();
    }

    @Test
    void voidingIsRefusedWhenTheManagerPinIsWrong() {
        vm.scan("6901234567892");
        approvals.answer = new Approval("900", "0000");

        vm.voidCommand().execute();

        assertThat(vm.messageProperty().get().key()).isEqualTo("error.NOT_AUTHORISED");
        assertThat(vm.lines().get(0).voided()).isFalse();
    }

    @Test
    void cashierWithTheRightVoidsWithoutBeingAsked() {
        till.cashierMay.add("void");
        vm.scan("6901234567892");

        vm.voidCommand().execute();

        assertThat(approvals.asked).isEmpty();
        assertThat(vm.lines().get(0).voided()).isTrue();
    }

    @Test
    void cancelledApprovalChangesNothing() {
        vm.scan("6901234567892");
        type("1.00");

        vm.priceCommand().execute();

        assertThat(approvals.asked).hasSize(1);
        assertThat(vm.lines().get(0).priceOverridden()).isFalse();
    }

    @Test
    void priceOverrideWithApprovalRepricesTheLine() {
        vm.scan("6901234567892");
        approvals.answer = new Approval("900", "9999");
        type("10.00");

        vm.priceCommand().execute();

        assertThat(vm.lines().get(0).price()).isEqualTo(cny("10.00"));
        assertThat(vm.lines().get(0).priceOverridden()).isTrue();
    }

    @Test
    void percentDiscountIsTakenFromTheSelectedLine() {
        till.cashierMay.add("discount");
        vm.scan("6901234567892");
        type("10%");

        vm.lineDiscountCommand().execute();

        assertThat(vm.lines().get(0).discount()).isEqualTo(cny("1.25"));
        assertThat(vm.totalsProperty().get().discounts()).isEqualTo(cny("1.25"));
    }

    @Test
    void ticketDiscountComesOffTheTotal() {
        till.cashierMay.add("discount");
        vm.scan("6901234567892");
        vm.scan("6909876543210");
        type("0.50");

        vm.ticketDiscountCommand().execute();

        assertThat(vm.totalsProperty().get().total()).isEqualTo(cny("20.00"));
    }

    @Test
    void selectionStaysOnTheChosenLineWhenItChanges() {
        vm.scan("6901234567892");
        vm.scan("6909876543210");
        vm.selectedProperty().set(vm.lines().get(0));
        type("2");

        vm.quantityCommand().execute();

        assertThat(vm.selectedProperty().get().name()).isEqualTo("Coffee");
        assertThat(vm.selectedProperty().get().quantity()).isEqualTo("2");
    }

    @Test
    void quickKeyAddsItsProduct() {
        till.pages.add(new QuickKeyPage("DRINK", "饮料", "Drinks", List.of(coffee)));
        vm.start();

        vm.addProduct(vm.quickKeys().get(0).products().get(0));

        assertThat(vm.quickKeys()).hasSize(1);
        assertThat(vm.lines()).extracting(LineRow::name).containsExactly("Coffee");
    }

    @Test
    void quickKeyForAWeighedProductUsesTheScale() {
        devices.placeOnScale(1000);

        vm.addProduct(apples);

        assertThat(vm.lines()).extracting(LineRow::quantity).containsExactly("1.000 kg");
    }

    @Test
    void payOpensTheTenderScreenOnceThereAreItems() {
        vm.payCommand().execute();
        assertThat(shown).isEmpty();

        vm.scan("6901234567892");
        vm.payCommand().execute();

        assertThat(shown).containsExactly(Screen.TENDER);
    }

    @Test
    void cancellingTheTicketWithApprovalEmptiesIt() {
        vm.scan("6901234567892");
        approvals.answer = new Approval("900", "9999");

        vm.cancelCommand().execute();

        assertThat(vm.lines()).isEmpty();
        assertThat(vm.hasItemsProperty().get()).isFalse();
    }

    @Test
    void restoredTicketIsShownOnStart() {
        till.scan("6909876543210");
        var runner = new DirectTaskRunner();
        var fresh = new SaleViewModel(runner, till, till, new CurrentTicket(till), new ApprovalFlow(runner, approvals),
                devices,
                Locale.ENGLISH, shown::add);

        fresh.start();

        assertThat(fresh.lines()).extracting(LineRow::name).containsExactly("Tea");
    }

    @Test
    void anOrderPaidOnlineShowsPaidOnlineAndNothingDue() {
        vm.scan("6901234567892");
        vm.scan("6909876543210");
        till.addTender(TenderType.PREPAID, cny("20.50"), "WXDEMO0001");

        SaleViewModel reopened = reopen();

        assertThat(reopened.paymentProperty().get()).isEqualTo(new Payment(cny("20.50"), cny("0.00"), true));
    }

    @Test
    void afterARestartMidTenderTheSaleScreenShowsWhatIsPaidAndWhatIsDue() {
        vm.scan("6901234567892");
        vm.scan("6909876543210");
        till.addTender(TenderType.CASH, cny("10.00"), null);

        SaleViewModel reopened = reopen();

        assertThat(reopened.totalsProperty().get().total()).isEqualTo(cny("20.50"));
        assertThat(reopened.paymentProperty().get()).isEqualTo(new Payment(cny("10.00"), cny("10.50"), false));
    }

    @Test
    void aTicketWithNothingPaidShowsNoPayment() {
        vm.scan("6901234567892");

        assertThat(vm.paymentProperty().get()).isNull();
    }

    @Test
    void aCouponHasARowOfItsOwnApartFromTheDiscounts() {
        vm.scan("6901234567892");
        vm.scan("6909876543210");
        till.cashierMay.add("discount");
        till.redeem(new AppliedCoupon(UUID.randomUUID(), "CPN-5OFF", "减5元", "5 off", cny("5.00"), cny("10.00"),
                cny("5.00")));
        type("10%");
        vm.selectedProperty().set(vm.lines().get(0));
        vm.lineDiscountCommand().execute();

        assertThat(vm.couponsProperty().get()).containsExactly(new CouponRow("CPN-5OFF", cny("5.00")));
        assertThat(vm.discountsProperty().get()).isEqualTo(cny("1.25"));
        assertThat(vm.totalsProperty().get().total()).isEqualTo(cny("14.25"));
    }

    /** A new sale screen on the same till, as after a restart. */
    private SaleViewModel reopen() {
        var runner = new DirectTaskRunner();
        SaleViewModel again = new SaleViewModel(runner, till, till, new CurrentTicket(till),
                new ApprovalFlow(runner, approvals),
                devices, Locale.ENGLISH, shown::add);
        again.start();
        return again;
    }
}
