// My consents: a patient (or their guardian or legal representative) sees their consents in
// words, grants and revokes them, sees their proxies, who accessed their records on which basis,
// and the emergency (break-glass) sessions opened on them with their justification state; the
// account that signs sees who pays its fees, and accepts a provider's offer to pay them.
//
// Reads use the node's `healthchain_*` methods; grants and revokes are signed in the browser with
// a wallet extension (the injected-accounts standard) or, on a dev chain only, a dev account, and
// submitted with polkadot-api.

import { byId, day, h, load, moment, nodeFooter, nodeFromLink, nodeUrl, Organizations, Problem, Rpc, roleWord, short, showProblem } from "./common";
import type { Account } from "./tx";
import { ACTIONS, type Consent, classWord, GRANTABLE_CLASSES, granteeText, PURPOSES, purposeWord, sentence, stateText } from "./words";

type AccessEntry = {
  position: number;
  record: string;
  accessor: number;
  custodian: number;
  purpose: string;
  basis: { consent: number } | { breakGlass: number };
  at: number;
  block: number;
};
type Session = {
  id: number;
  subject: string;
  organization: number;
  openedBy: string;
  openedAt: number;
  expiresAt: number;
  justificationDue: number;
  justification: string | null;
  open: boolean;
  overdue: boolean;
  flagged: boolean;
};
type Proxy = { proxy: string; kind: "guardian" | "legalRepresentative"; until: number | null };

const ROLES = ["Hospital", "Clinic", "Laboratory", "Pharmacy", "Insurer", "TrialSponsor"];

const url = nodeUrl();
const rpc = new Rpc(url);
const organizations = new Organizations(rpc);
const accounts = new Map<string, Account>();
const accountSelect = byId<HTMLSelectElement>("account");
const patientInput = byId<HTMLInputElement>("patient");
const walletStatus = byId("wallet-status");
const txStatus = byId("tx-status");
const grantForm = byId<HTMLFormElement>("grant-form");

function currentAccount(): Account {
  const account = accounts.get(accountSelect.value);
  if (!account) throw new Problem("Choose who you are first (a wallet account, or a dev account on a dev chain).", "input");
  return account;
}

function patient(): string {
  const value = patientInput.value.trim();
  if (!value) throw new Problem("Choose an account, or type the patient's address.", "input");
  return value;
}

function addAccounts(list: Account[]): void {
  for (const account of list) {
    if (accounts.has(account.address)) continue;
    accounts.set(account.address, account);
    accountSelect.append(h("option", { value: account.address }, `${account.name} — ${short(account.address, 5)} (${account.source})`));
  }
}

async function connectWallets(): Promise<void> {
  const { connectInjectedExtension, getInjectedExtensions } = await import("polkadot-api/pjs-signer");
  const names = getInjectedExtensions();
  if (names.length === 0) {
    walletStatus.textContent =
      "No browser wallet found. Install one that follows the injected-accounts standard (Polkadot.js, Talisman, SubWallet), then reload.";
    return;
  }
  let found = 0;
  for (const name of names) {
    try {
      const extension = await connectInjectedExtension(name, "HealthChain");
      const list = extension.getAccounts().map((a) => ({
        address: a.address,
        name: a.name ?? name,
        source: name,
        signer: a.polkadotSigner,
      }));
      found += list.length;
      addAccounts(list);
    } catch (error) {
      walletStatus.textContent = `The wallet “${name}” refused to connect: ${error instanceof Error ? error.message : error}`;
      return;
    }
  }
  walletStatus.textContent = `${found} account(s) from ${names.join(", ")}.`;
}

async function consentItem(c: Consent): Promise<HTMLElement> {
  const grantee = await granteeText(c.grantee, (id) => organizations.label(id));
  const state = stateText(c);
  const item = h(
    "li",
    { class: `consent consent-${c.status}${c.expired ? " consent-expired" : ""}`, "data-consent": String(c.id), tabindex: "-1" },
    h("p", { class: "sentence" }, sentence(c, grantee)),
    h("p", { class: "meta" }, h("span", { class: "badge", "data-state": c.status }, state), ` · consent ${c.id}, given ${day(c.createdAt)}`),
  );
  if (c.status === "active" && !c.expired) {
    const button = h("button", { type: "button", class: "danger", "data-revoke": String(c.id) }, `Revoke consent ${c.id}`);
    button.addEventListener("click", () => void revoke(c.id));
    item.append(button);
  }
  return item;
}

