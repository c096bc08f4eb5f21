//! Invariants of drug provenance, checked after every unit test and under try-runtime.

use alloc::{
	collections::{BTreeMap, BTreeSet},
	vec::Vec,
};

use frame_support::{ensure, traits::fungible::InspectHold};
use healthchain_primitives::provenance::{Custody, Gtin, Investigation, PackEventKind, PackKey};
use sp_runtime::{Saturating, TryRuntimeError};

use crate::{
	types::is_investigation, BalanceOf, Batches, Cases, Config, Flagged, HoldReason, Owned, PackOf,
	Packs, Pallet, Products, HISTORY_RESERVE,
};

/// Deposits recorded per depositor.
type Deposits<T> = BTreeMap<<T as frame_system::Config>::AccountId, BalanceOf<T>>;

/// Adds `amount` to what `who` is recorded to have paid.
fn add<T: Config>(deposits: &mut Deposits<T>, who: &T::AccountId, amount: BalanceOf<T>) {
	let total = deposits.entry(who.clone()).or_default();
	*total = total.saturating_add(amount);
}

/// Each depositor holds, for `reason`, exactly the deposits recorded for it.
fn ensure_holds<T: Config>(
	reason: HoldReason,
	deposits: &Deposits<T>,
) -> Result<(), TryRuntimeError> {
	let reason: T::RuntimeHoldReason = reason.into();
	for (who, recorded) in deposits {
		ensure!(
			T::Currency::balance_on_hold(&reason, who) == *recorded,
			"a depositor's hold differs from the deposits recorded for it"
		);
	}
	Ok(())
}

impl<T: Config> Pallet<T> {
	/// Checks that:
	/// - every product counts exactly its batches, and every batch belongs to a registered
	///   product and counts exactly its packs (and at least as many commissioned);
	/// - every pack's history starts with its commissioning; its custody events leave room for
	///   the events that end its life, its investigation steps stay within the reserve, and an
	///   open investigation's steps, from its flag on, are all kept (only older steps roll off;
	///   until session 45 this asked for room to decide it too, which a full reserve with an
	///   investigation open, a state the pallet allows, failed);
	/// - the stock index holds exactly the packs that are held or in transit, under their owner
	///   (exactly one owner per pack);
	/// - a pack is dispensed or decommissioned exactly when it records who ended it;
	/// - a case holds only packs that name it, owned by the case's owner, all in transit to
	///   where the case is, and every pack naming a case is in it;
	/// - the regulators' list holds exactly the packs under investigation;
	/// - every depositor holds, per hold reason, exactly the deposits recorded for it.
	pub fn do_try_state() -> Result<(), TryRuntimeError> {
		let custody_limit = Self::custody_limit();
		let mut per_batch = BTreeMap::new();
		let mut held = BTreeSet::new();
		let mut investigated = BTreeMap::new();
		let mut pack_deposits = Deposits::<T>::new();
		for (key, pack) in Packs::<T>::iter() {
			ensure!(
				pack.history.first().is_some_and(|e| e.kind == PackEventKind::Commissioned),
				"history does not start with the commissioning"
			);
			ensure!(
				pack.custody_entries().saturating_add(pack.custody_events_to_end())
					<= custody_limit,
				"no room left to end the pack's life"
			);
			ensure!(
				pack.investigation_entries() <= HISTORY_RESERVE,
				"investigation steps beyond the reserve"
			);
			ensure!(open_steps_kept::<T>(&pack), "the open investigation's steps are not all kept");
			*per_batch.entry((key.gtin, pack.lot.clone())).or_insert(0u32) += 1;
			let ended = pack.is_ended();
			ensure!(ended == pack.ended.is_some(), "ended without an end, or the reverse");
			if !ended {
				held.insert((pack.owner, key.clone()));
			}
			if let Some(sscc) = pack.case {
				let case = Cases::<T>::get(sscc).ok_or("pack in a missing case")?;
				ensure!(case.contents.contains(&key), "pack names a case that lacks it");
			}
			if let Some(state) = pack.investigation_state() {
				investigated.insert(key.clone(), state);
			}
			add::<T>(&mut pack_deposits, &pack.depositor, pack.deposit);
		}
		let mut per_product: BTreeMap<Gtin, u32> = BTreeMap::new();
		let mut batch_deposits = Deposits::<T>::new();
		for (gtin, lot, batch) in Batches::<T>::iter() {
			ensure!(Products::<T>::contains_key(gtin), "batch of an unknown product");
			*per_product.entry(gtin).or_insert(0) += 1;
			let packs = per_batch.remove(&(gtin, lot)).unwrap_or(0);
			ensure!(packs == batch.packs, "batch count differs from its packs");
			ensure!(batch.commissioned >= batch.packs, "more packs stored than commissioned");
			add::<T>(&mut batch_deposits, &batch.depositor, batch.deposit);
		}
		ensure!(per_batch.is_empty(), "packs of an unknown batch");
		let mut product_deposits = Deposits::<T>::new();
		for (gtin, product) in Products::<T>::iter() {
			let batches = per_product.get(&gtin).copied().unwrap_or(0);
			ensure!(batches == product.batches, "product count differs from its batches");
			add::<T>(&mut product_deposits, &product.depositor, product.deposit);
		}
		let indexed: BTreeSet<(u32, PackKey)> = Owned::<T>::iter_keys().collect();
		ensure!(indexed == held, "stock index differs from the packs held");
		let mut case_deposits = Deposits::<T>::new();
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
			add::<T>(&mut case_deposits, &case.depositor, case.deposit);
		}
		let flagged: BTreeMap<PackKey, _> = Flagged::<T>::iter().collect();
		ensure!(flagged == investigated, "regulators' list differs from the investigations");
		ensure_holds::<T>(HoldReason::ProductDeposit, &product_deposits)?;
		ensure_holds::<T>(HoldReason::BatchDeposit, &batch_deposits)?;
		ensure_holds::<T>(HoldReason::PackDeposit, &pack_deposits)?;
		ensure_holds::<T>(HoldReason::CaseDeposit, &case_deposits)?;
		Ok(())
	}
}

/// Whether the investigation steps of `pack`'s open investigation, from its flag on, are the
/// last investigation steps of its history, as its state says they must be: a flag (suspect); a
/// flag and a quarantine (quarantined); a flag, maybe a quarantine, and the declaration
/// (illegitimate). Without an open investigation, nothing to check.
fn open_steps_kept<T: Config>(pack: &PackOf<T>) -> bool {
	use PackEventKind::{DeclaredIllegitimate, FlaggedSuspect, Quarantined};
	let Some(state) = pack.investigation_state() else { return true };
	let steps: Vec<&PackEventKind> =
		pack.history.iter().map(|e| &e.kind).filter(|k| is_investigation(k)).collect();
	let Some(flag) = steps.iter().rposition(|k| **k == FlaggedSuspect) else { return false };
	matches!(
		(state, &steps[flag + 1..]),
		(Investigation::Suspect, [])
			| (Investigation::Quarantined, [&Quarantined])
			| (Investigation::Illegitimate, [&DeclaredIllegitimate])
			| (Investigation::Illegitimate, [&Quarantined, &DeclaredIllegitimate])
	)
}
