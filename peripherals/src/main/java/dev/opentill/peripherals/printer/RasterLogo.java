package dev.opentill.peripherals.printer;

import dev.opentill.peripherals.printer.LogoException.Reason;
import dev.opentill.peripherals.printer.escpos.Dithering;
import dev.opentill.peripherals.printer.escpos.RasterImage;
import java.awt.Graphics2D;
import java.awt.Image;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

/**
 * A store logo ready for one printer model: the image checked for size, scaled to at most
 * {@link #MAX_WIDTH_DOTS} (and the model's dots) by {@link #MAX_HEIGHT_DOTS}, and dithered once to 1 bit.
 * {@link #toBytes()} is what the till caches; a receipt's {@code StoreHeader.logoPng} may carry either
 * those bytes or the image itself, and the printer converts an image once per content and model.
 */
public record RasterLogo(RasterImage image) {
    public static final int MAX_IMAGE_BYTES = 1 << 20;
    public static final long MAX_PIXELS = 4096L * 4096L;
    public static final int MAX_WIDTH_DOTS = 384;
    public static final int MAX_HEIGHT_DOTS = 240;

    private static final byte[] MAGIC = "OTLOGO1".getBytes(StandardCharsets.US_ASCII);
    private static final int CACHE_LIMIT = 16;
    private static final Map<Key, RasterLogo> CACHE = new ConcurrentHashMap<>();

    private record Key(int hash, int length, String model) {
    }

    /** Checks, scales and dithers an uploaded image (PNG, JPEG, GIF, BMP) for {@code profile}. */
    public static RasterLogo fromImage(byte[] image, PrinterProfile profile) {
        if (image == null || image.length == 0) {
            throw new LogoException(Reason.NOT_AN_IMAGE, "The logo file is empty");
        }
        if (image.length > MAX_IMAGE_BYTES) {
            throw new LogoException(Reason.FILE_TOO_LARGE, "The logo file has " + image.length + " bytes; at most "
                    + MAX_IMAGE_BYTES + " are taken");
        }
        BufferedImage img = decode(image);
        int maxW = Math.min(MAX_WIDTH_DOTS, profile.dotsPerLine());
        double scale = Math.min(1.0,
                Math.min((double) maxW / img.getWidth(), (double) MAX_HEIGHT_DOTS / img.getHeight()));
        int w = Math.max(1, (int) Math.round(img.getWidth() * scale));
        int h = Math.max(1, (int) Math.round(img.getHeight() * scale));
        BufferedImage scaled = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = scaled.createGraphics();
        g.drawImage(img.getScaledInstance(w, h, Image.SCALE_AREA_AVERAGING), 0, 0, null); // averaging keeps edges clean
        g.dispose();
        return new RasterLogo(Dithering.dither(scaled, w));
    }

    /** The logo for a receipt: {@code bytes} are a {@link #toBytes()} result or an image, converted once and cached. */
    public static RasterLogo forReceipt(byte[] bytes, PrinterProfile profile) {
        if (isRasterLogo(bytes)) {
            return fromBytes(bytes);
        }
        Key key = new Key(Arrays.hashCode(bytes), bytes.length, profile.name());
        RasterLogo cached = CACHE.get(key);
        if (cached != null) {
            return cached;
        }
        RasterLogo logo = fromImage(bytes, profile);
        if (CACHE.size() >= CACHE_LIMIT) {
            CACHE.clear();
        }
        CACHE.put(key, logo);
        return logo;
    }

    /** "OTLOGO1", width and height as two bytes each, then the raster rows. */
    public byte[] toBytes() {
        ByteBuffer b = ByteBuffer.allocate(MAGIC.length + 4 + image.bits().length);
        b.put(MAGIC).putShort((short) image.width()).putShort((short) image.height()).put(image.bits());
        return b.array();
    }

    public static RasterLogo fromBytes(byte[] bytes) {
        if (!isRasterLogo(bytes)) {
            throw new LogoException(Reason.NOT_AN_IMAGE, "Not a cached raster logo");
        }
        ByteBuffer b = ByteBuffer.wrap(bytes, MAGIC.length, bytes.length - MAGIC.length);
        int w = b.getShort() & 0xFFFF;
        int h = b.getShort() & 0xFFFF;
        byte[] bits = new byte[b.remaining()];
        b.get(bits);
        try {
            return new RasterLogo(new RasterImage(w, h, bits));
        } catch (IllegalArgumentException e) {
            throw new LogoException(Reason.NOT_AN_IMAGE, "A damaged cached raster logo: " + e.getMessage());
        }
    }

    private static boolean isRasterLogo(byte[] bytes) {
        return bytes != null && bytes.length > MAGIC.length + 4
                && Arrays.equals(bytes, 0, MAGIC.length, MAGIC, 0, MAGIC.length);
    }

    /** Reads the dimensions first, so a small file that would expand to a huge bitmap is refused undecoded. */
    private static BufferedImage decode(byte[] image) {
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(image))) {
            Iterator<ImageReader> readers = in == null ? null : ImageIO.getImageReaders(in);
            if (readers == null || !readers.hasNext()) {
                throw new LogoException(Reason.NOT_AN_IMAGE, "The logo is not a PNG, JPEG, GIF or BMP image");
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                long pixels = (long) reader.getWidth(0) * reader.getHeight(0);
                if (pixels > MAX_PIXELS) {
                    throw new LogoException(Reason.TOO_MANY_PIXELS, "The logo has " + reader.getWidth(0) + " x "
                            + reader.getHeight(0) + " pixels; at most " + MAX_PIXELS + " pixels are taken");
                }
                return reader.read(0);
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof LogoException le) {
                throw le;
            }
            throw new LogoException(Reason.NOT_AN_IMAGE, "The logo image cannot be read: " + e.getMessage());
        }
    }
}
