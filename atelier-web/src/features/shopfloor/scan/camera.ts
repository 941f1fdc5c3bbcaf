/** Why the camera could not be used, as the key of its message under `shopfloor.scan.errors`. */
export type CameraError = 'cameraDenied' | 'noCamera' | 'cameraUnavailable'

/** The back camera where there is one (a phone held in one hand points it at the card), any camera otherwise. */
export async function openCamera(): Promise<MediaStream> {
  if (!navigator.mediaDevices?.getUserMedia) {
    // Browsers offer cameras only to secure pages: HTTPS, or localhost.
    throw new CameraUnavailable('cameraUnavailable')
  }
  try {
    return await navigator.mediaDevices.getUserMedia({
      audio: false,
      video: { facingMode: { ideal: 'environment' }, width: { ideal: 1280 }, height: { ideal: 720 } },
    })
  } catch (error) {
    throw new CameraUnavailable(cameraErrorOf(error))
  }
}

export class CameraUnavailable extends Error {
  constructor(readonly reason: CameraError) {
    super(reason)
    this.name = 'CameraUnavailable'
  }
}

export function cameraErrorOf(error: unknown): CameraError {
  const name = error instanceof Error || (typeof DOMException !== 'undefined' && error instanceof DOMException) ? error.name : ''
  if (name === 'NotAllowedError' || name === 'SecurityError' || name === 'PermissionDeniedError') return 'cameraDenied'
  if (name === 'NotFoundError' || name === 'OverconstrainedError' || name === 'DevicesNotFoundError') return 'noCamera'
  return 'cameraUnavailable'
}

/** The flash light of the camera, where the browser can switch it (Chrome on Android). */
export interface Torch {
  set(on: boolean): Promise<void>
}

export function torchOf(stream: MediaStream): Torch | undefined {
  const track = stream.getVideoTracks()[0]
  const capabilities = track?.getCapabilities?.() as (MediaTrackCapabilities & { torch?: boolean }) | undefined
  if (!track || !capabilities?.torch) return undefined
  return {
    set: (on) => track.applyConstraints({ advanced: [{ torch: on } as MediaTrackConstraintSet] }),
  }
}

export function stopCamera(stream: MediaStream | undefined): void {
  stream?.getTracks().forEach((track) => track.stop())
}
