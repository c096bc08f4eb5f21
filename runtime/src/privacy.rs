//! The metadata privacy scan (privacy rules 1 and 4 of ARCHITECTURE.md).
//!
//! Walks the runtime metadata of the healthcare pallets — call arguments, event fields, storage
//! keys and values — and reports every place whose type can carry free-form bytes: byte
//! sequences (`Vec<u8>`, `BoundedVec<u8, _>`, …), strings and bit sequences. Fixed-size byte
//! arrays (hashes, commitments, public keys) and enums from fixed vocabularies are fine. A
//! finding fails the test unless [`ALLOW_LIST`] names it with the reason it is safe.

use alloc::{
	collections::BTreeSet,
	format,
	string::{String, ToString},
	vec::Vec,
};

use scale_info::{PortableRegistry, TypeDef, TypeDefPrimitive};

/// The healthcare pallets in the runtime (indices 50..59); the scan covers all of them, and a
/// test checks that every pallet at those indices is listed here.
pub const HEALTHCARE_PALLETS: &[&str] =
	&["Organizations", "Consent", "Records", "Trials", "Provenance", "Claims", "Sponsorship"];

/// Why GS1 serial and lot numbers are safe on chain.
const GS1_CODES: &str = "GS1 serial and lot numbers of medicine packs: 1-20 characters of the GS1 \
	character set, checked on chain, printed on the pack by its registered manufacturer; they \
	name a pack or a production batch, never a person (no patient is named by any call)";

/// Places allowed to carry bytes, each with why that is safe: `(pallet, place, reason)`.
pub const ALLOW_LIST: &[(&str, &str, &str)] = &[
	("Provenance", "call::register_batch.lot", GS1_CODES),
	("Provenance", "call::commission.lot", GS1_CODES),
	("Provenance", "call::commission.serials", GS1_CODES),
	("Provenance", "call::pack_case.packs", GS1_CODES),
	("Provenance", "call::ship.item", GS1_CODES),
	("Provenance", "call::receive.item", GS1_CODES),
	("Provenance", "call::cancel_shipment.item", GS1_CODES),
	("Provenance", "call::dispense.pack", GS1_CODES),
	("Provenance", "call::decommission.pack", GS1_CODES),
	("Provenance", "call::undo.pack", GS1_CODES),
	("Provenance", "call::recall.lot", GS1_CODES),
	("Provenance", "call::flag_suspect.pack", GS1_CODES),
	("Provenance", "call::quarantine.pack", GS1_CODES),
	("Provenance", "call::clear.pack", GS1_CODES),
	("Provenance", "call::declare_illegitimate.pack", GS1_CODES),
	("Provenance", "call::remove_pack.pack", GS1_CODES),
	("Provenance", "call::remove_batch.lot", GS1_CODES),
	("Provenance", "event::PackRemoved.pack", GS1_CODES),
	("Provenance", "event::BatchRemoved.lot", GS1_CODES),
	("Provenance", "event::BatchRegistered.lot", GS1_CODES),
	("Provenance", "event::Commissioned.lot", GS1_CODES),
	("Provenance", "event::Shipped.item", GS1_CODES),
	("Provenance", "event::Received.item", GS1_CODES),
	("Provenance", "event::ShipmentCancelled.item", GS1_CODES),
	("Provenance", "event::Dispensed.pack", GS1_CODES),
	("Provenance", "event::Decommissioned.pack", GS1_CODES),
	("Provenance", "event::Undone.pack", GS1_CODES),
	("Provenance", "event::BatchRecalled.lot", GS1_CODES),
	("Provenance", "event::InvestigationChanged.pack", GS1_CODES),
	("Provenance", "storage Batches key", GS1_CODES),
	("Provenance", "storage Packs key", GS1_CODES),
	("Provenance", "storage Packs value.lot", GS1_CODES),
	("Provenance", "storage Cases value.contents", GS1_CODES),
	("Provenance", "storage Owned key", GS1_CODES),
	("Provenance", "storage Flagged key", GS1_CODES),
	// A drug line of a claim names the dispensed pack it bills, to be checked against
	// provenance and claimed once.
	("Claims", "call::submit_claim.submission", GS1_CODES),
	("Claims", "storage Claims value.lines", GS1_CODES),
	("Claims", "storage ClaimedPacks key", GS1_CODES),
];

