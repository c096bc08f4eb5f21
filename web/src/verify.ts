// Verify a pack: a pharmacist types, pastes or scans a pack's GS1 element string and sees the
// verdict the runtime gives (`healthchain_verifyPack`), the product, the batch and the pack's
// custody from its EPCIS events (`healthchain_packEvents`). Read-only: no account, no signing.

import { byId, day, facts, h, load, moment, nodeFooter, nodeUrl, Organizations, pageLink, Problem, Rpc, short } from "./common";

type Expiry = { yymmdd: string; lastDay: string };
type Pack = {
  gtin: string;
  serial: string;
  lot: string;
  expiry: Expiry;
  status: string;
  decommissionReason: string | null;
  owner: number;
  inTransitTo: number | null;
  case: string | null;
  batchStatus: string;
  expired: boolean;
};
type Verification = {
  verdict: string;
  lotMatches: boolean | null;
  expiryMatches: boolean | null;
  pack: Pack | null;
  scanned: { gtin: string; serial: string; lot: string | null; expiry: Expiry | null };
};
type Product = { gtin: string; manufacturer: number; masterData: string; registeredAt: number };
type Batch = { lot: string; expiry: Expiry; status: string; commissioned: number; manufacturer: number };
type EpcisEvent = {
  type: string;
  bizStep: string;
  disposition: string;
  eventTime: string;
  readPoint: { id: string };
  parentID?: string;
  sourceList?: { source: string }[];
  destinationList?: { destination: string }[];
  "hc:reason"?: string;
  "hc:investigation"?: string;
  "hc:undo"?: boolean;
  "hc:batch"?: string;
};

/** What each verdict tells the person at the counter: a headline, what to do, and its tone. */
const VERDICTS: Record<string, { title: string; advice: string; tone: "ok" | "stop" | "warn" }> = {
  authentic: {
    title: "Authentic",
    advice: "The pack is genuine: commissioned by its maker, and not recalled, dispensed, expired or under investigation.",
    tone: "ok",
  },
  recalled: { title: "Recalled", advice: "Its batch has been recalled. Do not supply; quarantine the pack.", tone: "stop" },
  alreadyDispensed: {
    title: "Already dispensed",
    advice: "This serial number was already supplied to a patient: the pack in hand may be a copy. Do not supply.",
    tone: "stop",
  },
  suspect: { title: "Suspect", advice: "The pack is under investigation. Do not supply; quarantine it.", tone: "stop" },
  illegitimate: { title: "Illegitimate", advice: "A regulator declared this pack illegitimate. Do not supply.", tone: "stop" },
  unknown: {
    title: "Unknown",
    advice: "No pack with this product code and serial number was ever commissioned. Do not supply.",
    tone: "stop",
  },
  mismatch: {
    title: "Mismatch",
    advice: "The batch or expiry printed on the pack differs from what its maker recorded. Do not supply.",
    tone: "stop",
  },
  expired: { title: "Expired", advice: "The pack is past its expiry date. Do not supply.", tone: "warn" },
  decommissioned: { title: "Decommissioned", advice: "The pack was taken out of the supply chain. Do not supply.", tone: "stop" },
};

const STEPS: Record<string, string> = {
  commissioning: "Commissioned (serialised by its maker)",
  packing: "Packed into a shipping case",
  unpacking: "Taken out of its shipping case",
  shipping: "Shipped",
  receiving: "Received",
  void_shipping: "Shipment cancelled",
  dispensing: "Dispensed to a patient",
  destroying: "Destroyed",
  decommissioning: "Decommissioned",
  holding: "Held",
  inspecting: "Inspected",
};

/**
 * The element string to send to the node from what was typed, pasted or scanned: a scanner's
 * symbology prefix (`]d2`, `]C1`, `]Q3`) removed, and a GS1 Digital Link URI
 * (`https://id.gs1.org/01/…/21/…?10=…&17=…`) turned into its element string. Anything else goes
 * to the node as it is, which parses it and says what is wrong.
 */
