// The web pages in a real browser: Debian's Chromium driven by playwright-core, against a
// throw-away `healthchain-node --dev` and the built pages (web/dist) served from this process.
//
// The chain's state is made with polkadot-api (the same descriptors the pages use): a product
// with a fresh, a dispensed and a recalled pack; a record of //Charlie's, an emergency
// (break-glass) session on //Charlie and an access logged under it; a trial. The pages are then
// used as a pharmacist, a patient and an auditor would, and every outcome the page shows is
// checked against the node's own answer.
//
// Environment: HEALTHCHAIN_NODE (the node binary; scripts/env.sh sets it), HEALTHCHAIN_CHROMIUM
// (default /usr/bin/chromium), HEALTHCHAIN_WEB_SCREENSHOTS (a directory: keep screenshots and the
// measured page sizes and load times there; scripts/web-screenshots.sh points it at docs/web).

import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { once } from "node:events";
import { randomBytes } from "node:crypto";
import { mkdtemp, mkdir, readFile, rm, writeFile } from "node:fs/promises";
import { createServer } from "node:http";
import { createServer as createNetServer } from "node:net";
import { homedir, tmpdir } from "node:os";
import { dirname, extname, join, normalize, resolve } from "node:path";
import { after, before, describe, test } from "node:test";
import { fileURLToPath } from "node:url";
import { hc } from "@polkadot-api/descriptors";
import { sr25519CreateDerive } from "@polkadot-labs/hdkd";
import { blake2b256, DEV_PHRASE, entropyToMiniSecret, mnemonicToEntropy, ss58Address } from "@polkadot-labs/hdkd-helpers";
import { chromium } from "playwright-core";
import { prepareZXingModule, writeBarcode } from "zxing-wasm/writer";
import { createClient } from "polkadot-api";
import { getPolkadotSigner } from "polkadot-api/signer";
import { getWsProvider } from "polkadot-api/ws";
import WebSocket from "ws";

const WEB = resolve(fileURLToPath(import.meta.url), "../..");
const DIST = join(WEB, "dist");
const NODE_BINARY =
  process.env.HEALTHCHAIN_NODE ?? join(homedir(), ".cache/healthchain/target/testnet/healthchain-node");
const CHROMIUM = process.env.HEALTHCHAIN_CHROMIUM ?? "/usr/bin/chromium";
const SHOTS = process.env.HEALTHCHAIN_WEB_SCREENSHOTS;
// Headless, as root in CI (no sandbox), and quiet: no connections to Google's services, which
// this machine's network refuses.
const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

// The dev genesis (node/src/chain_spec.rs): organisation 0 //Dave (Hospital, Laboratory),
// 1 //Eve (Clinic), 3 //Alice//stash (Pharmacy), 4 //Bob//stash (Manufacturer),
// 6 //Dave//stash (TrialSponsor). //Charlie belongs to none: the patient.
const derive = sr25519CreateDerive(entropyToMiniSecret(mnemonicToEntropy(DEV_PHRASE)));
function key(path) {
  const pair = derive(path);
  return { pair, address: ss58Address(pair.publicKey, 42), signer: getPolkadotSigner(pair.publicKey, "Sr25519", pair.sign) };
}
const maker = key("//Bob//stash");
const pharmacy = key("//Alice//stash");
const hospital = key("//Dave");
const sponsor = key("//Dave//stash");
const patient = key("//Charlie");
const stranger = key("//Bob");
const guardian = key("//Ferdie");
// A patient with no tokens at all, whose fees the hospital sponsors, in a browser wallet.
const walletPatient = key("//HealthChainWebTestPatient");

const GTIN = "09501101530003";
const FRESH = `(01)${GTIN}(21)S1(10)L1(17)301231`;
const DISPENSED = `(01)${GTIN}(21)S2(10)L1(17)301231`;
const RECALLED = `(01)${GTIN}(21)R1(10)L2(17)301231`;
const text = (s) => new TextEncoder().encode(s);
const hex32 = () => `0x${randomBytes(32).toString("hex")}`;

let node; // { process, url, base }
let server; // the static server of web/dist
let site; // its address
let client; // polkadot-api, for the fixtures
let api;
let browser;
let record; // the record the access log names
let closedPort; // a port nothing listens on: an unreachable node
const measured = {};

function freePort() {
  return new Promise((ok, fail) => {
    const s = createNetServer().listen(0, "127.0.0.1", () => {
      const { port } = s.address();
      s.close(() => ok(port));
    });
    s.on("error", fail);
  });
}