/// A place in the metadata whose type can carry free-form bytes.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct Finding {
	/// Pallet name.
	pub pallet: String,
	/// Where: `call <name>.<arg>…`, `event <name>.<field>…`, `storage <item> key|value…`.
	pub place: String,
	/// What kind of free-form data.
	pub kind: &'static str,
}

/// Reports every free-form byte carrier reachable from type `id`.
pub fn scan_type(
	registry: &PortableRegistry,
	id: u32,
	pallet: &str,
	place: &str,
	visiting: &mut BTreeSet<u32>,
	findings: &mut Vec<Finding>,
) {
	// Recursive types (rare) are cut at the first repetition on the current path.
	if !visiting.insert(id) {
		return;
	}
	let Some(ty) = registry.resolve(id) else {
		findings.push(Finding { pallet: pallet.into(), place: place.into(), kind: "unknown type" });
		visiting.remove(&id);
		return;
	};
	let mut report =
		|kind| findings.push(Finding { pallet: pallet.into(), place: place.into(), kind });
	match &ty.type_def {
		TypeDef::Primitive(TypeDefPrimitive::Str) => report("string"),
		TypeDef::Primitive(_) | TypeDef::Compact(_) => {},
		TypeDef::BitSequence(_) => report("bit sequence"),
		TypeDef::Sequence(seq) => {
			if is_u8(registry, seq.type_param.id) {
				report("byte sequence");
			} else {
				let inner = format!("{place}[]");
				scan_type(registry, seq.type_param.id, pallet, &inner, visiting, findings);
			}
		},
		// Fixed-size arrays cannot grow into free text: hashes, commitments, keys.
		TypeDef::Array(array) => {
			if !is_u8(registry, array.type_param.id) {
				let inner = format!("{place}[]");
				scan_type(registry, array.type_param.id, pallet, &inner, visiting, findings);
			}
		},
		TypeDef::Tuple(tuple) => {
			for (i, field) in tuple.fields.iter().enumerate() {
				let inner = format!("{place}.{i}");
				scan_type(registry, field.id, pallet, &inner, visiting, findings);
			}
		},
		TypeDef::Composite(composite) => {
			for (i, field) in composite.fields.iter().enumerate() {
				let name = field.name.clone().unwrap_or_else(|| i.to_string());
				let inner = format!("{place}.{name}");
				scan_type(registry, field.ty.id, pallet, &inner, visiting, findings);
			}
		},
		TypeDef::Variant(variant) => {
			for v in &variant.variants {
				for (i, field) in v.fields.iter().enumerate() {
					let name = field.name.clone().unwrap_or_else(|| i.to_string());
					let inner = format!("{place}::{}.{name}", v.name);
					scan_type(registry, field.ty.id, pallet, &inner, visiting, findings);
				}
			}
		},
	}
	visiting.remove(&id);
}

fn is_u8(registry: &PortableRegistry, id: u32) -> bool {
	matches!(
		registry.resolve(id).map(|t| &t.type_def),
		Some(TypeDef::Primitive(TypeDefPrimitive::U8))
	)
}

/// Scans the given pallets of a V14 metadata; returns the findings not on the allow-list and
/// the names of pallets that were asked for but are not in the metadata.
pub fn scan_metadata(
	metadata: &frame_support::__private::metadata::v14::RuntimeMetadataV14,
	pallets: &[&str],
	allow: &[(&str, &str, &str)],
) -> (Vec<Finding>, Vec<String>) {
	use frame_support::__private::metadata::v14::StorageEntryType;

	let registry = &metadata.types;
	let mut findings = Vec::new();
	let mut missing = Vec::new();
	for name in pallets {
		let Some(pallet) = metadata.pallets.iter().find(|p| p.name == *name) else {
			missing.push(name.to_string());
			continue;
		};
		let mut visiting = BTreeSet::new();
		if let Some(calls) = &pallet.calls {
			scan_type(registry, calls.ty.id, name, "call", &mut visiting, &mut findings);
		}
		if let Some(event) = &pallet.event {
			scan_type(registry, event.ty.id, name, "event", &mut visiting, &mut findings);
		}
		if let Some(storage) = &pallet.storage {
			for entry in &storage.entries {
				let item = format!("storage {}", entry.name);
				match &entry.ty {
					StorageEntryType::Plain(ty) => {
						let place = format!("{item} value");
						scan_type(registry, ty.id, name, &place, &mut visiting, &mut findings);
					},
					StorageEntryType::Map { key, value, .. } => {
						let key_place = format!("{item} key");
						scan_type(registry, key.id, name, &key_place, &mut visiting, &mut findings);
						let value_place = format!("{item} value");
						scan_type(
							registry,
							value.id,
							name,
							&value_place,
							&mut visiting,
							&mut findings,
						);
					},
				}
			}
		}
	}
	findings.retain(|f| {
		!allow.iter().any(|(pallet, place, _)| f.pallet == *pallet && f.place.starts_with(place))
	});
	findings.sort();
	findings.dedup();
	(findings, missing)
}

