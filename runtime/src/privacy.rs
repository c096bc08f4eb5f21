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
	&["Organizations", "Consent", "Records", "Trials", "Provenance"];

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

	#[test]
	fn the_scan_reports_pallets_it_cannot_find() {
		let (_, missing) = scan_metadata(&runtime_metadata(), &["NoSuchPallet"], &[]);
		assert_eq!(missing, vec!["NoSuchPallet".to_string()]);
	}
}
