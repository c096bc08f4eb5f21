// What every page shares: which node it talks to, a small JSON-RPC client for the
// `healthchain_*` queries, errors in words, organisation labels, dates, and DOM helpers.
//
// The pages read the chain through the node's `healthchain_*` methods (the answers documented in
// docs/pallets/*.md); only the patient page, which signs transactions, loads polkadot-api.

import "./style.css";

/** The node the pages use when none is chosen: the dev node of `scripts/run-dev.sh`. */
export const DEFAULT_NODE = "ws://127.0.0.1:9944";
const NODE_KEY = "healthchain.node";

/**
 * The node's WebSocket address: `?node=` in the page's address (so a link can name it), else the
 * one chosen earlier on this browser, else the one the pages were built for (`scripts/web.sh
 * --node`, which builds with `VITE_HEALTHCHAIN_NODE`), else the dev node.
 */
export function nodeUrl(): string {
  return new URLSearchParams(location.search).get("node") || chosenNodeUrl();
}

/** The node this browser was told to use (the form at the foot), or the site's default. */
function chosenNodeUrl(): string {
  return safeStorage()?.getItem(NODE_KEY) || import.meta.env.VITE_HEALTHCHAIN_NODE || DEFAULT_NODE;
}

function safeStorage(): Storage | undefined {
  try {
    return window.localStorage;
  } catch {
    return undefined;
  }
}

/** Whether `url` is a WebSocket address a browser can open. */
export function isNodeUrl(url: string): boolean {
  try {
    const u = new URL(url);
    return u.protocol === "ws:" || u.protocol === "wss:";
  } catch {
    return false;
  }
}

/** A failure the page shows as it is: its message is already in words for the reader. */
export class Problem extends Error {
  constructor(
    message: string,
    /** `unreachable`, `input`, `refused`, `node`: what kind of failure, for styling and tests. */
    readonly kind: "unreachable" | "input" | "refused" | "node",
    /** The JSON-RPC error code, when the node refused a request (-32602: invalid parameters). */
    readonly code?: number,
  ) {
    super(message);
  }
}

type Pending = { resolve: (v: unknown) => void; reject: (e: Error) => void; timer: number };

/**
 * One WebSocket to the node, opened on first use, for JSON-RPC requests. Every failure becomes a
 * {@link Problem}: the node unreachable or gone, a request refused (its message from the node),
 * or no answer within the time limit.
 */
export class Rpc {
  private socket?: Promise<WebSocket>;
  private pending = new Map<number, Pending>();
  private nextId = 1;

  constructor(
    readonly url: string,
    private readonly timeoutMs = 15_000,
  ) {}

  private unreachable(): Problem {
    return new Problem(
      `The node at ${this.url} cannot be reached. Check that it is running and that the address ` +
        "is right (change it under “Node” at the foot of the page).",
      "unreachable",
    );
  }

  private connect(): Promise<WebSocket> {
    if (this.socket) return this.socket;
    this.socket = new Promise<WebSocket>((resolve, reject) => {
      if (!isNodeUrl(this.url)) {
        reject(
          new Problem(
            `“${this.url}” is not a node address: it starts with ws:// or wss://.`,
            "input",
          ),
        );
        return;
      }
      let ws: WebSocket;
      try {
        ws = new WebSocket(this.url);
      } catch {
        reject(this.unreachable());
        return;
      }
      ws.onopen = () => resolve(ws);
      ws.onerror = () => reject(this.unreachable());
      ws.onclose = () => {
        this.socket = undefined;
        for (const [id, p] of this.pending) {
          clearTimeout(p.timer);
          p.reject(this.unreachable());
          this.pending.delete(id);
        }
      };
      ws.onmessage = (event) => {
        let message: { id?: number; result?: unknown; error?: { code?: number; message?: string } };
        try {
          message = JSON.parse(String(event.data));
        } catch {
          return;
        }
        const p = message.id === undefined ? undefined : this.pending.get(message.id);
        if (!p || message.id === undefined) return;
        this.pending.delete(message.id);
        clearTimeout(p.timer);
        if (message.error) {
          p.reject(new Problem(message.error.message ?? "The node refused the request.", "node", message.error.code));
        } else {
          p.resolve(message.result);
        }
      };
    });
    this.socket.catch(() => (this.socket = undefined));
    return this.socket;
  }