/// A fact about a patient that an observer can read at one place of the metadata (privacy
/// rule 3 and issue 19: which patient, joined with what).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Fact {
	/// A patient's account: a field named as one ([`PATIENT_FIELDS`], [`PATIENT_FIELDS_OF`]),
	/// or the key of a patient-keyed map ([`ACCOUNT_KEYS`]).
	Patient,
	/// A data class (`DataClass`).
	DataClass,
	/// A purpose of use (`Purpose`).
	Purpose,
	/// An organisation: an `OrganizationId`, or a `TrialId` (a registered trial names its
	/// sponsor publicly).
	Organization,
}

/// Names of fields that hold a patient's account, in every healthcare pallet.
pub const PATIENT_FIELDS: &[&str] = &["subject", "patient", "participant"];

/// Fields of one pallet that hold a patient's account under another name: `(pallet, field)`.
pub const PATIENT_FIELDS_OF: &[(&str, &str)] = &[("Sponsorship", "account")];

/// What the key of every storage map of the healthcare pallets keyed by an account reveals:
/// `(pallet, item, facts)`. Every account-keyed map must be listed — a test checks it — so a new
/// patient-keyed map cannot slip past the scan.
pub const ACCOUNT_KEYS: &[(&str, &str, &[Fact])] = &[
	// Staff accounts of organisations, not patients.
	("Organizations", "Members", &[]),
	("Organizations", "OrganizationMembers", &[Fact::Organization]),
	("Consent", "SubjectConsents", &[Fact::Patient]),
	("Consent", "Proxies", &[Fact::Patient]),
	("Consent", "OpenSessions", &[Fact::Patient]),
	("Consent", "SubjectSessions", &[Fact::Patient]),
	("Records", "AccessLogLength", &[Fact::Patient]),
	("Records", "AccessLogStart", &[Fact::Patient]),
	("Records", "AccessLog", &[Fact::Patient]),
	// Keyed by (trial, participant): the trial names its sponsor.
	("Trials", "Enrolments", &[Fact::Patient, Fact::Organization]),
	// Its value lists the patient's trials (ids the metadata does not name as such).
	("Trials", "Participations", &[Fact::Patient, Fact::Organization]),
	("Sponsorship", "Sponsorships", &[Fact::Patient]),
	// Keyed by (patient, offering member): a staff account, not a patient.
	("Sponsorship", "Offers", &[Fact::Patient]),
	// Its value lists coverage ids, which name the payer.
	("Claims", "PatientCoverages", &[Fact::Patient, Fact::Organization]),
];

/// Why a patient's pseudonym beside a payer (and a provider) is allowed in claims.
const CLAIMS: &str = "a claim is checked on chain against the encounter, the dispensed pack, the \
	consent and the coverage, so the payer, the provider and the patient's pseudonym must be \
	there; the pseudonym is the account the patient uses with these organisations, the services \
	are public codes (HCPCS Level II, GTIN) and amounts, and everything clinical stays in the \
	committed bundle, off chain (docs/pallets/claims.md)";

/// Why a research pseudonym beside its trial is allowed.
const ENROLMENT: &str =
	"trial participation is the sponsor's to record (ICH E6 enrolment log) and \
	its consent is checked on chain; the participant is a research pseudonym the patient uses \
	with that sponsor only (docs/privacy.md), so it names no one and links to nothing else";

