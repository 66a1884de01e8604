package dev.opentill.app.ui.login;

import static org.assertj.core.api.Assertions.assertThat;

import dev.opentill.app.login.LoginOutcome;
import dev.opentill.app.login.PinChangeException;
import dev.opentill.core.staff.Cashier;
import dev.opentill.core.staff.Role;
import dev.opentill.app.ui.common.DirectTaskRunner;
import dev.opentill.app.ui.common.UiText;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import dev.opentill.app.ui.common.TaskRunner;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class LoginViewModelTest {
    private static final Instant NOW = Instant.parse("2026-11-21T08:00:00Z");
    private final List<String> attempts = new ArrayList<>();
    private final List<Cashier> signedIn = new ArrayList<>();
    private LoginOutcome answer;
    private LoginOutcome changed;
    private PinChangeException refusal;
    private LoginViewModel vm;

    @BeforeEach
    void setUp() {
        Authenticator auth = new Authenticator() {
            @Override
            public LoginOutcome login(String code, String pin) {
                attempts.add(code + "/" + pin);
                return answer;
            }

            @Override
            public LoginOutcome changeTemporaryPin(String code, String temporaryPin, String newPin) {
                attempts.add(code + "/" + temporaryPin + "->" + newPin);
                if (refusal != null) {
                    throw refusal;
                }
                return changed;
            }

            @Override
            public void resetPin(String staffCode, String managerCode, String managerPin, String newPin) {
                attempts.add("reset " + staffCode + " by " + managerCode + "/" + managerPin + " to " + newPin);
                if (refusal != null) {
                    throw refusal;
                }
            }
        };
        vm = new LoginViewModel(new DirectTaskRunner(), auth, Clock.fixed(NOW, ZoneOffset.UTC), "Test Store",
                "S0001-T01",
                Locale.ENGLISH, signedIn::add);
    }

    private void type(String digits) {
        digits.chars().forEach(c -> vm.digit((char) c));
    }

    @Test
    void codeThenEnterThenPinThenEnterSignsIn() {
        Cashier li = new Cashier(UUID.randomUUID(), "1001", "Li Na", Role.CASHIER, 500);
        answer = new LoginOutcome.SignedIn(li);

        type("1001");
        vm.submitCommand().execute();
        assertThat(vm.fieldProperty().get()).isEqualTo(LoginViewModel.Field.PIN);
        type("1234");
        assertThat(vm.pinMaskProperty().get()).isEqualTo("●●●●");
        vm.submitCommand().execute();

        assertThat(attempts).containsExactly("1001/1234");
        assertThat(signedIn).containsExactly(li);
        assertThat(vm.codeProperty().get()).isEmpty();
        assertThat(vm.pinMaskProperty().get()).isEmpty();
    }

    @Test
    void wrongPinSaysHowManyTriesAreLeftAndClearsOnlyThePin() {
        answer = new LoginOutcome.WrongPin(2);
        type("1001");
        vm.submitCommand().execute();
        type("9");
        vm.submitCommand().execute();

        assertThat(vm.messageProperty().get()).isEqualTo(UiText.of("login.wrong_pin", 2));
        assertThat(vm.codeProperty().get()).isEqualTo("1001");
        assertThat(vm.pinMaskProperty().get()).isEmpty();
        assertThat(signedIn).isEmpty();
    }

    @Test
    void lockedOutSaysForHowManyMinutes() {
        answer = new LoginOutcome.LockedOut(NOW.plusSeconds(4 * 60 + 10));
        type("1001");
        vm.submitCommand().execute();
        type("1");
        vm.submitCommand().execute();

        assertThat(vm.messageProperty().get()).isEqualTo(UiText.of("login.locked", 5L));
    }

    @Test
    void unknownCodeGetsTheSameVagueAnswerAsAWrongPin() {
        answer = new LoginOutcome.UnknownCashier();
        type("7");
        vm.submitCommand().execute();
        type("1");
        vm.submitCommand().execute();

        assertThat(vm.messageProperty().get()).isEqualTo(UiText.of("login.unknown"));
    }

    @Test
    void submitNeedsACode() {
        assertThat(vm.submitCommand().isExecutable()).isFalse();
        type("1");
        assertThat(vm.submitCommand().isExecutable()).isTrue();
    }

    @Test
    void backspaceFromAnEmptyPinReturnsToTheCode() {
        type("12");
        vm.submitCommand().execute();
        vm.backspace();
        vm.backspace();

        assertThat(vm.fieldProperty().get()).isEqualTo(LoginViewModel.Field.CODE);
        assertThat(vm.codeProperty().get()).isEqualTo("1");
    }

    @Test
    void languageSwitchesBetweenEnglishAndChinese() {
        vm.switchLanguageCommand().execute();
        assertThat(vm.localeProperty().get()).isEqualTo(Locale.SIMPLIFIED_CHINESE);
        vm.switchLanguageCommand().execute();
        assertThat(vm.localeProperty().get()).isEqualTo(Locale.ENGLISH);
    }

    @Test
    void nonDigitsAreIgnored() {
        vm.digit('x');
        assertThat(vm.codeProperty().get()).isEmpty();
    }

    @Test
    void busyWhileTheLoginRunsSoTheScreenShowsProgress() {
        List<Runnable> pending = new ArrayList<>();
        TaskRunner later = new TaskRunner() {
            @Override
            public <T> void run(Callable<T> work, Consumer<? super T> onDone, Consumer<Throwable> onFailed) {
                pending.add(() -> new DirectTaskRunner().run(work, onDone, onFailed));
            }

            @Override
            public void ui(Runnable action) {
                action.run();
            }
        };
        answer = new LoginOutcome.SignedIn(new Cashier(UUID.randomUUID(), "1001", "Li Na", Role.CASHIER, 500));
        Authenticator auth = new Authenticator() {
            @Override
            public LoginOutcome login(String code, String pin) {
                return answer;
            }

            @Override
            public LoginOutcome changeTemporaryPin(String code, String temporaryPin, String newPin) {
                return answer;
            }

            @Override
            public void resetPin(String staffCode, String managerCode, String managerPin, String newPin) {
            }
        };
        vm = new LoginViewModel(later, auth, Clock.fixed(NOW, ZoneOffset.UTC), "Test Store",
                "S0001-T01",
                Locale.ENGLISH, signedIn::add);
        type("1001");
        vm.submitCommand().execute();
        type("1234");

        vm.submitCommand().execute();
        assertThat(vm.busyProperty().get()).isTrue();
        pending.forEach(Runnable::run);

        assertThat(vm.busyProperty().get()).isFalse();
        assertThat(signedIn).hasSize(1);
    }

    @Test
    void aTemporaryPinLeadsToChoosingOnesOwnTypedTwiceThenSignsIn() {
        Cashier li = new Cashier(UUID.randomUUID(), "1001", "Li Na", Role.CASHIER, 500);
        answer = new LoginOutcome.MustChangePin(li);
        changed = new LoginOutcome.SignedIn(li);
        type("1001");
        vm.submitCommand().execute();
        type("2468");
        vm.submitCommand().execute();

        assertThat(signedIn).isEmpty();
        assertThat(vm.changingPinProperty().get()).isTrue();
        assertThat(vm.fieldProperty().get()).isEqualTo(LoginViewModel.Field.NEW_PIN);
        assertThat(vm.messageProperty().get().key()).isEqualTo("login.choose_pin");
        type("97531");
        vm.submitCommand().execute();
        type("97531");
        assertThat(vm.confirmMaskProperty().get()).isEqualTo("●●●●●");
        vm.submitCommand().execute();

        assertThat(attempts).containsExactly("1001/2468", "1001/2468->97531");
        assertThat(signedIn).containsExactly(li);
        assertThat(vm.changingPinProperty().get()).isFalse();
    }

    @Test
    void twoDifferentNewPinsAreTypedAgainAndNothingIsSent() {
        answer = new LoginOutcome.MustChangePin(new Cashier(UUID.randomUUID(), "1001", "Li Na", Role.CASHIER, 0));
        type("1001");
        vm.submitCommand().execute();
        type("2468");
        vm.submitCommand().execute();
        type("97531");
        vm.submitCommand().execute();
        type("97530");
        vm.submitCommand().execute();

        assertThat(attempts).containsExactly("1001/2468");
        assertThat(vm.messageProperty().get().key()).isEqualTo("login.pin_mismatch");
        assertThat(vm.fieldProperty().get()).isEqualTo(LoginViewModel.Field.NEW_PIN);
        assertThat(vm.newPinMaskProperty().get()).isEmpty();
    }

    @Test
    void aRefusedNewPinSaysWhichRuleAndStaysOnTheChange() {
        answer = new LoginOutcome.MustChangePin(new Cashier(UUID.randomUUID(), "1001", "Li Na", Role.CASHIER, 0));
        refusal = new PinChangeException(PinChangeException.Reason.BAD_PIN, "all_same", "all same");
        type("1001");
        vm.submitCommand().execute();
        type("2468");
        vm.submitCommand().execute();
        type("7777");
        vm.submitCommand().execute();
        type("7777");
        vm.submitCommand().execute();

        assertThat(vm.messageProperty().get().key()).isEqualTo("login.pin_all_same");
        assertThat(vm.changingPinProperty().get()).isTrue();
        assertThat(signedIn).isEmpty();
    }

    @Test
    void aManagerResetsAPinFromTheLoginScreenAndThePinsShowOnlyAsDots() {
        PinResetViewModel reset = vm.pinReset();
        reset.openCommand().execute();
        assertThat(reset.openProperty().get()).isTrue();

        for (String value : List.of("5001", "9101", "1357", "86420")) {
            type(reset, value);
            reset.submitCommand().execute();
        }

        assertThat(attempts).containsExactly("reset 5001 by 9101/1357 to 86420");
        assertThat(reset.messageProperty().get().key()).isEqualTo("pin_reset.done");
        assertThat(reset.shownProperty(PinResetViewModel.Field.STAFF).get()).isEmpty();
    }

    @Test
    void aRefusedResetSaysWhyAndAsksForTheManagersPinAgain() {
        refusal = new PinChangeException(PinChangeException.Reason.APPROVER_LOCKED, null, "locked");
        PinResetViewModel reset = vm.pinReset();
        reset.openCommand().execute();
        type(reset, "5001");
        reset.submitCommand().execute();
        type(reset, "9101");
        reset.submitCommand().execute();
        type(reset, "1357");
        assertThat(reset.shownProperty(PinResetViewModel.Field.MANAGER_PIN).get()).isEqualTo("●●●●");
        reset.submitCommand().execute();
        type(reset, "86420");
        reset.submitCommand().execute();

        assertThat(reset.messageProperty().get().key()).isEqualTo("pin_reset.manager_locked");
        assertThat(reset.fieldProperty().get()).isEqualTo(PinResetViewModel.Field.MANAGER_PIN);
        assertThat(reset.shownProperty(PinResetViewModel.Field.MANAGER_PIN).get()).isEmpty();
    }

    private static void type(PinResetViewModel reset, String digits) {
        digits.chars().forEach(c -> reset.digit((char) c));
    }
}
