package io.atelier.browser;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * A camera for Chromium that films one picture: the picture centred on white in a 640 × 480 frame, written as a
 * Y4M video (YUV 4:2:0, "I420", full-range BT.601), which Chromium plays in a loop as its only camera when started
 * with {@link #switches}.
 */
final class FakeCamera {

	static final int WIDTH = 640;

	static final int HEIGHT = 480;

	private static final int FRAMES = 10;

	private FakeCamera() {
	}

	/** The switches that make Chromium use the video as its camera and grant it without asking. */
	static List<String> switches(Path video) {
		return List.of("--use-fake-device-for-media-stream", "--use-fake-ui-for-media-stream",
				"--use-file-for-fake-video-capture=" + video.toAbsolutePath());
	}

	/** The picture scaled (smoothly, as a lens would) to {@code height} pixels, centred on a white frame. */
	static BufferedImage frame(BufferedImage picture, int height) {
		BufferedImage frame = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
		Graphics2D g = frame.createGraphics();
		try {
			g.setColor(Color.WHITE);
			g.fillRect(0, 0, WIDTH, HEIGHT);
			g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
			int width = Math.round((float) picture.getWidth() * height / picture.getHeight());
			g.drawImage(picture, (WIDTH - width) / 2, (HEIGHT - height) / 2, width, height, null);
		}
		finally {
			g.dispose();
		}
		return frame;
	}

	/** Writes the frame, repeated, as a Y4M file Chromium accepts for {@code --use-file-for-fake-video-capture}. */
	static Path video(BufferedImage frame, Path file) {
		if (frame.getWidth() != WIDTH || frame.getHeight() != HEIGHT) {
			throw new IllegalArgumentException("a frame is " + WIDTH + " × " + HEIGHT);
		}
		byte[] planes = i420(frame);
		try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file))) {
			out.write(("YUV4MPEG2 W" + WIDTH + " H" + HEIGHT + " F10:1 Ip A1:1 C420jpeg\n")
				.getBytes(StandardCharsets.US_ASCII));
			for (int i = 0; i < FRAMES; i++) {
				out.write("FRAME\n".getBytes(StandardCharsets.US_ASCII));
				out.write(planes);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return file;
	}

	/** The Y plane, then U and V at half resolution (each the average of a 2 × 2 block). */
	private static byte[] i420(BufferedImage frame) {
		int w = frame.getWidth();
		int h = frame.getHeight();
		byte[] yuv = new byte[w * h * 3 / 2];
		int u = w * h;
		int v = u + (w / 2) * (h / 2);
		for (int y = 0; y < h; y++) {
			for (int x = 0; x < w; x++) {
				int rgb = frame.getRGB(x, y);
				yuv[y * w + x] = clamp(0.299 * r(rgb) + 0.587 * g(rgb) + 0.114 * b(rgb));
			}
		}
		for (int y = 0; y < h; y += 2) {
			for (int x = 0; x < w; x += 2) {
				double r = 0;
				double g = 0;
				double b = 0;
				for (int[] d : new int[][] { { 0, 0 }, { 1, 0 }, { 0, 1 }, { 1, 1 } }) {
					int rgb = frame.getRGB(x + d[0], y + d[1]);
					r += r(rgb) / 4.0;
					g += g(rgb) / 4.0;
					b += b(rgb) / 4.0;
				}
				int i = (y / 2) * (w / 2) + x / 2;
				yuv[u + i] = clamp(128 - 0.168736 * r - 0.331264 * g + 0.5 * b);
				yuv[v + i] = clamp(128 + 0.5 * r - 0.418688 * g - 0.081312 * b);
			}
		}
		return yuv;
	}

	private static int r(int rgb) {
		return (rgb >> 16) & 0xff;
	}

	private static int g(int rgb) {
		return (rgb >> 8) & 0xff;
	}

	private static int b(int rgb) {
		return rgb & 0xff;
	}

	private static byte clamp(double value) {
		return (byte) Math.max(0, Math.min(255, Math.round(value)));
	}
}
