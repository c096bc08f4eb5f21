//! Invariants of drug provenance, checked after every unit test and under try-runtime.

use alloc::collections::{BTreeMap, BTreeSet};

use frame_support::ensure;
use healthchain_primitives::provenance::{Custody, PackEventKind, PackKey};
use sp_runtime::TryRuntimeError;

use crate::{Batches, Cases, Config, Flagged, Owned, Packs, Pallet, Products};

impl<T: Config> Pallet<T> {
	/// Checks that:
	/// - every batch belongs to a registered product, and counts exactly the packs in it;
	/// - every pack's history starts with its commissioning and is non-empty;
	/// - the stock index holds exactly the packs that are held or in transit, under their owner
	///   (exactly one owner per pack);
	/// - a pack is dispensed or decommissioned exactly when it records who ended it;
	/// - a case holds only packs that name it, owned by the case's owner, all in transit to
	///   where the case is, and every pack naming a case is in it;
	/// - the regulators' list holds exactly the packs under investigation.
	pub fn do_try_state() -> Result<(), TryRuntimeError> {
		let mut per_batch = BTreeMap::new();
		let mut held = BTreeSet::new();
		let mut investigated = BTreeMap::new();
		for (key, pack) in Packs::<T>::iter() {
			ensure!(
				pack.history.first().is_some_and(|e| e.kind == PackEventKind::Commissioned),
				"history does not start with the commissioning"
			);
			*per_batch.entry((key.gtin, pack.lot.clone())).or_insert(0u32) += 1;
			let ended = matches!(pack.custody, Custody::Dispensed | Custody::Decommissioned(_));
			ensure!(ended == pack.ended.is_some(), "ended without an end, or the reverse");
			if !ended {
				held.insert((pack.owner, key.clone()));
			}
			if let Some(sscc) = pack.case {
				let case = Cases::<T>::get(sscc).ok_or("pack in a missing case")?;
				ensure!(case.contents.contains(&key), "pack names a case that lacks it");
			}
			if let Some(investigation) = pack.investigation {
				investigated.insert(key.clone(), investigation);
			}
		}
		for (gtin, lot, batch) in Batches::<T>::iter() {
			ensure!(Products::<T>::contains_key(gtin), "batch of an unknown product");
			let packs = per_batch.remove(&(gtin, lot)).unwrap_or(0);
			ensure!(packs == batch.commissioned, "batch count differs from its packs");
		}
		ensure!(per_batch.is_empty(), "packs of an unknown batch");
		let indexed: BTreeSet<(u32, PackKey)> = Owned::<T>::iter_keys().collect();
		ensure!(indexed == held, "stock index differs from the packs held");
		for (sscc, case) in Cases::<T>::iter() {
			ensure!(!case.contents.is_empty(), "empty case");
			for key in case.contents.iter() {
				let pack = Packs::<T>::get(key).ok_or("case holds an unknown pack")?;
				ensure!(pack.case == Some(sscc), "case holds a pack that names another case");
				ensure!(pack.owner == case.owner, "case and pack owners differ");
				let transit = match pack.custody {
					Custody::InTransit(to) => Some(to),
					_ => None,
				};
				ensure!(transit == case.in_transit_to, "case and pack transit differ");
			}
		}
		let flagged: BTreeMap<PackKey, _> = Flagged::<T>::iter().collect();
		ensure!(flagged == investigated, "regulators' list differs from the investigations");
		Ok(())
	}
}