async function showConsents(subject: string): Promise<void> {
  await load(byId("consents"), async () => {
    const list = await rpc.call<Consent[]>("healthchain_consentsOf", [subject]);
    if (list.length === 0) return h("p", { class: "empty" }, "No consents yet: only emergency (break-glass) access and the law apply.");
    const items = await Promise.all([...list].reverse().map(consentItem));
    return h("ul", { class: "list", "aria-label": "Consents, newest first" }, ...items);
  });
}

async function showProxies(subject: string): Promise<void> {
  await load(byId("proxies"), async () => {
    const list = await rpc.call<Proxy[]>("healthchain_proxiesOf", [subject]);
    if (list.length === 0) return h("p", { class: "empty" }, "Nobody acts for this patient.");
    return h(
      "ul",
      { class: "list" },
      ...list.map((p) =>
        h("li", {}, `${p.kind === "guardian" ? "Guardian" : "Legal representative"}: `, h("code", {}, p.proxy), p.until ? `, until ${day(p.until)}` : ""),
      ),
    );
  });
}

async function showAccessLog(subject: string): Promise<void> {
  await load(byId("access-log"), async () => {
    const first = await rpc.call<{ length: number; entries: AccessEntry[] }>("healthchain_accessLog", [subject, 0, 1]);
    if (first.length === 0) return h("p", { class: "empty" }, "No access to this patient's records has been logged.");
    const from = Math.max(0, first.length - 50);
    const page = await rpc.call<{ length: number; entries: AccessEntry[] }>("healthchain_accessLog", [subject, from, 50]);
    const items = await Promise.all(
      [...page.entries].reverse().map(async (e) => {
        const history = await rpc.call<{ class: string | null } | null>("healthchain_recordHistory", [e.record]).catch(() => null);
        const what = history?.class ? `your ${classWord(history.class)}` : "a record";
        const basis = "consent" in e.basis ? `on consent ${e.basis.consent}` : `in an emergency (break-glass session ${e.basis.breakGlass})`;
        return h(
          "li",
          { "data-position": String(e.position) },
          h("time", { datetime: new Date(e.at).toISOString() }, moment(e.at)),
          h("span", {}, ` ${await organizations.label(e.accessor)} accessed ${what} for ${purposeWord(e.purpose)}, ${basis}. `),
          h("span", { class: "meta" }, "Record ", h("code", { title: e.record }, short(e.record)), `, kept by ${await organizations.label(e.custodian)}.`),
        );
      }),
    );
    const note = first.length > 50 ? h("p", { class: "meta" }, `The latest 50 of ${first.length} accesses.`) : null;
    return [h("ol", { class: "list", "aria-label": "Accesses, newest first" }, ...items), ...(note ? [note] : [])];
  });
}

function sessionState(s: Session): string {
  const parts = [s.open ? `open until ${moment(s.expiresAt)}` : "ended"];
  if (s.justification) parts.push("justified");
  else if (s.overdue) parts.push(`not justified: the justification was due ${moment(s.justificationDue)}`);
  else parts.push(`justification due by ${moment(s.justificationDue)}`);
  if (s.flagged) parts.push("reported to the regulator");
  return parts.join("; ");
}

async function showSessions(subject: string): Promise<void> {
  await load(byId("sessions"), async () => {
    const list = await rpc.call<Session[]>("healthchain_breakGlassSessions", [subject, null, 256]);
    if (list.length === 0) {
      return h("p", { class: "empty" }, "No emergency session is open or awaiting review. Closed sessions leave their accesses in the log above.");
    }
    // Stored in hash order: newest (highest id) first.
    const items = await Promise.all(
      [...list].sort((a, b) => b.id - a.id).map(async (s) =>
        h(
          "li",
          { "data-session": String(s.id), class: s.justification ? "" : s.overdue ? "session-overdue" : "" },
          h("strong", {}, `${await organizations.label(s.organization)} `),
          `opened emergency access on ${moment(s.openedAt)}: `,
          h("span", { class: "badge", "data-state": s.justification ? "justified" : s.overdue ? "overdue" : "pending" }, sessionState(s)),
          `. Session ${s.id}.`,
        ),
      ),
    );
    return h("ul", { class: "list" }, ...items);
  });
}

