// The three pages (and the index linking them) are separate entry points, so a pharmacist's
// phone loads the verifier's code only; code they share is split into shared chunks.
import { resolve } from "node:path";
import { defineConfig } from "vite";

const page = (name: string) => resolve(import.meta.dirname, `${name}.html`);

export default defineConfig({
  // Relative asset addresses: the pages work wherever they are served from (a sub-path, a file
  // server of the operator's choosing), not only at the root.
  base: "./",
  build: {
    target: "es2022",
    outDir: "dist",
    emptyOutDir: true,
    // The barcode reader's WebAssembly (~950 kB, loaded only when a pack is scanned) is served
    // from the same origin as the pages, never from a CDN.
    assetsInlineLimit: 0,
    rollupOptions: {
      input: {
        index: page("index"),
        verify: page("verify"),
        consents: page("consents"),
        audit: page("audit"),
      },
    },
  },
  preview: { host: "127.0.0.1", strictPort: true },
});