/// Places where a patient's account may appear beside a data class, purpose or organisation,
/// each with why that is needed and safe: `(pallet, place, reason)`. Everything else the fact
/// scan finds fails the test.
pub const FACT_ALLOW_LIST: &[(&str, &str, &str)] = &[
	(
		"Consent",
		"storage Consents",
		"a consent is decided on chain, so its grantee, classes and purposes must be there; \
		 sensitive categories appear only as `Restricted`, and the subject is the pseudonym the \
		 patient uses with that grantee",
	),
	(
		"Consent",
		"storage SubjectConsents",
		"the decision terms of the consents above, one read per decision (issue 18): the same \
		 facts as `Consents`, nothing more",
	),
	(
		"Consent",
		"storage Sessions",
		"break-glass must name the patient and the organisation holding emergency access so \
		 that the patient and auditors can see it and the justification can be demanded; \
		 neither the reason nor any clinical fact is stored (a commitment only)",
	),
	(
		"Records",
		"storage AccessLog",
		"the patient's accounting of disclosures (HIPAA 164.528): who accessed their record, \
		 for which purpose; keyed by the patient's pseudonym so that they can read it",
	),
	(
		"Records",
		"storage Records",
		"the custodian and the coarse class decide who may access a record (consent is checked \
		 against them on chain); sensitive categories appear only as `Restricted`, and the \
		 subject is the pseudonym the patient uses with that custodian",
	),
	("Trials", "storage Enrolments", ENROLMENT),
	("Trials", "storage Participations", ENROLMENT),
	("Trials", "event ParticipantEnrolled", ENROLMENT),
	("Trials", "event ParticipantReconsented", ENROLMENT),
	("Trials", "event ParticipantWithdrawn", ENROLMENT),
	("Trials", "event EnrolmentReleased", ENROLMENT),
	(
		"Sponsorship",
		"storage Sponsorships",
		"the sponsor must be found to charge it; it says only that the pseudonym is someone the \
		 organisation pays for, which its records already say; no care, class or purpose",
	),
	(
		"Sponsorship",
		"storage Offers",
		"an offer waits for the patient's acceptance, which must find it; it says only that a \
		 member offered to pay for the pseudonym (any member may offer to any account), and \
		 becomes the `Sponsorships` entry above once accepted; no care, class or purpose",
	),
	("Claims", "storage Coverages", CLAIMS),
	("Claims", "storage Claims", CLAIMS),
	("Claims", "storage PatientCoverages", CLAIMS),
	("Claims", "event CoverageRecorded", CLAIMS),
];

/// A place in the metadata where a patient's account appears beside other facts.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct FactFinding {
	/// Pallet name.
	pub pallet: String,
	/// `event <variant>` or `storage <item>`.
	pub place: String,
	/// Every fact readable there.
	pub facts: BTreeSet<Fact>,
}

impl FactFinding {
	/// Whether the place joins a patient with a data class, a purpose or an organisation.
	pub fn joins_patient(&self) -> bool {
		self.facts.contains(&Fact::Patient) && self.facts.len() > 1
	}
}

/// The facts readable in a value of type `id`, reached through field `field` (the nearest named
/// field) declared with type name `type_name`.
pub fn facts_of(
	registry: &PortableRegistry,
	id: u32,
	field: Option<&str>,
	type_name: Option<&str>,
	patient_fields: &[&str],
	visiting: &mut BTreeSet<u32>,
	facts: &mut BTreeSet<Fact>,
) {
	if type_name.is_some_and(|name| name.contains("OrganizationId") || name.contains("TrialId")) {
		facts.insert(Fact::Organization);
	}
	if !visiting.insert(id) {
		return;
	}
	let Some(ty) = registry.resolve(id) else {
		visiting.remove(&id);
		return;
	};
	match ty.path.ident().as_deref() {
		Some("AccountId32") if field.is_some_and(|f| patient_fields.contains(&f)) => {
			facts.insert(Fact::Patient);
		},
		Some("DataClass") => {
			facts.insert(Fact::DataClass);
		},
		Some("Purpose") => {
			facts.insert(Fact::Purpose);
		},
		_ => {},
	}
	let mut inner = |id: u32, name: Option<&str>, type_name: Option<&str>| {
		facts_of(registry, id, name.or(field), type_name, patient_fields, visiting, facts)
	};
	match &ty.type_def {
		TypeDef::Composite(composite) => {
			for f in &composite.fields {
				inner(f.ty.id, f.name.as_deref(), f.type_name.as_deref());
			}
		},
		TypeDef::Variant(variant) => {
			for v in &variant.variants {
				for f in &v.fields {
					inner(f.ty.id, f.name.as_deref(), f.type_name.as_deref());
				}
			}
		},
		TypeDef::Sequence(seq) => inner(seq.type_param.id, None, None),
		TypeDef::Array(array) => inner(array.type_param.id, None, None),
		TypeDef::Tuple(tuple) => {
			for f in &tuple.fields {
				inner(f.id, None, None);
			}
		},
		TypeDef::Compact(compact) => inner(compact.type_param.id, None, None),
		TypeDef::Primitive(_) | TypeDef::BitSequence(_) => {},
	}
	visiting.remove(&id);
}