/** An allowance in HLTH (12 decimals), as "0.1". */
function tokens(planck: bigint): string {
  const whole = planck / 10n ** 12n;
  const fraction = (planck % 10n ** 12n).toString().padStart(12, "0").replace(/0+$/, "");
  return fraction ? `${whole}.${fraction}` : `${whole}`;
}

/**
 * Who pays the fees of `address`'s patient operations: its sponsorship, if it accepted one, and
 * the offers waiting for it, each with a button that accepts it (the offering organisation pays
 * that fee too, so an account that holds nothing can accept).
 */
async function showFees(address: string): Promise<void> {
  await load(byId("fees"), async () => {
    const { api } = await import("./tx");
    const query = api(url).query.Sponsorship;
    const [sponsorship, offers] = await Promise.all([query.Sponsorships.getValue(address), query.Offers.getEntries(address)]);
    const out: HTMLElement[] = [];
    if (sponsorship) {
      const who = await organizations.label(sponsorship.organization);
      out.push(h("p", { class: "sponsor" }, `${who} pays this account's fees for consents, proxies and trial withdrawals (up to ${tokens(sponsorship.allowance)} HLTH a day).`));
    }
    const items = await Promise.all(
      offers.map(async ({ keyArgs: [, payer], value }) => {
        const who = await organizations.label(value.organization);
        const button = h("button", { type: "button", "data-accept": payer }, `Accept ${who}'s offer`);
        button.addEventListener("click", () => void transact((api) => api.tx.Sponsorship.accept_sponsorship({ payer })));
        return h("li", { class: "offer" }, h("p", {}, `${who} offers to pay this account's fees (up to ${tokens(value.allowance)} HLTH a day).`), button);
      }),
    );
    if (items.length) {
      if (sponsorship) out.push(h("p", { class: "hint" }, "Accepting another offer ends the sponsorship above."));
      out.push(h("ul", { class: "list", "aria-label": "Offers to pay this account's fees" }, ...items));
    }
    if (out.length === 0) out.push(h("p", { class: "hint" }, "This account pays its own fees: no organisation pays them, or offers to."));
    return out;
  });
}

async function showAll(): Promise<void> {
  let subject: string;
  try {
    subject = patient();
  } catch (error) {
    showProblem(byId("consents"), error);
    return;
  }
  // The patient's address is not written into the page's address: on a shared computer the
  // browser's history would keep it.
  await Promise.all([showConsents(subject), showProxies(subject), showAccessLog(subject), showSessions(subject)]);
}

function checked(name: string): string[] {
  return [...grantForm.querySelectorAll<HTMLInputElement>(`input[name="${name}"]:checked`)].map((i) => i.value);
}

let busy = false;

/**
 * Signs and submits what `build` makes, one transaction at a time: while one is on its way the
 * page's signing buttons are disabled, so a second click cannot send a second grant.
 */
async function transact(build: (api: import("./tx").Api) => Parameters<typeof import("./tx").submit>[0]): Promise<void> {
  if (busy) return;
  busy = true;
  const buttons = [...document.querySelectorAll<HTMLButtonElement>("#grant-form button[type=submit], button[data-revoke], button[data-accept]")];
  const wasDisabled = buttons.map((button) => button.disabled);
  for (const button of buttons) button.disabled = true;
  txStatus.replaceChildren();
  try {
    if (nodeFromLink()) {
      throw new Problem(
        "Signing is off: this page talks to a node its address named, not this browser's. Open the page without “node=” in its address, or choose the node at the foot of the page.",
        "refused",
      );
    }
    const account = currentAccount();
    const tx = await import("./tx");
    await tx.submit(build(tx.api(url)), account, (_, detail) => (txStatus.textContent = detail));
    await Promise.all([showAll(), showFees(account.address)]);
  } catch (error) {
    showProblem(txStatus, error);
  } finally {
    busy = false;
    buttons.forEach((button, i) => (button.disabled = wasDisabled[i]));
  }
}

