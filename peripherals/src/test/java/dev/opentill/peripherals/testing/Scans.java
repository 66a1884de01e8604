package dev.opentill.peripherals.testing;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.EncodeHintType;
import com.google.zxing.MultiFormatReader;
import com.google.zxing.NotFoundException;
import com.google.zxing.WriterException;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.client.j2se.MatrixToImageWriter;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeWriter;
import dev.opentill.peripherals.printer.escpos.RasterImage;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;

/** ZXing both ways for tests: images that carry a code, and printed rasters read back as a scanner would. */
public final class Scans {
    private Scans() {
    }

    /** What a printed raster (on white paper with a margin) scans as; throws NotFoundException if nothing. */
    public static String decode(RasterImage raster, BarcodeFormat format) throws NotFoundException {
        int margin = 40;
        BufferedImage img = new BufferedImage(raster.width() + 2 * margin, raster.height() + 2 * margin,
                BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, img.getWidth(), img.getHeight());
        g.dispose();
        for (int y = 0; y < raster.height(); y++) {
            for (int x = 0; x < raster.width(); x++) {
                if (raster.black(x, y)) {
                    img.setRGB(x + margin, y + margin, 0);
                }
            }
        }
        BinaryBitmap bitmap = new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(img)));
        return new MultiFormatReader().decode(bitmap, Map.of(DecodeHintType.TRY_HARDER, true,
                DecodeHintType.POSSIBLE_FORMATS, List.of(format))).getText();
    }

    /** A PNG (or other ImageIO format) of a QR code carrying {@code text}, {@code pixels} square, in grey on white. */
    public static byte[] qrImage(String text, int pixels, String format) {
        try {
            BufferedImage img = MatrixToImageWriter.toBufferedImage(new QRCodeWriter().encode(text,
                    BarcodeFormat.QR_CODE, pixels, pixels, Map.of(EncodeHintType.MARGIN, 2)));
            BufferedImage rgb = new BufferedImage(img.getWidth(), img.getHeight(), BufferedImage.TYPE_INT_RGB);
            for (int y = 0; y < img.getHeight(); y++) {
                for (int x = 0; x < img.getWidth(); x++) {
                    rgb.setRGB(x, y, (img.getRGB(x, y) & 0xFFFFFF) == 0 ? 0x303030 : 0xF8F8F8);
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(rgb, format, out);
            return out.toByteArray();
        } catch (WriterException e) {
            throw new IllegalArgumentException(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