/// The facts of each variant of enum `id` (a pallet's events), one finding per variant.
pub fn facts_of_variants(
	registry: &PortableRegistry,
	id: u32,
	pallet: &str,
	prefix: &str,
	patient_fields: &[&str],
) -> Vec<FactFinding> {
	let Some(TypeDef::Variant(variant)) = registry.resolve(id).map(|t| &t.type_def) else {
		return Vec::new();
	};
	variant
		.variants
		.iter()
		.map(|v| {
			let mut facts = BTreeSet::new();
			for f in &v.fields {
				facts_of(
					registry,
					f.ty.id,
					f.name.as_deref(),
					f.type_name.as_deref(),
					patient_fields,
					&mut BTreeSet::new(),
					&mut facts,
				);
			}
			FactFinding { pallet: pallet.into(), place: format!("{prefix} {}", v.name), facts }
		})
		.collect()
}

/// Whether type `id` is, or contains, an account.
fn holds_account(registry: &PortableRegistry, id: u32, visiting: &mut BTreeSet<u32>) -> bool {
	if !visiting.insert(id) {
		return false;
	}
	let Some(ty) = registry.resolve(id) else { return false };
	let found = ty.path.ident().as_deref() == Some("AccountId32")
		|| match &ty.type_def {
			TypeDef::Tuple(tuple) => {
				tuple.fields.iter().any(|f| holds_account(registry, f.id, visiting))
			},
			TypeDef::Composite(c) => {
				c.fields.iter().any(|f| holds_account(registry, f.ty.id, visiting))
			},
			_ => false,
		};
	visiting.remove(&id);
	found
}

/// The fact scan: every event and storage item of the given pallets with the facts readable
/// there, and the account-keyed maps missing from `account_keys`.
pub fn scan_facts(
	metadata: &frame_support::__private::metadata::v14::RuntimeMetadataV14,
	pallets: &[&str],
	account_keys: &[(&str, &str, &[Fact])],
) -> (Vec<FactFinding>, Vec<String>) {
	use frame_support::__private::metadata::v14::StorageEntryType;

	let registry = &metadata.types;
	let mut findings = Vec::new();
	let mut undeclared = Vec::new();
	for pallet in metadata.pallets.iter().filter(|p| pallets.contains(&p.name.as_str())) {
		let name = pallet.name.as_str();
		let mut patient_fields: Vec<&str> = PATIENT_FIELDS.to_vec();
		patient_fields
			.extend(PATIENT_FIELDS_OF.iter().filter(|(p, _)| *p == name).map(|(_, f)| *f));
		if let Some(event) = &pallet.event {
			findings.extend(facts_of_variants(
				registry,
				event.ty.id,
				name,
				"event",
				&patient_fields,
			));
		}
		for entry in pallet.storage.iter().flat_map(|s| s.entries.iter()) {
			let mut facts = BTreeSet::new();
			let value = match &entry.ty {
				StorageEntryType::Plain(ty) => ty.id,
				StorageEntryType::Map { key, value, .. } => {
					let declared =
						account_keys.iter().find(|(p, item, _)| *p == name && *item == entry.name);
					match declared {
						Some((_, _, key_facts)) => facts.extend(key_facts.iter().copied()),
						None if holds_account(registry, key.id, &mut BTreeSet::new()) => {
							undeclared.push(format!("{name} {}", entry.name))
						},
						None => {},
					}
					facts_of(
						registry,
						key.id,
						None,
						None,
						&patient_fields,
						&mut BTreeSet::new(),
						&mut facts,
					);
					value.id
				},
			};
			facts_of(
				registry,
				value,
				None,
				None,
				&patient_fields,
				&mut BTreeSet::new(),
				&mut facts,
			);
			findings.push(FactFinding {
				pallet: name.into(),
				place: format!("storage {}", entry.name),
				facts,
			});
		}
	}
	(findings, undeclared)
}

