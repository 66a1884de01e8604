package dev.opentill.core.staff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class PinRulesTest {
    @Test
    void aPinIsFourToTwelveDigitsNotAllTheSame() {
        assertTrue(PinRules.problem("2468").isEmpty());
        assertEquals(Optional.of("too_short"), PinRules.problem("123"));
        assertEquals(Optional.of("too_long"), PinRules.problem("1234567890123"));
        assertEquals(Optional.of("digits_only"), PinRules.problem("12a4"));
        assertEquals(Optional.of("all_same"), PinRules.problem("0000"));
        assertEquals(Optional.of("too_short"), PinRules.problem(null));
    }

    @Test
    void aTechnicianManagesDevicesButGrantsNoOverrides() {
        assertTrue(Role.TECHNICIAN.may(Permission.MANAGE_DEVICES));
        assertTrue(!Role.TECHNICIAN.may(Permission.VOID_LINE) && !Role.TECHNICIAN.may(Permission.RESET_PIN));
        assertTrue(Role.MANAGER.may(Permission.RESET_PIN) && !Role.SUPERVISOR.may(Permission.RESET_PIN));
        assertEquals(Role.TECHNICIAN, Role.parse("technician"));
    }
}
