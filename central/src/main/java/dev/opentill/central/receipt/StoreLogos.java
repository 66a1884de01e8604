package dev.opentill.central.receipt;

import static dev.opentill.central.jooq.Tables.STORE;
import static dev.opentill.central.jooq.Tables.STORE_LOGO;

import dev.opentill.central.error.CentralException;
import dev.opentill.central.feed.ChangeLogWriter;
import dev.opentill.core.sync.FeedRecords;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import org.jooq.DSLContext;

/**
 * Stores' receipt logos. An upload is checked whole before anything is stored: at most
 * {@link #MAX_BYTES}, a PNG, JPEG, GIF or BMP (what every till can decode), at most
 * {@link #MAX_SIDE} pixels a side (read from the header, so a small file claiming a huge image is
 * refused undecoded), and decodable to the end. The logo goes down the feed to that store's tills.
 */
public final class StoreLogos {
    public static final int MAX_BYTES = 512 * 1024;
    public static final int MAX_SIDE = 2048;
    private static final Set<String> FORMATS = Set.of("png", "jpeg", "gif", "bmp");

    /** What was stored. */
    public record LogoView(String storeCode, String format, int width, int height, int bytes, String sha256) {
    }

    private record Checked(String format, int width, int height) {
    }

    private final DSLContext dsl;
    private final Clock clock;

    public StoreLogos(DSLContext dsl, Clock clock) {
        this.dsl = dsl;
        this.clock = clock;
    }

    public LogoView upload(String storeCode, byte[] image) {
        UUID store = storeId(storeCode);
        Checked c = check(image);
        String sha = sha256(image);
        OffsetDateTime now = clock.instant().atOffset(ZoneOffset.UTC);
        dsl.transaction(cfg -> {
            DSLContext tx = cfg.dsl();
            tx.deleteFrom(STORE_LOGO).where(STORE_LOGO.STORE_ID.eq(store)).execute();
            tx.insertInto(STORE_LOGO).set(STORE_LOGO.STORE_ID, store).set(STORE_LOGO.IMAGE, image)
                    .set(STORE_LOGO.SHA256, sha).set(STORE_LOGO.FORMAT, c.format()).set(STORE_LOGO.WIDTH, c.width())
                    .set(STORE_LOGO.HEIGHT, c.height()).set(STORE_LOGO.UPDATED_AT, now).execute();
            announce(tx, store, now);
        });
        return new LogoView(storeCode, c.format(), c.width(), c.height(), image.length, sha);
    }

    /** Removes the store's logo; its tills print without one after their next pull. */
    public void remove(String storeCode) {
        UUID store = storeId(storeCode);
        OffsetDateTime now = clock.instant().atOffset(ZoneOffset.UTC);
        dsl.transaction(cfg -> {
            if (cfg.dsl().deleteFrom(STORE_LOGO).where(STORE_LOGO.STORE_ID.eq(store)).execute() == 0) {
                throw CentralException.notFound("Store " + storeCode + " has no logo");
            }
            announce(cfg.dsl(), store, now);
        });
    }

    private static void announce(DSLContext tx, UUID store, OffsetDateTime now) {
        ChangeLogWriter.append(tx, List.of(new ChangeLogWriter.Change(store, FeedRecords.STORE_LOGO,
                store.toString())), now);
    }

    /** Refuses anything but a decodable PNG, JPEG, GIF or BMP within the limits, saying which limit. */
    static Checked check(byte[] image) {
        if (image == null || image.length == 0) {
            throw CentralException.malformed("The logo is empty: send the image file as the request body");
        }
        if (image.length > MAX_BYTES) {
            throw CentralException.malformed("The logo has " + image.length + " bytes; at most " + MAX_BYTES
                    + " are taken");
        }
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(image))) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                throw CentralException.malformed("The logo is not a PNG, JPEG, GIF or BMP image");
            }
            ImageReader reader = readers.next();
            try {
                String format = reader.getFormatName().toLowerCase(Locale.ROOT);
                if (!FORMATS.contains(format)) {
                    throw CentralException.malformed("The logo is a " + format + " image; send a PNG, JPEG, GIF or "
                            + "BMP");
                }
                reader.setInput(in, true, true);
                int w = reader.getWidth(0);
                int h = reader.getHeight(0);
                if (w > MAX_SIDE || h > MAX_SIDE) {
                    throw CentralException.malformed("The logo is " + w + " x " + h + " pixels; at most " + MAX_SIDE
                            + " x " + MAX_SIDE + " are taken (a receipt prints at most 576 dots wide)");
                }
                reader.read(0); // the whole image must decode, not only its header
                return new Checked(format, w, h);
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof CentralException ce) {
                throw ce;
            }
            throw CentralException.malformed("The logo image is damaged or cut short");
        }
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    private UUID storeId(String code) {
        return dsl.select(STORE.ID).from(STORE).where(STORE.CODE.eq(code)).fetchOptional(STORE.ID)
                .orElseThrow(() -> CentralException.notFound("Unknown store " + code));
    }
}