async function grant(): Promise<void> {
  const subject = patient();
  const [kind, value] = (byId<HTMLSelectElement>("grantee").value || ":").split(":");
  const classes = checked("class");
  const purposes = checked("purpose");
  const actions = checked("action");
  const missing = [
    !kind && "who it is for",
    classes.length === 0 && "which records",
    purposes.length === 0 && "what for",
    actions.length === 0 && "what they may do",
  ].filter(Boolean);
  if (missing.length) throw new Problem(`Choose ${missing.join(", ")}.`, "input");
  const untilText = byId<HTMLInputElement>("until").value;
  let validUntil: bigint | undefined;
  if (untilText) {
    const end = Date.parse(`${untilText}T23:59:59.999Z`);
    if (Number.isNaN(end) || end <= Date.now()) throw new Problem("The end date must be in the future.", "input");
    validUntil = BigInt(end);
  }
  const decision = checked("decision")[0] === "Deny" ? "Deny" : "Permit";
  await transact((api) =>
    api.tx.Consent.grant({
      subject,
      terms: {
        grantee: kind === "org" ? { type: "Organization", value: Number(value) } : { type: "Role", value: { type: value } as never },
        provision: { type: decision, value: undefined },
        classes: classes.map((type) => ({ type })) as never,
        purposes: purposes.map((type) => ({ type })) as never,
        actions: actions.map((type) => ({ type })) as never,
        valid_from: undefined,
        valid_until: validUntil,
      },
    }),
  );
}

async function revoke(id: number): Promise<void> {
  await transact((api) => api.tx.Consent.revoke({ consent: BigInt(id) }));
  // The button is gone with the consent's new state: keep the keyboard on the consent.
  document.querySelector<HTMLElement>(`li[data-consent="${id}"]`)?.focus();
}

function checkboxes(name: string, table: [string, string][], legend: string, preset: string[]): HTMLElement {
  return h(
    "fieldset",
    {},
    h("legend", {}, legend),
    ...table.map(([value, words]) =>
      h("label", { class: "check" }, h("input", { type: "checkbox", name, value, checked: preset.includes(value) }), ` ${words}`),
    ),
  );
}

async function buildGrantForm(): Promise<void> {
  const grantee = byId<HTMLSelectElement>("grantee");
  grantee.replaceChildren(h("option", { value: "" }, "Choose…"));
  try {
    for (const org of await organizations.all()) grantee.append(h("option", { value: `org:${org.id}` }, await organizations.label(org.id)));
  } catch {
    // The node is unreachable: the page says so under "Consents"; the roles still show.
  }
  for (const role of ROLES) grantee.append(h("option", { value: `role:${role}` }, `Any ${roleWord(role).toLowerCase()}`));
  byId("grant-choices").replaceChildren(
    checkboxes("class", GRANTABLE_CLASSES, "Which records", []),
    checkboxes("purpose", PURPOSES, "What for", ["Treatment"]),
    checkboxes("action", ACTIONS, "What they may do", ["Access"]),
  );
}

grantForm.addEventListener("submit", (event) => {
  event.preventDefault();
  grant().catch((error) => showProblem(txStatus, error));
});
byId("connect-wallet").addEventListener("click", () => void connectWallets());
accountSelect.addEventListener("change", () => {
  if (accountSelect.value) {
    patientInput.value = accountSelect.value;
    void showAll();
    void showFees(accountSelect.value);
  } else {
    byId("fees").replaceChildren();
  }
});
byId<HTMLFormElement>("patient-form").addEventListener("submit", (event) => {
  event.preventDefault();
  void showAll();
});

async function start(): Promise<void> {
  nodeFooter(rpc);
  void buildGrantForm();
  // The node's answer, or why there is none (shown below when nothing else will show it).
  const chainType = await rpc.call<string>("system_chainType").catch((error: unknown) => error);
  if (chainType === "Development" || chainType === "Local") {
    const { devAccounts } = await import("./dev-accounts");
    addAccounts(devAccounts());
    // A wallet connected meanwhile keeps its message.
    if (!walletStatus.textContent) {
      walletStatus.textContent = "A development chain: its dev accounts are offered too (their keys are public).";
    }
  }
  const fromQuery = new URLSearchParams(location.search).get("patient");
  if (fromQuery) {
    patientInput.value = fromQuery;
    if (accounts.has(fromQuery)) accountSelect.value = fromQuery;
    await showAll();
  } else if (chainType instanceof Error) {
    showProblem(byId("consents"), chainType);
  }
}

void start();
