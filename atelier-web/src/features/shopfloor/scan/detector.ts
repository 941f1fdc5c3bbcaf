import zxingWasmUrl from 'zxing-wasm/reader/zxing_reader.wasm?url'

/** Reads the QR codes in what the camera shows. */
export interface QrDetector {
  /** True when the browser's own BarcodeDetector is used, false for the zxing-wasm polyfill. */
  readonly native: boolean
  detect(source: HTMLVideoElement): Promise<string[]>
}

interface DetectedBarcode {
  rawValue: string
}

interface BarcodeDetectorLike {
  detect(source: HTMLVideoElement): Promise<DetectedBarcode[]>
}

interface BarcodeDetectorClass {
  new (options: { formats: string[] }): BarcodeDetectorLike
  getSupportedFormats(): Promise<string[]>
}

/**
 * The browser's BarcodeDetector where it has one that reads QR codes (Chrome on Android, macOS, ChromeOS),
 * otherwise the `barcode-detector` polyfill, loaded only now, with its zxing-wasm binary served by Atelier itself:
 * Vite copies it into `assets/` with a hashed name, and `locateFile` points there instead of the package's default
 * CDN, so the scanner works in a factory without internet access.
 */
export async function createQrDetector(): Promise<QrDetector> {
  const Native = (globalThis as { BarcodeDetector?: BarcodeDetectorClass }).BarcodeDetector
  if (Native && (await nativeReadsQr(Native))) {
    return wrap(new Native({ formats: ['qr_code'] }), true)
  }
  const { BarcodeDetector, prepareZXingModule } = await import('barcode-detector/ponyfill')
  await prepareZXingModule({
    overrides: { locateFile: (path: string, prefix: string) => (path.endsWith('.wasm') ? zxingWasmUrl : prefix + path) },
    fireImmediately: true,
  })
  return wrap(new BarcodeDetector({ formats: ['qr_code'] }), false)
}

/** Where the polyfill's binary is served from (for the docs and tests). */
export const ZXING_WASM_URL = zxingWasmUrl

async function nativeReadsQr(Native: BarcodeDetectorClass): Promise<boolean> {
  try {
    return (await Native.getSupportedFormats()).includes('qr_code')
  } catch {
    return false
  }
}

function wrap(detector: BarcodeDetectorLike, native: boolean): QrDetector {
  return {
    native,
    detect: async (source) => (await detector.detect(source)).map((barcode) => barcode.rawValue),
  }
}