async function startNode() {
  const [rpcPort, p2pPort] = [await freePort(), await freePort()];
  const base = await mkdtemp(join(tmpdir(), "healthchain-web-"));
  const child = spawn(
    NODE_BINARY,
    ["--dev", "--no-prometheus", "--no-telemetry", "--no-hardware-benchmarks", "--rpc-port", String(rpcPort), "--port", String(p2pPort), "--base-path", base],
    { stdio: ["ignore", "ignore", "pipe"] },
  );
  let log = "";
  await new Promise((ok, fail) => {
    const timer = setTimeout(() => fail(new Error(`the node did not start within 60 s:\n${log}`)), 60_000);
    child.on("error", (e) => fail(new Error(`cannot start ${NODE_BINARY}: ${e.message}`)));
    child.stderr.on("data", (chunk) => {
      log += chunk;
      if (log.includes("Running JSON-RPC server")) {
        clearTimeout(timer);
        ok();
      }
    });
  });
  return { process: child, url: `ws://127.0.0.1:${rpcPort}`, base };
}

const TYPES = { ".html": "text/html", ".js": "text/javascript", ".css": "text/css", ".wasm": "application/wasm", ".json": "application/json", ".png": "image/png" };

async function serveDist() {
  const s = createServer(async (req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url, "http://x").pathname)).replace(/^\/+/, "") || "index.html";
    try {
      const body = await readFile(join(DIST, path));
      res.writeHead(200, { "content-type": TYPES[extname(path)] ?? "application/octet-stream" });
      res.end(body);
    } catch {
      res.writeHead(404).end("not found");
    }
  });
  await new Promise((ok) => s.listen(0, "127.0.0.1", ok));
  return s;
}

/** Signs and submits `tx` as `who` with `nonce`; resolves once it is in a block, with its events. */
function send(tx, who, nonce) {
  return new Promise((ok, fail) => {
    const sub = tx.signSubmitAndWatch(who.signer, { nonce }).subscribe({
      next(e) {
        if (e.type === "txBestBlocksState" && e.found) {
          sub.unsubscribe();
          if (e.ok) ok(e);
          else fail(new Error(`refused: ${JSON.stringify(e.dispatchError, (_, v) => (typeof v === "bigint" ? String(v) : v))}`));
        }
      },
      error: fail,
    });
  });
}

async function rpc(method, params) {
  return client._request(method, params);
}

/**
 * Submits `[tx, who]` pairs at once, each sender's in the order given (consecutive nonces), and
 * waits for all: a handful of blocks instead of one per transaction.
 */
const nonces = new Map();
async function sendAll(pairs) {
  const signed = [];
  for (const [tx, who] of pairs) {
    const nonce = nonces.get(who.address) ?? (await rpc("system_accountNextIndex", [who.address]));
    nonces.set(who.address, nonce + 1);
    signed.push(send(tx, who, nonce));
  }
  return Promise.all(signed);
}

async function makeChainState() {
  const P = api.tx.Provenance;
  const gtin = BigInt(GTIN);
  const pack = (serial) => ({ gtin, serial: text(serial) });
  const now = BigInt(Date.now());
  const day = 86_400_000n;
  // First: the maker's product, batches, packs, recall and shipments to the pharmacy; the
  // hospital's record and emergency session on //Charlie; the sponsor's trial.
  const first = await sendAll([
    [P.register_product({ gtin, master_data: hex32() }), maker],
    [P.register_batch({ gtin, lot: text("L1"), expiry: 301231 }), maker],
    [P.commission({ gtin, lot: text("L1"), serials: [text("S1"), text("S2")] }), maker],
    [P.register_batch({ gtin, lot: text("L2"), expiry: 301231 }), maker],
    [P.commission({ gtin, lot: text("L2"), serials: [text("R1")] }), maker],
    [P.recall({ gtin, lot: text("L2") }), maker],
    [P.ship({ item: { type: "Pack", value: pack("S1") }, to: 3 }), maker],
    [P.ship({ item: { type: "Pack", value: pack("S2") }, to: 3 }), maker],
    [
      api.tx.Records.anchor({ local_id: hex32(), subject: patient.address, class: { type: "LabResults", value: undefined }, commitment: hex32() }),
      hospital,
    ],
    [api.tx.Consent.open_break_glass({ subject: patient.address, duration: 3_600_000n }), hospital],
    [api.tx.Sponsorship.sponsor({ account: walletPatient.address, allowance: 1_000_000_000_000n }), hospital],
    [api.tx.Consent.appoint_proxy({ proxy: guardian.address, kind: { type: "Guardian", value: undefined }, until: undefined }), patient],
    [api.tx.Trials.register({
      registration: {
        record: hex32(),
        phase: { type: "Phase2", value: undefined },
        study_type: { type: "Interventional", value: undefined },
        target_size: 120,
        first_enrolment: now + 30n * day,
        primary_completion: now + 365n * day,
        protocol: hex32(),
        sap: hex32(),
        primary_outcomes: [hex32()],
        secondary_outcomes: [],
        data_use: { classes: [{ type: "LabResults", value: undefined }], actions: [{ type: "Use", value: undefined }] },
      },
    }), sponsor],
  ]);
  record = api.event.Records.RecordAnchored.filter(first[8].events)[0].payload.record;
  assert.match(record, /^0x[0-9a-f]{64}$/);
  // Then: the pharmacy receives both packs and dispenses one; the hospital logs an access to the
  // record under its emergency session (session 0, the chain's first).
  await sendAll([
    [P.receive({ item: { type: "Pack", value: pack("S1") } }), pharmacy],
    [P.receive({ item: { type: "Pack", value: pack("S2") } }), pharmacy],
    [P.dispense({ pack: pack("S2") }), pharmacy],
    [
      api.tx.Records.log_access({ record, accessor: 0, purpose: { type: "EmergencyTreatment", value: undefined }, basis: { type: "BreakGlass", value: 0n } }),
      hospital,
    ],
  ]);
}

