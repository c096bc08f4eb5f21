// Audit: an organisation's profile and roles, a trial's registration, amendments and flags, a
// record's version history and erasure state. Read-only; every view has its own address
// (`audit.html?org=3`, `?trial=0`, `?record=0x…`) so an auditor can cite it.

import { byId, day, facts, h, load, moment, nodeFooter, nodeUrl, Organizations, pageLink, Problem, Rpc, roleWord, short } from "./common";
import { classWord, list } from "./words";

type Trial = {
  id: number;
  sponsor: number;
  record: string;
  phase: string;
  studyType: string;
  targetSize: number;
  firstEnrolment: number | null;
  primaryCompletion: number | null;
  registeredAt: number;
  status: string;
  terminationReason: string | null;
  updatedAt: number;
  protocolVersion: number;
  protocol: string;
  sap: string;
  primaryOutcomes: string[];
  secondaryOutcomes: string[];
  ethicsApproval: { committee: number; at: number } | null;
  dataUse: { classes: string[]; actions: string[] };
  enrolled: number;
  withdrawn: number;
  results: { hash: string; at: number } | null;
  flags: string[];
};
type Amendment = {
  version: number;
  protocol: string;
  sap: string;
  primaryOutcomes: string[];
  secondaryOutcomes: string[];
  reconsentRequired: boolean;
  at: number;
};
type RecordHistory = {
  id: string;
  subject: string | null;
  custodian: number;
  class: string | null;
  erased: boolean;
  versions: { version: number; commitment: string; status: string; anchoredAt: number; anchoredAtMs: number }[];
};

const FLAG_WORDS: Record<string, string> = {
  lateRegistration: "registered after its first participant was enrolled",
  outcomeSwitched: "results report outcomes that were not registered, or leave a registered primary outcome out",
  resultsOverdue: "no results 12 months after primary completion",
  statusStale: "open, and not updated for 12 months",
};

/** "notYetRecruiting" → "not yet recruiting". */
const spaced = (name: string) => name.replace(/([a-z])([A-Z])/g, "$1 $2").toLowerCase();

const rpc = new Rpc(nodeUrl());
const organizations = new Organizations(rpc);
const result = byId("result");

const code = (hex: string) => h("code", { title: hex }, short(hex, 8));

/** Outcome commitments, one per line, or "none". */
const outcomes = (list: string[]) => (list.length ? h("ul", { class: "plain" }, ...list.map((o) => h("li", {}, code(o)))) : "none");

async function orgLink(id: number): Promise<HTMLElement> {
  return h("a", { href: pageLink("audit.html", { org: String(id) }) }, await organizations.label(id));
}

function naturalNumber(text: string, what: string): number {
  if (!/^\d{1,10}$/.test(text.trim()) || Number(text) > 0xffff_ffff) {
    throw new Problem(`“${text}” is not ${what}: a whole number such as 0, 1 or 42.`, "input");
  }
  return Number(text);
}

async function showOrganization(text: string): Promise<Node[]> {
  const id = naturalNumber(text, "an organisation id");
  const org = await organizations.get(id);
  if (!org) throw new Problem(`There is no organisation ${id} on this chain.`, "input");
  const roles = org.roles.map((r) => h("li", { "data-role": r.role }, `${roleWord(r.role)} — ${r.status}`));
  const members = org.members.map((m) => h("li", {}, h("code", {}, m.account), m.isAdmin ? " (administrator)" : ""));
  return [
    h("h2", {}, `Organisation ${id}`),
    facts([
      ["Roles", h("ul", { class: "plain" }, ...roles)],
      ["Credentials (commitment)", code(org.credentials)],
      ["Registered", `block #${org.created}`],
      ["Last changed", `block #${org.updated}`],
    ]),
    h("h3", {}, "Members"),
    h("ul", { class: "list" }, ...members),
    h("p", { class: "hint" }, "The chain holds no names: the commitment binds the organisation's off-chain credentials (licence, GLN), which the consortium keeps."),
  ];
}