  /** Calls `method` with `params`; the node's answer, or a {@link Problem}. */
  async call<T>(method: string, params: unknown[] = []): Promise<T> {
    const ws = await this.connect();
    const id = this.nextId++;
    return new Promise<T>((resolve, reject) => {
      const timer = window.setTimeout(() => {
        this.pending.delete(id);
        reject(
          new Problem(`The node at ${this.url} did not answer within ${this.timeoutMs / 1000} s.`, "unreachable"),
        );
      }, this.timeoutMs);
      this.pending.set(id, { resolve: resolve as (v: unknown) => void, reject, timer });
      ws.send(JSON.stringify({ jsonrpc: "2.0", id, method, params }));
    });
  }
}

/** An organisation as `healthchain_organization` answers. */
export type Organization = {
  id: number;
  roles: { role: string; status: string }[];
  credentials: string;
  members: { account: string; isAdmin: boolean }[];
  created: number;
  updated: number;
};

/** Organisation profiles, fetched once per page. */
export class Organizations {
  private cache = new Map<number, Promise<Organization | null>>();

  constructor(private readonly rpc: Rpc) {}

  get(id: number): Promise<Organization | null> {
    let found = this.cache.get(id);
    if (!found) {
      found = this.rpc.call<Organization | null>("healthchain_organization", [id]);
      found.catch(() => this.cache.delete(id));
      this.cache.set(id, found);
    }
    return found;
  }

  /** "Organisation 1 (Clinic)": the chain holds no names, only ids and roles. */
  async label(id: number): Promise<string> {
    const org = await this.get(id).catch(() => null);
    const roles = org?.roles.filter((r) => r.status === "active").map((r) => roleWord(r.role));
    return roles?.length ? `Organisation ${id} (${roles.join(", ")})` : `Organisation ${id}`;
  }

  /**
   * Every organisation, in id order: ids are given in order and never reused, but a removed
   * organisation leaves a gap, so the list ends after 16 missing ids in a row (or at `limit`).
   */
  async all(limit = 1024): Promise<Organization[]> {
    const out: Organization[] = [];
    const batch = 16;
    for (let first = 0; first < limit; first += batch) {
      const ids = Array.from({ length: batch }, (_, i) => first + i);
      const found = await Promise.all(ids.map((id) => this.get(id)));
      if (found.every((org) => org === null)) break;
      for (const org of found) if (org) out.push(org);
    }
    return out;
  }
}

const ROLE_WORDS: Record<string, string> = {
  Hospital: "Hospital",
  Clinic: "Clinic",
  Laboratory: "Laboratory",
  Pharmacy: "Pharmacy",
  Manufacturer: "Manufacturer",
  Wholesaler: "Wholesaler",
  TrialSponsor: "Trial sponsor",
  EthicsCommittee: "Ethics committee",
  Regulator: "Regulator",
  Insurer: "Insurer",
};

/** A role's name for people: "TrialSponsor" → "Trial sponsor". */
export function roleWord(role: string): string {
  return ROLE_WORDS[role] ?? role;
}

const DATE = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" });
const DATE_TIME = new Intl.DateTimeFormat("en-GB", {
  day: "numeric",
  month: "short",
  year: "numeric",
  hour: "2-digit",
  minute: "2-digit",
  timeZone: "UTC",
  timeZoneName: "short",
});

/** "1 March 2027" from a time in milliseconds (UTC: the chain's times are UTC). */
export function day(ms: number): string {
  return DATE.format(new Date(ms));
}

/** "2 Dec 2026, 14:03 UTC" from a time in milliseconds or an ISO 8601 string. */
export function moment(t: number | string): string {
  return DATE_TIME.format(new Date(t));
}

/** "0x1234…abcd": a long hex value, shortened for reading (the whole value in its title). */
export function short(hex: string, keep = 6): string {
  return hex.length > 2 * keep + 3 ? `${hex.slice(0, keep + 2)}…${hex.slice(-keep)}` : hex;
}

type Child = Node | string | number | null | undefined | false;

/** Creates an element: `h("p", { class: "x" }, "text", child)`. */
export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes: Record<string, string | boolean | undefined> = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === undefined || value === false) continue;
    el.setAttribute(name, value === true ? "" : value);
  }
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    el.append(child instanceof Node ? child : String(child));
  }
  return el;
}

