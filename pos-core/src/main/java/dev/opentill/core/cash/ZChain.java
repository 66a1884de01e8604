package dev.opentill.core.cash;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import java.util.List;
import java.util.OptionalLong;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The chain of a terminal's Z reports: each Z's hash is an HMAC-SHA256, with the till's own key,
 * over its canonical text ({@link ZText}), which names the previous Z's hash and the hash of the
 * last sale's audit entry. Changing any field, removing or inserting a Z, or re-hashing without the
 * key breaks the chain at that Z.
 */
public final class ZChain {
    /** The previous hash of a terminal's first Z. */
    public static final String GENESIS = "0".repeat(64);

    private ZChain() {
    }

    /** The hash of {@code z} (its own hash field is ignored). */
    public static String hash(byte[] key, ZReport z) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(ZText.write(z).getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** {@code z} sealed: its hash computed and set. */
    public static ZReport seal(byte[] key, ZReport z) {
        return z.withHash(hash(key, z));
    }

    /**
     * The Z number of the first report whose chain is broken in {@code reports} (one terminal's, in
     * Z-number order): a number out of sequence, a previous hash that is not the one before, or a
     * hash that does not match its content. {@code firstNumber} is the chain's first Z (1, or the next
     * number of a till whose earlier Z reports predate the chain). Empty when the whole chain holds.
     */
    public static OptionalLong verify(byte[] key, long firstNumber, List<ZReport> reports) {
        String previous = GENESIS;
        long expected = firstNumber;
        for (ZReport z : reports) {
            if (z.header().zNumber() != expected || !previous.equals(z.chain().previousHash())
                    || !hash(key, z).equals(z.chain().hash())) {
                return OptionalLong.of(expected);
            }
            previous = z.chain().hash();
            expected++;
        }
        return OptionalLong.empty();
    }
}