before(async () => {
  node = await startNode();
  closedPort = await freePort();
  server = await serveDist();
  site = `http://127.0.0.1:${server.address().port}`;
  client = createClient(getWsProvider(node.url, { websocketClass: WebSocket }));
  api = client.getTypedApi(hc);
  await makeChainState();
  browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  // zxing's writer, to print the packs' DataMatrix codes the scanning tests show the page; its
  // WebAssembly from the package, not the CDN it would fetch by default.
  await prepareZXingModule({
    overrides: { wasmBinary: await readFile(join(WEB, "node_modules/zxing-wasm/dist/writer/zxing_writer.wasm")) },
    fireImmediately: true,
  });
  if (SHOTS) await mkdir(SHOTS, { recursive: true });
});

after(async () => {
  await browser?.close();
  client?.destroy();
  server?.close();
  if (node) {
    // The node must be gone before its database is removed, or it writes into the directory
    // being deleted.
    const exited = node.process.exitCode !== null ? Promise.resolve() : once(node.process, "exit");
    node.process.kill();
    await exited;
    await rm(node.base, { recursive: true, force: true });
  }
  if (SHOTS && Object.keys(measured).length) {
    await writeFile(join(SHOTS, "measurements.json"), JSON.stringify(measured, null, 2) + "\n");
  }
});

// The transaction extensions, in the runtime's order, as a wallet receives their names
// (StorageWeightReclaim, which wraps the others, is listed last and adds no data).
const EXTENSIONS = [
  "CheckNonZeroSender",
  "CheckSpecVersion",
  "CheckTxVersion",
  "CheckGenesis",
  "CheckMortality",
  "CheckNonce",
  "CheckWeight",
  "ChargeTransactionPayment",
  "CheckMetadataHash",
  "StorageWeightReclaim",
];

/** SCALE compact encoding of a non-negative integer. */
function compact(value) {
  const n = BigInt(value);
  if (n < 1n << 6n) return Buffer.of(Number(n) << 2);
  if (n < 1n << 14n) return Buffer.from(Uint16Array.of((Number(n) << 2) | 1).buffer);
  if (n < 1n << 30n) return Buffer.from(Uint32Array.of(Number((n << 2n) | 2n)).buffer);
  const bytes = [];
  for (let rest = n; rest > 0n; rest >>= 8n) bytes.push(Number(rest & 0xffn));
  return Buffer.from([((bytes.length - 4) << 2) | 3, ...bytes]);
}

/**
 * What a Polkadot.js-style wallet does with the payload a page asks it to sign: the call, the
 * extensions' extra data (era, nonce, tip, metadata-hash mode) and their implicit data (spec and
 * transaction versions, genesis, the era's block, the metadata hash), hashed when longer than
 * 256 bytes, signed with sr25519 and returned as a `MultiSignature` (0x01 ‖ signature).
 */
function walletSign(payload) {
  if (JSON.stringify(payload.signedExtensions) !== JSON.stringify(EXTENSIONS)) {
    throw new Error(`the test wallet knows ${EXTENSIONS.join(", ")}, not ${payload.signedExtensions}`);
  }
  const hex = (h) => Buffer.from(h.slice(2), "hex");
  const u32 = (h) => Buffer.from(Uint32Array.of(Number(h)).buffer);
  const mode = payload.mode ?? 0;
  let bytes = Buffer.concat([
    hex(payload.method),
    hex(payload.era),
    compact(payload.nonce),
    compact(payload.tip),
    Buffer.of(mode),
    u32(payload.specVersion),
    u32(payload.transactionVersion),
    hex(payload.genesisHash),
    hex(payload.blockHash),
    mode ? Buffer.concat([Buffer.of(1), hex(payload.metadataHash)]) : Buffer.of(0),
  ]);
  if (bytes.length > 256) bytes = Buffer.from(blake2b256(bytes));
  return `0x01${Buffer.from(walletPatient.pair.sign(bytes)).toString("hex")}`;
}