export function normalise(input: string): string {
  let text = input.trim().replace(/^\](d2|C1|Q3|e0)/, "");
  if (/^https?:\/\//i.test(text)) {
    let url: URL;
    try {
      url = new URL(text);
    } catch {
      throw new Problem(`“${input.trim()}” is not a GS1 Digital Link address.`, "input");
    }
    const parts = url.pathname.split("/").filter(Boolean);
    const at = parts.indexOf("01");
    if (at < 0 || parts[at + 2] !== "21" || !parts[at + 3]) {
      throw new Problem(
        "That address is not a pack's GS1 Digital Link: it needs /01/<GTIN>/21/<serial>.",
        "input",
      );
    }
    text = `(01)${parts[at + 1]}(21)${decodeURIComponent(parts[at + 3])}`;
    const lot = url.searchParams.get("10");
    const expiry = url.searchParams.get("17");
    if (lot) text += `(10)${lot}`;
    if (expiry) text += `(17)${expiry}`;
  }
  if (!text) throw new Problem("Type, paste or scan the code on the pack first.", "input");
  return text;
}

const rpc = new Rpc(nodeUrl());
const organizations = new Organizations(rpc);
const form = byId<HTMLFormElement>("verify-form");
const input = byId<HTMLInputElement>("code");
const result = byId("result");

async function orgName(urn: string | undefined): Promise<string> {
  const id = Number(urn?.split(":").pop());
  return Number.isInteger(id) ? organizations.label(id) : "unknown party";
}

async function timeline(events: EpcisEvent[]): Promise<HTMLElement> {
  const items = await Promise.all(
    events.map(async (e) => {
      const step = e.bizStep.split("BizStep-").pop() ?? e.bizStep;
      const disposition = e.disposition.split("Disp-").pop() ?? "";
      let what = STEPS[step] ?? step;
      if (disposition === "recalled") what = `Batch ${e["hc:batch"] ?? ""} recalled`;
      if (e["hc:investigation"]) what = `Investigation: ${e["hc:investigation"]}`;
      if (e["hc:undo"]) what = "Last step undone";
      if (e["hc:reason"]) what += ` (${e["hc:reason"]})`;
      const by = await orgName(e.readPoint.id);
      const to = e.destinationList?.[0] ? ` to ${await orgName(e.destinationList[0].destination)}` : "";
      const from = e.sourceList?.[0] ? ` from ${await orgName(e.sourceList[0].source)}` : "";
      const parent = e.parentID ? ` (case ${e.parentID.split("/").pop()})` : "";
      return h(
        "li",
        { "data-step": step },
        h("time", { datetime: e.eventTime }, moment(e.eventTime)),
        h("span", { class: "what" }, `${what}${parent}`),
        h("span", { class: "who" }, `by ${by}${from}${to}`),
      );
    }),
  );
  return h("ol", { class: "timeline", "aria-label": "Custody of the pack, oldest first" }, ...items);
}