async function showTrial(text: string): Promise<Node[]> {
  const id = naturalNumber(text, "a trial id");
  const [trial, amendments] = await Promise.all([
    rpc.call<Trial | null>("healthchain_trial", [id]),
    rpc.call<Amendment[] | null>("healthchain_trialAmendments", [id]),
  ]);
  if (!trial) throw new Problem(`There is no trial ${id} on this chain.`, "input");
  const when = (ms: number | null) => (ms === null ? "—" : day(ms));
  const flags = trial.flags.length
    ? h("ul", { class: "flags" }, ...trial.flags.map((f) => h("li", { class: "flag", "data-flag": f }, FLAG_WORDS[f] ?? f)))
    : h("p", { class: "ok" }, "No flags.");
  const out: Node[] = [
    h("h2", {}, `Trial ${id}`),
    h("h3", {}, "Flags"),
    flags,
    facts([
      ["Sponsor", await orgLink(trial.sponsor)],
      ["Status", spaced(trial.status) + (trial.terminationReason ? ` (${spaced(trial.terminationReason)})` : "")],
      ["Phase", trial.phase === "n-a" ? "not applicable" : trial.phase.replace(/-/g, " ")],
      ["Study type", trial.studyType.replace(/-/g, " ")],
      ["Target size", String(trial.targetSize)],
      ["Enrolled / withdrawn", `${trial.enrolled} / ${trial.withdrawn}`],
      ["Registered", moment(trial.registeredAt)],
      ["First enrolment", when(trial.firstEnrolment)],
      ["Primary completion", when(trial.primaryCompletion)],
      ["Ethics approval", trial.ethicsApproval ? h("span", {}, await orgLink(trial.ethicsApproval.committee), `, ${day(trial.ethicsApproval.at)}`) : "none yet"],
      ["Protocol (version " + trial.protocolVersion + ")", code(trial.protocol)],
      ["Statistical analysis plan", code(trial.sap)],
      ["Primary outcomes", outcomes(trial.primaryOutcomes)],
      ["Secondary outcomes", outcomes(trial.secondaryOutcomes)],
      ["Data it may use", `${list(trial.dataUse.classes.map(classWord))} (${trial.dataUse.actions.join(", ").toLowerCase()})`],
      ["Results", trial.results ? h("span", {}, code(trial.results.hash), `, ${day(trial.results.at)}`) : "not reported"],
      ["Registration record", h("a", { href: pageLink("audit.html", { record: trial.record }) }, short(trial.record, 8))],
    ]),
    h("h3", {}, "Amendments"),
  ];
  if (!amendments?.length) out.push(h("p", { class: "empty" }, "None."));
  else
    out.push(
      h(
        "ol",
        { class: "list" },
        ...amendments.map((a) =>
          h(
            "li",
            { "data-version": String(a.version) },
            h("strong", {}, `Version ${a.version}`),
            `, ${moment(a.at)}${a.reconsentRequired ? " — participants must consent again" : ""}. Protocol `,
            code(a.protocol),
            `, ${a.primaryOutcomes.length} primary outcome(s).`,
          ),
        ),
      ),
    );
  return out;
}

async function showRecord(text: string): Promise<Node[]> {
  const id = text.trim().toLowerCase();
  if (!/^0x[0-9a-f]{64}$/.test(id)) {
    throw new Problem(`“${text.trim()}” is not a record id: 0x followed by 64 hexadecimal digits.`, "input");
  }
  const record = await rpc.call<RecordHistory | null>("healthchain_recordHistory", [id]);
  if (!record) throw new Problem("There is no record with this id on this chain.", "input");
  const state = record.erased
    ? h("p", { class: "badge", "data-state": "erased" }, "Erased: its versions, its link to the patient and its kind are gone; the chain keeps only that it existed and who kept it.")
    : h("p", { class: "badge", "data-state": "live" }, "Live");
  return [
    h("h2", {}, "Record"),
    state,
    facts([
      ["Id", h("code", {}, record.id)],
      ["Kept by", await orgLink(record.custodian)],
      ["Patient (account)", record.subject ? h("code", {}, record.subject) : "— (erased)"],
      ["Kind", record.class ? classWord(record.class) : "— (erased)"],
    ]),
    h("h3", {}, "Versions"),
    h(
      "ol",
      { class: "list" },
      ...record.versions.map((v) =>
        h("li", { "data-version": String(v.version) }, h("strong", {}, `Version ${v.version}`), ` — ${v.status}, anchored ${moment(v.anchoredAtMs)} (block #${v.anchoredAt}). Commitment `, code(v.commitment)),
      ),
    ),
  ];
}

const VIEWS: Record<string, (text: string) => Promise<Node[]>> = {
  org: showOrganization,
  trial: showTrial,
  record: showRecord,
};

async function show(kind: string, value: string): Promise<void> {
  const address = new URL(location.href);
  for (const k of Object.keys(VIEWS)) address.searchParams.delete(k);
  address.searchParams.set(kind, value.trim());
  history.replaceState(null, "", address);
  await load(result, () => VIEWS[kind](value));
  result.focus();
}

for (const kind of Object.keys(VIEWS)) {
  byId<HTMLFormElement>(`${kind}-form`).addEventListener("submit", (event) => {
    event.preventDefault();
    void show(kind, byId<HTMLInputElement>(`${kind}-id`).value);
  });
}

nodeFooter(rpc);
const query = new URLSearchParams(location.search);
for (const kind of Object.keys(VIEWS)) {
  const value = query.get(kind);
  if (value !== null) {
    byId<HTMLInputElement>(`${kind}-id`).value = value;
    void show(kind, value);
    break;
  }
}