/** Installs a wallet extension (`window.injectedWeb3`) holding `walletPatient`'s account. */
async function installWallet(page) {
  await page.exposeFunction("healthchainTestWalletSign", walletSign);
  await page.addInitScript((address) => {
    const account = { address, name: "Patient (test wallet)", type: "sr25519" };
    window.injectedWeb3 = {
      "test-wallet": {
        version: "1.0.0",
        enable: async () => ({
          accounts: { get: async () => [account], subscribe: (cb) => (cb([account]), () => {}) },
          signer: {
            signPayload: async (payload) => ({ id: 1, signature: await window.healthchainTestWalletSign(payload) }),
            signRaw: async () => {
              throw new Error("the test wallet signs transactions only");
            },
          },
        }),
      },
    };
  }, walletPatient.address);
}

/**
 * A fresh browser context (an empty cache), desktop or phone-sized, on `path`; `done()` checks
 * that the page threw nothing and loaded nothing from another origin, and closes it. `via`: the
 * browser to open it in (the camera test launches its own).
 */
async function open(path, { phone = false, wallet = false, via = browser } = {}) {
  const context = await via.newContext(
    phone ? { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 } : { viewport: { width: 1100, height: 900 } },
  );
  // The node this browser uses, as the form at the foot of the page keeps it.
  await context.addInitScript((url) => localStorage.setItem("healthchain.node", url), node.url);
  const page = await context.newPage();
  if (wallet) await installWallet(page);
  const bytes = { total: 0 };
  page.on("requestfinished", async (request) => {
    const sizes = await request.sizes().catch(() => null);
    if (sizes) bytes.total += sizes.responseBodySize;
  });
  const errors = [];
  page.on("pageerror", (e) => errors.push(e.message));
  // Everything the pages load comes from the site itself (no CDN), but the node's WebSocket.
  page.on("request", (request) => {
    const url = request.url();
    if (!url.startsWith(site) && !url.startsWith("data:")) errors.push(`loaded from elsewhere: ${url}`);
  });
  await page.goto(`${site}/${path}`);
  const done = async () => {
    await context.close();
    assert.deepEqual(errors, [], "no script error, nothing loaded from elsewhere");
  };
  return { page, context, bytes, errors, done };
}

async function shot(page, name) {
  if (SHOTS) await page.screenshot({ path: join(SHOTS, `${name}.png`), fullPage: true });
}

/** Size (bytes of every response) and the time from navigation to `ready` on a cold cache. */
async function measure(name, path, ready) {
  const { page, context, bytes } = await open(path);
  await page.waitForSelector(ready);
  const ms = await page.evaluate(() => performance.now());
  await page.waitForLoadState("networkidle");
  measured[name] = { bytes: bytes.total, readyMs: Math.round(ms) };
  await context.close();
  return measured[name];
}

/** Waits for the transaction's outcome on the consents page; its words. */
async function txOutcome(page) {
  const status = await page.waitForSelector("#tx-status:has-text('Done'), #tx-status:has(.problem)");
  return status.textContent();
}

async function verdictOf(page, code) {
  await page.fill("#code", code);
  await page.press("#code", "Enter");
  const banner = await page.waitForSelector(`[data-verdict]`);
  return banner.getAttribute("data-verdict");
}

