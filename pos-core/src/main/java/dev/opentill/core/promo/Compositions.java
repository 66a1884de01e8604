package dev.opentill.core.promo;

import java.util.ArrayList;
import java.util.List;

/** The ways to share a line's pieces among its item promotions (the rest take none). */
final class Compositions {
    /** Beyond this many ways, a line's pieces go all to one promotion or to none. */
    static final int MAX = 64;

    private Compositions() {
    }

    /**
     * Every way to give up to {@code pieces} pieces to {@code options} promotions, the one giving
     * all pieces to {@code preferred} first and the one giving none last.
     */
    static List<int[]> of(int pieces, int options, int preferred) {
        List<int[]> out = new ArrayList<>();
        out.add(all(pieces, options, preferred));
        if (count(pieces, options) <= MAX) {
            fill(new int[options], 0, pieces, out, preferred, pieces);
        } else {
            for (int o = 0; o < options; o++) {
                if (o != preferred) {
                    out.add(all(pieces, options, o));
                }
            }
        }
        out.add(new int[options]);
        return out;
    }

    private static int[] all(int pieces, int options, int o) {
        int[] c = new int[options];
        c[o] = pieces;
        return c;
    }

    /** How many ways: C(pieces + options, options), stopping once past MAX. */
    static long count(int pieces, int options) {
        long c = 1;
        for (int i = 1; i <= options; i++) {
            c = c * (pieces + i) / i;
            if (c > MAX) {
                return MAX + 1;
            }
        }
        return c;
    }

    private static void fill(int[] c, int k, int left, List<int[]> out, int preferred, int pieces) {
        if (k == c.length) {
            int sum = pieces - left;
            if (sum > 0 && !(c[preferred] == pieces)) {
                out.add(c.clone());
            }
            return;
        }
        for (int v = 0; v <= left; v++) {
            c[k] = v;
            fill(c, k + 1, left - v, out, preferred, pieces);
        }
        c[k] = 0;
    }
}