/// The places that join a patient with other facts and that `allow` does not name.
pub fn leaks(findings: &[FactFinding], allow: &[(&str, &str, &str)]) -> Vec<FactFinding> {
	findings
		.iter()
		.filter(|f| f.joins_patient())
		.filter(|f| !allow.iter().any(|(p, place, _)| f.pallet == *p && f.place == *place))
		.cloned()
		.collect()
}

#[cfg(test)]
mod tests {
	use super::*;
	use frame_support::{__private::metadata::RuntimeMetadata, BoundedVec};
	use scale_info::{meta_type, Registry, TypeInfo};
	use sp_core::{ConstU32, H256};

	#[allow(dead_code)]
	#[derive(TypeInfo)]
	struct Clean {
		commitment: H256,
		key: [u8; 32],
		count: u32,
		flags: (bool, u8),
		list: Vec<H256>,
	}

	#[allow(dead_code)]
	#[derive(TypeInfo)]
	enum Leaky {
		Note(Vec<u8>),
		Name { name: String },
		Bounded(BoundedVec<u8, ConstU32<64>>),
		Nested(Vec<Vec<u8>>),
	}

	fn findings_of<T: TypeInfo + 'static>() -> Vec<Finding> {
		let mut registry = Registry::new();
		let id = registry.register_type(&meta_type::<T>()).id;
		let portable: PortableRegistry = registry.into();
		let mut findings = Vec::new();
		scan_type(&portable, id, "Test", "t", &mut BTreeSet::new(), &mut findings);
		findings
	}

	#[test]
	fn the_scanner_passes_hashes_keys_numbers_and_enums() {
		assert_eq!(findings_of::<Clean>(), Vec::new());
		assert_eq!(findings_of::<healthchain_primitives::Role>(), Vec::new());
	}

	#[test]
	fn the_scanner_flags_every_byte_and_string_carrier() {
		let places: Vec<(String, &str)> =
			findings_of::<Leaky>().into_iter().map(|f| (f.place, f.kind)).collect();
		assert_eq!(
			places,
			vec![
				("t::Note.0".to_string(), "byte sequence"),
				("t::Name.name".to_string(), "string"),
				("t::Bounded.0.0".to_string(), "byte sequence"),
				("t::Nested.0[]".to_string(), "byte sequence"),
			]
		);
	}

	fn runtime_metadata() -> frame_support::__private::metadata::v14::RuntimeMetadataV14 {
		let prefixed = sp_io::TestExternalities::default().execute_with(crate::Runtime::metadata);
		match prefixed.1 {
			RuntimeMetadata::V14(metadata) => metadata,
			other => panic!("expected V14 metadata, got version {}", other.version()),
		}
	}

	#[test]
	fn the_scanner_finds_free_form_bytes_in_a_real_pallet() {
		// `System::remark(Vec<u8>)` is the canonical free-form call: the scan must see it.
		let (findings, missing) = scan_metadata(&runtime_metadata(), &["System"], &[]);
		assert!(missing.is_empty());
		assert!(findings.iter().any(|f| f.place.starts_with("call::remark")), "{findings:?}");
	}

	#[test]
	fn healthcare_pallets_carry_no_free_form_bytes() {
		let metadata = runtime_metadata();
		let (findings, missing) = scan_metadata(&metadata, HEALTHCARE_PALLETS, ALLOW_LIST);
		assert!(missing.is_empty(), "healthcare pallets missing from the runtime: {missing:?}");
		assert!(findings.is_empty(), "free-form bytes in healthcare pallets: {findings:#?}");
	}

	#[test]
	fn every_pallet_at_a_healthcare_index_is_scanned() {
		let metadata = runtime_metadata();
		let at_healthcare_indices: Vec<&str> = metadata
			.pallets
			.iter()
			.filter(|p| (50..60).contains(&p.index))
			.map(|p| p.name.as_str())
			.collect();
		assert!(!at_healthcare_indices.is_empty());
		for name in at_healthcare_indices {
			assert!(HEALTHCARE_PALLETS.contains(&name), "{name} is not in HEALTHCARE_PALLETS");
		}
	}

	#[test]
	fn every_allow_list_entry_says_why() {
		for (pallet, place, reason) in ALLOW_LIST {
			assert!(HEALTHCARE_PALLETS.contains(pallet), "{pallet} is not a healthcare pallet");
			assert!(!place.is_empty() && reason.len() >= 20, "{pallet} {place}: give a reason");
		}
	}

	#[test]
	fn every_allow_list_entry_is_still_needed() {
		// A stale entry would silently allow a future field at the same place.
		let (unfiltered, _) = scan_metadata(&runtime_metadata(), HEALTHCARE_PALLETS, &[]);
		for (pallet, place, _) in ALLOW_LIST {
			assert!(
				unfiltered.iter().any(|f| f.pallet == *pallet && f.place.starts_with(place)),
				"{pallet} {place} allows nothing: remove it"
			);
		}
	}

	#[allow(dead_code)]
	#[derive(TypeInfo)]
	enum LeakyEvents {
		/// What the records pallet published before issue 19: who, by whom, why.
		Accessed {
			subject: sp_core::crypto::AccountId32,
			organization: OrganizationId,
			purpose: Purpose,
		},
		/// A patient beside a data class.
		Anchored { patient: sp_core::crypto::AccountId32, class: DataClass },
		/// A participant beside a trial (which names its sponsor).
		Enrolled { trial: TrialId, participant: sp_core::crypto::AccountId32 },
		/// An id and a patient, nothing else: fine.
		Logged { subject: sp_core::crypto::AccountId32, index: u32 },
		/// Ids, a class and an organisation, no patient: fine.
		Published { record: H256, custodian: OrganizationId, class: DataClass },
	}

	type OrganizationId = u32;
	type TrialId = u32;
	use healthchain_primitives::{DataClass, Purpose};

	#[test]
	fn the_fact_scan_flags_a_patient_beside_a_class_a_purpose_or_an_organisation() {
		let mut registry = Registry::new();
		let id = registry.register_type(&meta_type::<LeakyEvents>()).id;
		let portable: PortableRegistry = registry.into();
		let findings = facts_of_variants(&portable, id, "Leaky", "event", PATIENT_FIELDS);
		let flagged: Vec<String> = leaks(&findings, &[]).into_iter().map(|f| f.place).collect();
		assert_eq!(flagged, vec!["event Accessed", "event Anchored", "event Enrolled"]);
		let accessed = &findings[0].facts;
		assert!(accessed.contains(&Fact::Organization) && accessed.contains(&Fact::Purpose));
		// An allow-list entry lets a place through, and only that place.
		let allowed = leaks(&findings, &[("Leaky", "event Enrolled", "a reason long enough")]);
		assert_eq!(allowed.len(), 2);
	}

	#[test]
	fn no_patient_is_joined_with_a_class_a_purpose_or_an_organisation_unless_allowed() {
		let (findings, undeclared) =
			scan_facts(&runtime_metadata(), HEALTHCARE_PALLETS, ACCOUNT_KEYS);
		assert!(
			undeclared.is_empty(),
			"account-keyed maps missing from ACCOUNT_KEYS: {undeclared:?}"
		);
		let leaks = leaks(&findings, FACT_ALLOW_LIST);
		assert!(leaks.is_empty(), "patients joined with other facts: {leaks:#?}");
	}

	#[test]
	fn every_fact_allow_list_entry_says_why_and_is_still_needed() {
		let (findings, _) = scan_facts(&runtime_metadata(), HEALTHCARE_PALLETS, ACCOUNT_KEYS);
		for (pallet, place, reason) in FACT_ALLOW_LIST {
			assert!(reason.len() >= 40, "{pallet} {place}: give a reason");
			assert!(
				findings
					.iter()
					.any(|f| f.pallet == *pallet && f.place == *place && f.joins_patient()),
				"{pallet} {place} allows nothing: remove it"
			);
		}
		for (pallet, item, _) in ACCOUNT_KEYS {
			assert!(
				findings
					.iter()
					.any(|f| f.pallet == *pallet && f.place == format!("storage {item}")),
				"{pallet} {item} is not a storage item"
			);
		}
	}

	#[test]
	fn the_scan_reports_pallets_it_cannot_find() {
		let (_, missing) = scan_metadata(&runtime_metadata(), &["NoSuchPallet"], &[]);
		assert_eq!(missing, vec!["NoSuchPallet".to_string()]);
	}
}