/** A term–value list (`<dl class="facts">`); a value may be several parts. */
export function facts(rows: [string, Child | Child[]][]): HTMLElement {
  return h(
    "dl",
    { class: "facts" },
    ...rows.flatMap(([term, value]) => [h("dt", {}, term), h("dd", {}, ...(Array.isArray(value) ? value : [value]))]),
  );
}

/** The element with `id`, which the page's HTML must have. */
export function byId<T extends HTMLElement = HTMLElement>(id: string): T {
  const el = document.getElementById(id);
  if (!el) throw new Error(`the page has no #${id}`);
  return el as T;
}

/** Replaces `target`'s content with an error message in words (announced to screen readers). */
export function showProblem(target: HTMLElement, error: unknown): void {
  const message = error instanceof Error ? error.message : String(error);
  const kind = error instanceof Problem ? error.kind : "node";
  target.replaceChildren(
    h("div", { class: `problem problem-${kind}`, role: "alert", "data-kind": kind }, message),
  );
}

const generations = new WeakMap<HTMLElement, number>();

/**
 * Shows "Loading…" in `target` while `work` runs, then its result or its error in words. When
 * `load` is called on the same target again before `work` ends, the older result is dropped:
 * a slow answer about the previous pack or patient never replaces the newer one.
 */
export async function load(target: HTMLElement, work: () => Promise<Node | Node[]>): Promise<boolean> {
  const generation = (generations.get(target) ?? 0) + 1;
  generations.set(target, generation);
  const current = () => generations.get(target) === generation;
  target.setAttribute("aria-busy", "true");
  target.replaceChildren(h("p", { class: "loading" }, "Loading…"));
  try {
    const out = await work();
    if (!current()) return false;
    target.replaceChildren(...(Array.isArray(out) ? out : [out]));
    return true;
  } catch (error) {
    if (current()) showProblem(target, error);
    return false;
  } finally {
    if (current()) target.removeAttribute("aria-busy");
  }
}

/**
 * Whether this page talks to a node its address named, other than this browser's own choice:
 * what it shows comes from a node the reader did not choose, and the consents page will not
 * sign against it.
 */
export function nodeFromLink(): boolean {
  return nodeUrl() !== chosenNodeUrl();
}

/**
 * The page's foot: which node it talks to, with a form to change it (kept on this browser), and
 * whether the node answers.
 */
export function nodeFooter(rpc: Rpc): void {
  const footer = byId("node");
  const input = h("input", {
    id: "node-url",
    name: "node",
    type: "url",
    value: rpc.url,
    autocomplete: "url",
    spellcheck: "false",
  });
  const status = h("span", { id: "node-status", "aria-live": "polite" }, "…");
  const form = h(
    "form",
    { class: "node-form" },
    h("label", { for: "node-url" }, "Node"),
    input,
    h("button", { type: "submit" }, "Use this node"),
    status,
  );
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    const url = input.value.trim();
    if (!isNodeUrl(url)) {
      status.textContent = `“${url}” is not a node address: it starts with ws:// or wss://.`;
      return;
    }
    safeStorage()?.setItem(NODE_KEY, url);
    const next = new URL(location.href);
    next.searchParams.set("node", url);
    location.assign(next.toString());
  });
  footer.replaceChildren(form);
  // A link can name any node, and a node can answer anything: say so when a link chose a node
  // other than this browser's, so a forged link cannot pass off a stranger's node's verdicts.
  if (nodeFromLink()) {
    byId("main").prepend(
      h(
        "p",
        { class: "notice", id: "node-notice", role: "note" },
        `This page reads from the node named in its address, ${rpc.url}, not this browser's usual one (${chosenNodeUrl()}). `,
        "What it shows comes from that node: trust it only if you trust the node.",
      ),
    );
  }
  rpc
    .call<string>("system_chain")
    .then((chain) => (status.textContent = `connected: ${chain}`))
    .catch(() => (status.textContent = "not reachable"));
}

/** The address of another page of this site, keeping the chosen node. */
export function pageLink(page: string, params: Record<string, string> = {}): string {
  const url = new URL(page, location.href);
  const node = new URLSearchParams(location.search).get("node");
  if (node) url.searchParams.set("node", node);
  for (const [k, v] of Object.entries(params)) url.searchParams.set(k, v);
  return url.pathname.split("/").pop() + url.search;
}