async function verify(code: string): Promise<Node[]> {
  const query = normalise(code);
  let v: Verification;
  try {
    v = await rpc.call<Verification>("healthchain_verifyPack", [query]);
  } catch (error) {
    if (error instanceof Problem && error.code === -32602) {
      throw new Problem(`That is not a pack code this page can read. ${error.message}`, "input");
    }
    throw error;
  }
  const meaning = VERDICTS[v.verdict] ?? { title: v.verdict, advice: "", tone: "stop" as const };
  const reason = v.pack?.decommissionReason ? ` (${v.pack.decommissionReason})` : "";
  const banner = h(
    "section",
    { class: `verdict verdict-${meaning.tone}`, "data-verdict": v.verdict },
    h("p", { class: "verdict-icon", "aria-hidden": "true" }, meaning.tone === "ok" ? "✔" : "✖"),
    h("h2", {}, meaning.title + reason),
    h("p", {}, meaning.advice),
    h("p", { class: "verdict-source" }, `Answer of the node at ${new URL(rpc.url).host}.`),
  );
  const scanned = `(01)${v.scanned.gtin}(21)${v.scanned.serial}`;
  const out: Node[] = [banner];
  if (!v.pack) {
    out.push(h("p", {}, `Scanned: ${scanned}`));
    return out;
  }
  const p = v.pack;
  // What an "authentic" verdict does not say: whether the pack reached whoever holds it now,
  // and whether the batch and expiry printed on it were compared at all.
  const notes: string[] = [];
  const holder = await organizations.label(p.owner);
  if (v.verdict === "authentic") {
    if (p.inTransitTo !== null) {
      notes.push(`It is recorded as shipped to ${await organizations.label(p.inTransitTo)} and not yet received: receive it into stock before supplying it.`);
    } else {
      const org = await organizations.get(p.owner);
      // The roles that may dispense (pallet-provenance `DISPENSING_ROLES`).
      const dispenses = org?.roles.some((r) => r.status === "active" && ["Pharmacy", "Hospital"].includes(r.role));
      if (!dispenses) notes.push(`It is recorded as held by ${holder}, which does not dispense: a pack in a pharmacy's hands should have been shipped to and received by it.`);
    }
  }
  if (v.lotMatches === null || v.expiryMatches === null) {
    notes.push("The code had no batch or no expiry, so they were not compared with the maker's record: check them on the pack by eye.");
  }
  if (notes.length) out.push(h("ul", { class: "notes", "aria-label": "Before supplying" }, ...notes.map((n) => h("li", {}, n))));
  const [product, batch, events] = await Promise.all([
    rpc.call<Product | null>("healthchain_product", [p.gtin]),
    rpc.call<Batch | null>("healthchain_drugBatch", [p.gtin, p.lot]),
    rpc.call<{ epcisBody: { eventList: EpcisEvent[] } } | null>("healthchain_packEvents", [p.gtin, p.serial]),
  ]);
  const mismatch = (ok: boolean | null) => (ok === false ? " — differs from the pack in hand" : "");
  const details = facts([
    ["Product (GTIN)", p.gtin],
    [
      "Maker",
      product ? h("a", { href: pageLink("audit.html", { org: String(product.manufacturer) }) }, await organizations.label(product.manufacturer)) : "unknown",
    ],
    ["Product data", product ? h("code", { title: product.masterData }, short(product.masterData)) : "—"],
    ["Serial number", p.serial],
    ["Batch (lot)", [p.lot + mismatch(v.lotMatches), batch?.status === "recalled" ? h("strong", {}, " — recalled") : ""]],
    ["Expiry", day(Date.parse(p.expiry.lastDay)) + (p.expired ? " — expired" : "") + mismatch(v.expiryMatches)],
    ["Status", [p.status, p.inTransitTo !== null ? ` to ${await organizations.label(p.inTransitTo)}` : ""]],
    ["Held by", holder],
  ]);
  out.push(h("h2", {}, "The pack"), details);
  out.push(h("h2", {}, "Custody"));
  out.push(events ? await timeline(events.epcisBody.eventList) : h("p", {}, "No events."));
  return out;
}

async function run(code: string): Promise<void> {
  const url = new URL(location.href);
  url.searchParams.set("pack", code);
  history.replaceState(null, "", url);
  await load(result, () => verify(code));
  // Focus stays in the code field, its text selected: the next scan (a scanner types like a
  // keyboard) or paste replaces it. The result is announced by #result's live region.
  input.select();
}

form.addEventListener("submit", (event) => {
  event.preventDefault();
  void run(input.value);
});

// Scanning: with the camera where the browser gives one, or from a photo of the code. The
// decoder (zxing-cpp compiled to WebAssembly) is loaded from this site, only when first needed.
const scanButton = byId<HTMLButtonElement>("scan-camera");
const photo = byId<HTMLInputElement>("scan-photo");
const scanStatus = byId("scan-status");
if (!navigator.mediaDevices?.getUserMedia) scanButton.hidden = true;

async function scanned(text: string | undefined): Promise<void> {
  if (!text) {
    scanStatus.textContent = "No GS1 DataMatrix, QR or barcode found. Try again, closer and steady, or type the code.";
    return;
  }
  scanStatus.textContent = "Code read.";
  input.value = text;
  await run(text);
}

photo.addEventListener("change", async () => {
  const file = photo.files?.[0];
  if (!file) return;
  scanStatus.textContent = "Reading the code in the photo…";
  try {
    const { readImage } = await import("./scan");
    await scanned(await readImage(file));
  } catch (error) {
    scanStatus.textContent = `The photo could not be read: ${error instanceof Error ? error.message : error}`;
  }
});

scanButton.addEventListener("click", async () => {
  const video = byId<HTMLVideoElement>("camera");
  scanStatus.textContent = "Starting the camera…";
  try {
    const { scanCamera } = await import("./scan");
    video.hidden = false;
    const text = await scanCamera(video, (message) => (scanStatus.textContent = message));
    video.hidden = true;
    await scanned(text);
  } catch (error) {
    video.hidden = true;
    scanStatus.textContent = `The camera could not be used: ${error instanceof Error ? error.message : error}. Type or paste the code instead.`;
  }
});

nodeFooter(rpc);
const initial = new URLSearchParams(location.search).get("pack");
if (initial) {
  input.value = initial;
  void run(initial);
}