describe("verify a pack", () => {
  test("a fresh pack is authentic, with its product, batch and custody", async () => {
    const { page, done } = await open("verify.html");
    assert.equal(await verdictOf(page, FRESH), "authentic");
    assert.match(await page.textContent(".verdict"), /Authentic/);
    assert.equal(await page.$(".notes"), null, "in the pharmacy's stock, batch and expiry compared: nothing to add");
    const facts = await page.textContent(".facts");
    assert.match(facts, new RegExp(GTIN));
    assert.match(facts, /Maker\s*Organisation 4 \(Manufacturer\)/);
    assert.match(facts, /Held by\s*Organisation 3 \(Pharmacy\)/);
    assert.match(facts, /31 December 2030/);
    const steps = await page.$$eval(".timeline li", (items) => items.map((li) => li.dataset.step));
    assert.deepEqual(steps, ["commissioning", "shipping", "receiving"]);
    const node = await rpc("healthchain_verifyPack", [FRESH]);
    assert.equal(node.verdict, "authentic", "the page shows the node's verdict");
    assert.equal(await page.evaluate(() => document.activeElement?.id), "code", "ready for the next scan");
    await shot(page, "verify-authentic");
    await done();
  });

  test("a dispensed pack says so, with its journey to the pharmacy", async () => {
    const { page, done } = await open("verify.html");
    assert.equal(await verdictOf(page, DISPENSED), "alreadyDispensed");
    assert.match(await page.textContent(".verdict"), /Already dispensed/);
    const steps = await page.$$eval(".timeline li", (items) => items.map((li) => li.dataset.step));
    assert.deepEqual(steps, ["commissioning", "shipping", "receiving", "dispensing"]);
    assert.match(await page.textContent(".timeline"), /Shipped.*to Organisation 3 \(Pharmacy\)/s);
    await done();
  });

  test("a recalled pack is refused, on a phone-sized screen", async () => {
    const { page, done } = await open("verify.html", { phone: true });
    assert.equal(await verdictOf(page, RECALLED), "recalled");
    assert.match(await page.textContent(".verdict"), /Recalled/);
    assert.match(await page.textContent(".timeline"), /Batch L2 recalled/);
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    assert.ok(width <= 390, `the page fits a 390 px screen (${width} px wide)`);
    await shot(page, "verify-recalled-phone");
    await done();
  });

  test("unknown and mismatched packs, and a code that is not GS1, in words", async () => {
    const { page, done } = await open("verify.html");
    assert.equal(await verdictOf(page, `(01)${GTIN}(21)NOPE`), "unknown");
    assert.equal(await verdictOf(page, `(01)${GTIN}(21)S1(10)L9`), "mismatch");
    await page.fill("#code", "hello, pack");
    await page.press("#code", "Enter");
    const problem = await page.waitForSelector(".problem[data-kind=input]");
    assert.match(await problem.textContent(), /not a pack code this page can read/);
    await page.fill("#code", "");
    await page.press("#code", "Enter");
    await page.waitForSelector(".problem >> text=Type, paste or scan");
    await shot(page, "verify-bad-code");
    await done();
  });

  test("a photo of the pack's DataMatrix, read by the decoder the site serves", async () => {
    // A GS1 DataMatrix, as on a pack: FNC1 first, element strings without brackets.
    const symbol = await writeBarcode(FRESH, { format: "DataMatrix", options: "gs1", scale: 8 });
    assert.equal(symbol.error, "");
    const png = join(await mkdtemp(join(tmpdir(), "healthchain-scan-")), "pack.png");
    await writeFile(png, Buffer.from(await symbol.image.arrayBuffer()));
    const { page, done } = await open("verify.html");
    await page.setInputFiles("#scan-photo", png);
    const banner = await page.waitForSelector("[data-verdict]");
    assert.equal(await banner.getAttribute("data-verdict"), "authentic");
    assert.equal(await page.inputValue("#code"), FRESH);
    await rm(dirname(png), { recursive: true });
    await done();
  });

  test("the camera: a fake camera showing the pack's DataMatrix", async () => {
    // Chromium's fake camera plays a Y4M file: one 640×480 frame, the symbol drawn 12 pixels a
    // module on white, so the page's camera loop (getUserMedia, frames into the decoder) runs
    // for real.
    const { symbol, error } = await writeBarcode(FRESH, { format: "DataMatrix", options: "gs1", scale: 1 });
    assert.equal(error, "");
    const [width, height, scale] = [640, 480, 12];
    const luma = Buffer.alloc(width * height, 255);
    const [left, top] = [(width - symbol.width * scale) >> 1, (height - symbol.height * scale) >> 1];
    for (let y = 0; y < symbol.height * scale; y++) {
      for (let x = 0; x < symbol.width * scale; x++) {
        luma[(top + y) * width + left + x] = symbol.data[Math.floor(y / scale) * symbol.width + Math.floor(x / scale)];
      }
    }
    const chroma = Buffer.alloc((width * height) / 2, 128);
    const dir = await mkdtemp(join(tmpdir(), "healthchain-camera-"));
    const video = join(dir, "pack.y4m");
    await writeFile(video, Buffer.concat([Buffer.from(`YUV4MPEG2 W${width} H${height} F10:1 Ip A1:1 C420jpeg\nFRAME\n`), luma, chroma]));
    const cameraBrowser = await chromium.launch({
      executablePath: CHROMIUM,
      args: [...CHROMIUM_ARGS, "--use-fake-ui-for-media-stream", "--use-fake-device-for-media-stream", `--use-file-for-fake-video-capture=${video}`],
    });
    try {
      const { page, done } = await open("verify.html", { via: cameraBrowser });
      await page.click("#scan-camera");
      const banner = await page.waitForSelector("[data-verdict]", { timeout: 20_000 });
      assert.equal(await banner.getAttribute("data-verdict"), "authentic");
      assert.equal(await page.inputValue("#code"), FRESH);
      assert.equal(await page.isHidden("#camera"), true, "the camera view closes once the code is read");
      assert.equal(await page.evaluate(() => document.querySelector("#camera").srcObject), null, "the camera is released");
      await done();
    } finally {
      await cameraBrowser.close();
      await rm(dir, { recursive: true, force: true });
    }
  });

  test("GS1 Digital Links, and a link to the verdict", async () => {
    const link = (query) => `verify.html?pack=${encodeURIComponent(`https://id.gs1.org/01/${GTIN}/21/S1${query}`)}`;
    let session = await open(link("?10=L1&17=301231"));
    assert.equal(await (await session.page.waitForSelector("[data-verdict]")).getAttribute("data-verdict"), "authentic");
    await session.done();
    // The lot in the link is compared: a wrong one is a mismatch.
    session = await open(link("?10=L9&17=301231"));
    assert.equal(await (await session.page.waitForSelector("[data-verdict]")).getAttribute("data-verdict"), "mismatch");
    await session.done();
    // Without batch and expiry, the page says they were not compared.
    session = await open(link(""));
    assert.equal(await (await session.page.waitForSelector("[data-verdict]")).getAttribute("data-verdict"), "authentic");
    assert.match(await session.page.textContent(".notes"), /not compared with the maker's record/);
    await session.done();
  });

  test("an unreachable node, in words", async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${site}/verify.html?node=${encodeURIComponent(`ws://127.0.0.1:${closedPort}`)}&pack=${encodeURIComponent(FRESH)}`);
    const problem = await page.waitForSelector(".problem[data-kind=unreachable]");
    assert.match(await problem.textContent(), /cannot be reached/);
    // A node named by the link, not the browser's own: the page says whose answers it shows.
    assert.match(await page.textContent("#node-notice"), /reads from the node named in its address/);
    await context.close();
  });
});

describe("my consents", () => {
  test("the access log, the emergency session and the guardian the test created", async () => {
    const { page, done } = await open(`consents.html?patient=${patient.address}`);
    const entry = await page.waitForSelector("#access-log li[data-position='0']");
    const words = await entry.textContent();
    assert.match(words, /Organisation 0 \(Hospital, Laboratory\) accessed your lab results for emergency treatment, in an emergency \(break-glass session 0\)/);
    const log = await rpc("healthchain_accessLog", [patient.address, 0, 10]);
    assert.equal(log.length, 1);
    assert.equal(log.entries[0].record, record);
    const session = await page.textContent("#sessions li[data-session='0']");
    assert.match(session, /open until .*justification due by/);
    assert.equal(await page.textContent("#proxies li"), `Guardian: ${guardian.address}`);
    await done();
  });

  test("grant and revoke a consent as a dev account", async () => {
    const { page, done } = await open("consents.html");
    await page.waitForSelector(`#account option[value='${patient.address}']`, { state: "attached" });
    await page.selectOption("#account", patient.address);
    await page.waitForSelector("#consents .empty");
    await page.waitForSelector("#grantee option[value='org:1']", { state: "attached" });
    await page.selectOption("#grantee", "org:1");
    await page.check("input[name=class][value=LabResults]");
    const nextYear = new Date().getUTCFullYear() + 1;
    await page.fill("#until", `${nextYear}-03-01`);
    // An impatient double click signs and sends one consent, not two.
    await page.dblclick("#grant-form button[type=submit]");
    assert.match(await txOutcome(page), /^Done: in block #\d+\.$/);
    const item = await page.waitForSelector("li[data-consent]");
    assert.equal(
      await item.$eval(".sentence", (p) => p.textContent),
      `Organisation 1 (Clinic) may read your lab results for your treatment until 1 March ${nextYear}.`,
    );
    const id = Number(await item.getAttribute("data-consent"));
    let onChain = await rpc("healthchain_consentsOf", [patient.address]);
    assert.deepEqual(
      onChain.map((c) => [c.id, c.status, c.grantee.organization, c.classes, c.purposes, c.actions]),
      [[id, "active", 1, ["LabResults"], ["Treatment"], ["Access"]]],
    );
    const decision = await rpc("healthchain_decide", [patient.address, 1, "Access", "LabResults", "Treatment", null]);
    assert.equal(decision.decision, "permit");
    await shot(page, "consents");

    await page.click(`button[data-revoke='${id}']`);
    await page.waitForSelector(`li[data-consent='${id}'] .badge[data-state=revoked]`);
    assert.match(await page.textContent(`li[data-consent='${id}']`), /Revoked on/);
    assert.equal(await page.$(`button[data-revoke='${id}']`), null, "a revoked consent has no revoke button");
    onChain = await rpc("healthchain_consentsOf", [patient.address]);
    assert.equal(onChain[0].status, "revoked");
    assert.equal((await rpc("healthchain_decide", [patient.address, 1, "Access", "LabResults", "Treatment", null])).decision, "notApplicable");
    // The page moves the keyboard once all of the patient's panels are shown again, which may be
    // after the consent's new badge: wait for it, and fail if it never comes.
    const focused = await page
      .waitForFunction((want) => document.activeElement?.dataset.consent === want, String(id), { timeout: 10_000 })
      .then(() => true, () => false);
    assert.ok(focused, `the keyboard stays on the consent (it is on ${await page.evaluate(() => document.activeElement?.outerHTML.slice(0, 80))})`);
    await done();
  });

  test("a patient without tokens accepts the hospital's offer and grants through a browser wallet; the hospital pays", async () => {
    const { page, done } = await open("consents.html", { wallet: true });
    await page.click("#connect-wallet");
    await page.waitForSelector("#wallet-status >> text=1 account(s) from test-wallet");
    await page.selectOption("#account", walletPatient.address);
    await page.waitForSelector("#consents .empty");
    // The hospital's offer waits; it pays nothing until the patient accepts it in the page.
    const offer = await page.waitForSelector("#fees li.offer");
    assert.match(await offer.textContent(), /Organisation 0 \(Hospital, Laboratory\) offers to pay this account's fees \(up to 1 HLTH a day\)\./);
    await page.click(`#fees button[data-accept='${hospital.address}']`);
    assert.match(await txOutcome(page), /^Done: in block #\d+\.$/);
    await page.waitForSelector("#fees p.sponsor >> text=pays this account's fees");
    assert.equal(await page.locator("#fees li.offer").count(), 0);
    await page.waitForSelector("#grantee option[value='org:0']", { state: "attached" });
    await page.selectOption("#grantee", "org:0");
    await page.check("input[name=class][value=Medications]");
    await page.click("#grant-form button[type=submit]");
    assert.match(await txOutcome(page), /^Done: in block #\d+\.$/);
    assert.equal(
      await page.textContent("li[data-consent] .sentence"),
      "Organisation 0 (Hospital, Laboratory) may read your medications for your treatment.",
    );
    const [consent] = await rpc("healthchain_consentsOf", [walletPatient.address]);
    assert.deepEqual([consent.grantor, consent.status, consent.classes], [walletPatient.address, "active", ["Medications"]]);
    const account = await api.query.System.Account.getValue(walletPatient.address);
    assert.equal(account.data.free, 0n, "the patient holds no tokens: the sponsor paid the fee and the deposit");
    await done();
  });

  test("a refused transaction and an incomplete form, in words", async () => {
    const { page, done } = await open("consents.html");
    await page.waitForSelector(`#account option[value='${stranger.address}']`, { state: "attached" });
    await page.selectOption("#account", stranger.address);
    // //Bob acting for //Charlie, whose proxy he is not.
    await page.fill("#patient", patient.address);
    await page.click("#patient-form button[type=submit]");
    await page.waitForSelector("#grantee option[value='org:1']", { state: "attached" });
    await page.click("#grant-form button[type=submit]");
    const incomplete = await page.waitForSelector("#tx-status .problem[data-kind=input]");
    assert.match(await incomplete.textContent(), /Choose who it is for, which records/);
    await page.selectOption("#grantee", "org:1");
    await page.check("input[name=class][value=Imaging]");
    await page.click("#grant-form button[type=submit]");
    const refused = await page.waitForSelector("#tx-status .problem[data-kind=refused]");
    assert.match(await refused.textContent(), /Consent\.NotAuthorized: The caller may not do this/);
    const onChain = await rpc("healthchain_consentsOf", [patient.address]);
    assert.ok(onChain.every((c) => !c.classes.includes("Imaging")), "nothing was granted");
    await shot(page, "consents-refused");
    await done();
  });

  test("an unreachable node, in words", async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${site}/consents.html?node=${encodeURIComponent(`ws://127.0.0.1:${closedPort}`)}`);
    const problem = await page.waitForSelector("#consents .problem[data-kind=unreachable]");
    assert.match(await problem.textContent(), /cannot be reached/);
    await context.close();
  });
});

describe("audit", () => {
  test("an organisation, a trial and a record, each at its own address", async () => {
    const { page, done } = await open("audit.html?org=4");
    await page.waitForSelector("li[data-role=Manufacturer]");
    assert.match(await page.textContent("#result"), /Organisation 4/);

    await page.fill("#trial-id", "0");
    await page.click("#trial-form button[type=submit]");
    await page.waitForSelector("#result >> text=Trial 0");
    const trial = await page.textContent("#result");
    assert.match(trial, /Organisation 6 \(Trial sponsor\)/);
    assert.match(trial, /phase 2/);
    assert.match(trial, /not yet recruiting/);
    assert.match(page.url(), /[?&]trial=0/);
    await shot(page, "audit-trial");

    await page.fill("#record-id", record);
    await page.click("#record-form button[type=submit]");
    await page.waitForSelector("#result li[data-version='1']");
    assert.match(await page.textContent("#result"), /lab results/);
    const linked = await page.context().newPage();
    await linked.goto(page.url());
    await linked.waitForSelector("#result li[data-version='1']");
    await done();
  });

  test("what is not there, and what is not an id, in words", async () => {
    const { page, done } = await open("audit.html?org=99");
    assert.match(await (await page.waitForSelector(".problem")).textContent(), /There is no organisation 99/);
    await page.fill("#record-id", "0x12");
    await page.click("#record-form button[type=submit]");
    await page.waitForSelector(".problem >> text=is not a record id");
    await page.fill("#trial-id", "first");
    await page.click("#trial-form button[type=submit]");
    await page.waitForSelector(".problem >> text=is not a trial id");
    await done();
  });
});

describe("accessibility", () => {
  // axe-core (Deque's rules engine) run inside each page in the state a person sees it, for the
  // WCAG 2.0/2.1 level A and AA rules it can check: names and labels, contrast, landmarks,
  // headings, ARIA. What it cannot check (keyboard order, wording) the other tests exercise.
  test("axe-core finds no WCAG 2 A or AA violation on any page", async (t) => {
    for (const [name, path, ready] of [
      ["index", "index.html", "#node-status >> text=connected"],
      ["verify (a verdict)", `verify.html?pack=${encodeURIComponent(FRESH)}`, ".timeline li"],
      ["verify (a recalled pack)", `verify.html?pack=${encodeURIComponent(RECALLED)}`, ".timeline li"],
      ["verify (a bad code)", `verify.html?pack=${encodeURIComponent("hello")}`, ".problem"],
      ["consents", `consents.html?patient=${patient.address}`, "#access-log li"],
      ["audit (a trial)", "audit.html?trial=0", "#result >> text=Amendments"],
      ["audit (a record)", `audit.html?record=${record}`, "#result li[data-version='1']"],
    ]) {
      const { page, done } = await open(path);
      await page.waitForSelector(ready);
      await page.addScriptTag({ path: join(WEB, "node_modules/axe-core/axe.min.js") });
      const { violations, passes } = await page.evaluate(() =>
        window.axe.run(document, { runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] } }),
      );
      const found = violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
      assert.deepEqual(found, [], `${name}: ${found.join("; ")}`);
      t.diagnostic(`${name}: ${passes.length} rules passed, none violated`);
      await done();
    }
    // The check can fail: the verify page with its code field's label taken away.
    const { page, done } = await open("verify.html");
    await page.evaluate(() => document.querySelector("label[for=code]").remove());
    await page.addScriptTag({ path: join(WEB, "node_modules/axe-core/axe.min.js") });
    const ids = await page.evaluate(async () => (await window.axe.run(document, { runOnly: { type: "tag", values: ["wcag2a"] } })).violations.map((v) => v.id));
    assert.ok(ids.includes("label"), `an unlabelled field is found (${ids})`);
    await done();
  });
});

describe("size and load time (cold cache, this machine)", () => {
  // Reported, not asserted: times. Asserted: what a first visit loads stays small — the barcode
  // reader (~1 MB) and polkadot-api with the chain's metadata (~0.5 MB) load only when used.
  test("each page", async (t) => {
    for (const [name, path, ready, budget] of [
      ["index", "index.html", "#node-status >> text=connected", 30_000],
      ["verify", `verify.html?pack=${encodeURIComponent(FRESH)}`, ".timeline li", 40_000],
      ["consents", `consents.html?patient=${patient.address}`, "#access-log li", 200_000],
      ["audit", "audit.html?trial=0", "#result >> text=Amendments", 40_000],
    ]) {
      const m = await measure(name, path, ready);
      t.diagnostic(`${name}: ${m.bytes} bytes, ready in ${m.readyMs} ms`);
      assert.ok(m.bytes > 5_000 && m.bytes < budget, `${name}: ${m.bytes} bytes, budget ${budget}`);
    }
  });
});
