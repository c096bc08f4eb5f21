// The chain's vocabularies in words a patient reads: data classes, purposes, actions, and a
// consent as a sentence ("Organisation 1 (Clinic) may read your lab results for treatment until
// 1 March 2027."). The names are the runtime's (`healthchain_primitives`), as the node's JSON
// answers give them.

import { day, roleWord } from "./common";

/** Data classes, in the runtime's order, with what a patient calls them. */
export const CLASSES: [string, string][] = [
  ["Demographics", "personal details"],
  ["Encounters", "visit records"],
  ["Diagnoses", "diagnoses"],
  ["Medications", "medications"],
  ["Allergies", "allergies"],
  ["LabResults", "lab results"],
  ["Imaging", "scans and X-rays"],
  ["Genomics", "genetic data"],
  ["MentalHealth", "mental health records"],
  ["SexualReproductive", "sexual and reproductive health records"],
  ["SubstanceUse", "substance use records"],
  ["Documents", "letters and documents"],
  ["All", "records of every kind but sensitive ones"],
  ["Restricted", "sensitive records (genetic, mental health, sexual and reproductive health, substance use)"],
];

/**
 * The classes a consent may name: the chain never stores a named sensitive category beside a
 * patient (`DataClass::ON_CHAIN`); they are all `Restricted`, which "All" does not cover.
 */
export const GRANTABLE_CLASSES = CLASSES.filter(([name]) =>
  ["Demographics", "Encounters", "Diagnoses", "Medications", "Allergies", "LabResults", "Imaging", "Documents", "All", "Restricted"].includes(name),
);

/** Purposes of use (HL7 v3 ActReason), in the runtime's order. */
export const PURPOSES: [string, string][] = [
  ["Treatment", "your treatment"],
  ["EmergencyTreatment", "emergency treatment"],
  ["Payment", "payment for your care"],
  ["Operations", "running their services"],
  ["Research", "research"],
  ["PublicHealth", "public health"],
  ["PatientRequest", "your own requests"],
];

/** Actions (FHIR consent-action), in the runtime's order. */
export const ACTIONS: [string, string][] = [
  ["Collect", "collect"],
  ["Access", "read"],
  ["Use", "use"],
  ["Disclose", "share"],
  ["Correct", "correct"],
];

function word(table: [string, string][], name: string): string {
  return table.find(([n]) => n === name)?.[1] ?? name;
}

/** "a, b and c". */
export function list(items: string[]): string {
  if (items.length <= 1) return items.join("");
  return `${items.slice(0, -1).join(", ")} and ${items[items.length - 1]}`;
}

export const classWord = (name: string) => word(CLASSES, name);
export const purposeWord = (name: string) => word(PURPOSES, name);

/** A consent as `healthchain_consentsOf` answers. */
export type Consent = {
  id: number;
  subject: string;
  grantor: string;
  grantee: { organization: number } | { role: string };
  decision: "permit" | "deny";
  classes: string[];
  purposes: string[];
  actions: string[];
  validFrom: number;
  validUntil: number | null;
  status: "active" | "revoked" | "superseded";
  expired: boolean;
  supersedes: number | null;
  supersededBy: number | null;
  createdAt: number;
  endedAt: number | null;
};

/** Who a consent is for: the organisation's label, or "any clinic". */
export async function granteeText(
  grantee: Consent["grantee"],
  label: (id: number) => Promise<string>,
): Promise<string> {
  return "organization" in grantee
    ? label(grantee.organization)
    : `Any ${roleWord(grantee.role).toLowerCase()}`;
}

/** The consent as one sentence. */
export function sentence(c: Consent, grantee: string): string {
  const verb = c.decision === "permit" ? "may" : "may not";
  const actions = list(c.actions.map((a) => word(ACTIONS, a)));
  const classes = list(c.classes.map(classWord));
  const purposes = list(c.purposes.map(purposeWord));
  let period = "";
  // "from" only for a start the grantor chose later than the grant itself.
  if (c.validFrom > c.createdAt) period += ` from ${day(c.validFrom)}`;
  if (c.validUntil !== null) period += ` until ${day(c.validUntil)}`;
  return `${grantee} ${verb} ${actions} your ${classes} for ${purposes}${period}.`;
}

/** The consent's state in words: "In force", "Revoked on 2 December 2026", … */
export function stateText(c: Consent): string {
  if (c.status === "revoked") return c.endedAt ? `Revoked on ${day(c.endedAt)}` : "Revoked";
  if (c.status === "superseded") return `Replaced by consent ${c.supersededBy ?? ""}`.trim();
  if (c.expired) return "Expired";
  return "In force";
}
