// Reading a pack's code from a photo or the camera with zxing-cpp compiled to WebAssembly
// (zxing-wasm). Loaded by the verify page only when a scan is asked for; the decoder's
// WebAssembly is served by this site (Vite copies it into the build), never fetched from a CDN.

import { prepareZXingModule, readBarcodes, type ReaderOptions } from "zxing-wasm/reader";
import wasmUrl from "zxing-wasm/reader/zxing_reader.wasm?url";

prepareZXingModule({
  overrides: {
    locateFile: (path: string, prefix: string) => (path.endsWith(".wasm") ? wasmUrl : prefix + path),
  },
});

// Medicine packs carry a GS1 DataMatrix (EU FMD, DSCSA); GS1 QR codes and GS1-128 also occur.
// Text in GS1 "human readable" form: "(01)…(21)…(10)…(17)…", as the node reads it.
const OPTIONS: ReaderOptions = {
  formats: ["DataMatrix", "QRCode", "Code128", "DataBarExp"],
  tryHarder: true,
  maxNumberOfSymbols: 1,
};

/** The text of the first code found in an image file, or `undefined` if there is none. */
export async function readImage(file: Blob): Promise<string | undefined> {
  const results = await readBarcodes(file, OPTIONS);
  return results.find((r) => r.isValid)?.text;
}

/**
 * Shows the camera in `video` and reads frames until a code is found (its text), 30 s pass or the
 * page is hidden (`undefined`). The camera is released in every case.
 */
export async function scanCamera(
  video: HTMLVideoElement,
  status: (message: string) => void,
): Promise<string | undefined> {
  const stream = await navigator.mediaDevices.getUserMedia({
    video: { facingMode: "environment", width: { ideal: 1280 } },
    audio: false,
  });
  try {
    video.srcObject = stream;
    await video.play();
    status("Hold the code in front of the camera…");
    const canvas = document.createElement("canvas");
    const context = canvas.getContext("2d", { willReadFrequently: true });
    if (!context) throw new Error("this browser cannot read camera frames");
    const deadline = Date.now() + 30_000;
    while (Date.now() < deadline && !document.hidden) {
      if (video.videoWidth > 0) {
        canvas.width = video.videoWidth;
        canvas.height = video.videoHeight;
        context.drawImage(video, 0, 0);
        const frame = context.getImageData(0, 0, canvas.width, canvas.height);
        const found = (await readBarcodes(frame, OPTIONS)).find((r) => r.isValid);
        if (found) return found.text;
      }
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
    return undefined;
  } finally {
    for (const track of stream.getTracks()) track.stop();
    video.srcObject = null;
  }
}
