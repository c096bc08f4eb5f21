//! Benchmarks (v2) of every call at its worst case:
//! - every pack a loop touches in its own lot, so each reads a distinct batch entry (256 packs
//!   of a case from 256 batches, not one);
//! - the largest bulk and case sizes, the longest serials and lots;
//! - every pack's history as long as the call still accepts: custody events up to the last
//!   one the call may add, and the investigation reserve as full as the call allows;
//! - the longest role checks: a `Repackager` (the second maker role) as the manufacturer, a
//!   `Hospital` (the last supply-chain and dispensing role) acting, the manufacturer path where
//!   a regulator would be the short one, the maker check of the removals.

use alloc::{format, vec, vec::Vec};

use frame_benchmarking::v2::*;
use frame_support::{
	traits::{Get, Time},
	BoundedVec,
};
use frame_system::RawOrigin;
use healthchain_primitives::{
	provenance::{
		CompanyPrefix, Custody, DecommissionReason, Expiry, Gtin, Investigation, Item, Lot,
		PackEvent, PackEventKind, PackKey, Serial, Sscc, MAX_SERIAL_LEN,
	},
	Commitment, OrganizationId, Role,
};

use crate::{types::kept_until, *};

/// A GTIN, 0 614141123456 2, under no GS1 Company Prefix the development chain assigns.
const GTIN: Gtin = Gtin(6_141_411_234_562);
/// An SSCC, 0 376104250001 0001 2, under no GS1 Company Prefix the development chain assigns.
const SSCC: Sscc = Sscc(37_610_425_000_100_012);
/// An expiry far ahead.
const EXPIRY: Expiry = Expiry(991231);

/// A 20-character text ending in `n`.
fn text(prefix: &str, n: u32) -> BoundedVec<u8, frame_support::traits::ConstU32<MAX_SERIAL_LEN>> {
	BoundedVec::truncate_from(format!("{prefix}{n:019}").into_bytes())
}

/// Lot `n`: every pack of the benchmarks has its own.
fn lot(n: u32) -> Lot {
	text("L", n)
}

fn serial(n: u32) -> Serial {
	text("S", n)
}

fn key(n: u32) -> PackKey {
	PackKey { gtin: GTIN, serial: serial(n) }
}

fn member<T: Config>(role: Role) -> (OrganizationId, T::AccountId) {
	T::BenchmarkHelper::organization_with_role(role)
}

fn signed<T: Config>(who: &T::AccountId) -> T::RuntimeOrigin {
	RawOrigin::Signed(who.clone()).into()
}

/// The custody events a pack's history may hold.
fn custody_limit<T: Config>() -> u32 {
	Pallet::<T>::custody_limit()
}

/// A member of a `Repackager` (the longer maker-role check), its organisation holding the
/// 12-digit GS1 Company Prefix of [`GTIN`]: finding its holder reads an entry at every prefix
/// length, nine in all (registering the product, its batches and its packs).
fn maker<T: Config>() -> T::AccountId {
	let (org, maker) = member::<T>(Role::Repackager);
	T::BenchmarkHelper::assign_company_prefix(org, GTIN.company_prefix(CompanyPrefix::MAX_DIGITS));
	maker
}

/// The maker ([`maker`]), with the product registered.
fn product<T: Config>() -> T::AccountId {
	let maker = maker::<T>();
	Pallet::<T>::register_product(signed::<T>(&maker), GTIN, Commitment::repeat_byte(1))
		.expect("product registered");
	maker
}

/// Registers batch `lot(n)`.
fn batch<T: Config>(maker: &T::AccountId, n: u32) {
	Pallet::<T>::register_batch(signed::<T>(maker), GTIN, lot(n), EXPIRY)
		.expect("batch registered");
}

/// The maker, with packs `key(0..n)` commissioned, pack `i` in its own batch `lot(i)`, given
/// to `owner`, each history filled to `custody` custody events and `investigations` (closed)
/// investigation steps.
fn packs<T: Config>(
	n: u32,
	owner: OrganizationId,
	custody: u32,
	investigations: u32,
) -> T::AccountId {
	let maker = product::<T>();
	for i in 0..n {
		batch::<T>(&maker, i);
		let serials = BoundedVec::truncate_from(vec![serial(i)]);
		Pallet::<T>::commission(signed::<T>(&maker), GTIN, lot(i), serials)
			.expect("pack commissioned");
		give::<T>(&key(i), owner);
		fill::<T>(&key(i), custody, investigations);
	}
	assert_eq!(Batches::<T>::iter_prefix(GTIN).count() as u32, n, "one batch per pack");
	maker
}

/// Fills the history of `key` to `custody` custody events and `investigations` closed
/// investigation steps.
fn fill<T: Config>(key: &PackKey, custody: u32, investigations: u32) {
	Packs::<T>::mutate(key, |pack| {
		let pack = pack.as_mut().expect("pack exists");
		let by = pack.owner;
		while pack.custody_entries() < custody {
			let filler = PackEvent { kind: PackEventKind::ShipmentCancelled(by), by, at: 0 };
			pack.history.try_push(filler).expect("within the custody budget");
		}
		let mut open = false;
		while pack.investigation_entries() < investigations {
			let kind = if open { PackEventKind::Cleared } else { PackEventKind::FlaggedSuspect };
			open = !open;
			pack.history.try_push(PackEvent { kind, by, at: 0 }).expect("within the reserve");
		}
	});
}

/// Gives pack `key` to `org` (stock index included).
fn give<T: Config>(key: &PackKey, org: OrganizationId) {
	Packs::<T>::mutate(key, |pack| {
		let pack = pack.as_mut().expect("pack exists");
		Owned::<T>::remove(pack.owner, key);
		pack.owner = org;
	});
	Owned::<T>::insert(org, key, ());
}

fn case_of<T: Config>(n: u32) -> PackKeysOf<T> {
	BoundedVec::truncate_from((0..n).map(key).collect::<Vec<_>>())
}

/// Makes `org` the holder of the 12-digit GS1 Company Prefix of [`SSCC`]: finding its holder
/// reads an entry at every prefix length, nine in all (packing the case).
fn numbers_cases<T: Config>(org: OrganizationId) {
	T::BenchmarkHelper::assign_company_prefix(org, SSCC.company_prefix(CompanyPrefix::MAX_DIGITS));
}

/// `who`, a member of `org` (which gets [`SSCC`]'s prefix), packs packs `0..n` into [`SSCC`].
fn packed<T: Config>(org: OrganizationId, who: &T::AccountId, n: u32) {
	numbers_cases::<T>(org);
	Pallet::<T>::pack_case(signed::<T>(who), SSCC, case_of::<T>(n)).expect("packed");
}

#[benchmarks]
mod benchmarks {
	use super::*;

	#[benchmark]
	fn register_product() {
		let maker = maker::<T>();

		#[extrinsic_call]
		_(RawOrigin::Signed(maker), GTIN, Commitment::repeat_byte(1));

		assert!(Products::<T>::contains_key(GTIN));
	}

	#[benchmark]
	fn register_batch() {
		let maker = product::<T>();

		#[extrinsic_call]
		_(RawOrigin::Signed(maker), GTIN, lot(0), EXPIRY);

		assert!(Batches::<T>::contains_key(GTIN, lot(0)));
	}

	// Measured proof: commissioning asks whether each serial exists, which proves a trie path,
	// not a pack's maximum encoded size (what the default estimate would charge, 3.3 kB each).
	// One batch: the loop reads it once, before the loop.
	#[benchmark(pov_mode = Measured)]
	fn commission(n: Linear<1, { T::MaxCommission::get() }>) {
		let maker = product::<T>();
		batch::<T>(&maker, 0);
		let serials = BoundedVec::truncate_from((0..n).map(serial).collect::<Vec<_>>());

		#[extrinsic_call]
		_(RawOrigin::Signed(maker), GTIN, lot(0), serials);

		assert_eq!(Batches::<T>::get(GTIN, lot(0)).expect("batch").commissioned, n);
	}

	#[benchmark]
	fn pack_case(n: Linear<1, { T::MaxCaseSize::get() }>) {
		let (hospital, staff) = member::<T>(Role::Hospital);
		// Packing leaves room for the unpacking and the end: the last custody entry allowed.
		packs::<T>(n, hospital, custody_limit::<T>() - 3, HISTORY_RESERVE);
		numbers_cases::<T>(hospital);
		let contents = case_of::<T>(n);

		#[extrinsic_call]
		_(RawOrigin::Signed(staff), SSCC, contents);

		assert_eq!(Cases::<T>::get(SSCC).expect("case").contents.len() as u32, n);
	}

	#[benchmark]
	fn unpack_case(n: Linear<1, { T::MaxCaseSize::get() }>) {
		let (hospital, staff) = member::<T>(Role::Hospital);
		packs::<T>(n, hospital, custody_limit::<T>() - 3, HISTORY_RESERVE);
		packed::<T>(hospital, &staff, n);

		#[extrinsic_call]
		_(RawOrigin::Signed(staff), SSCC);

		assert!(!Cases::<T>::contains_key(SSCC));
	}

	#[benchmark]
	fn ship_pack() {
		let (hospital, staff) = member::<T>(Role::Hospital);
		let (pharmacy, _) = member::<T>(Role::Pharmacy);
		packs::<T>(1, hospital, custody_limit::<T>() - 3, HISTORY_RESERVE);

		#[extrinsic_call]
		ship(RawOrigin::Signed(staff), Item::Pack(key(0)), pharmacy);

		assert_eq!(Packs::<T>::get(key(0)).expect("pack").custody, Custody::InTransit(pharmacy));
	}

	#[benchmark]
	fn ship_case(n: Linear<1, { T::MaxCaseSize::get() }>) {
		let (hospital, staff) = member::<T>(Role::Hospital);
		let (pharmacy, _) = member::<T>(Role::Pharmacy);
		packs::<T>(n, hospital, custody_limit::<T>() - 5, HISTORY_RESERVE);
		packed::<T>(hospital, &staff, n);

		#[extrinsic_call]
		ship(RawOrigin::Signed(staff), Item::Case(SSCC), pharmacy);

		assert_eq!(Cases::<T>::get(SSCC).expect("case").in_transit_to, Some(pharmacy));
	}

	#[benchmark]
	fn receive_pack() {
		let (pharmacy, shipper) = member::<T>(Role::Pharmacy);
		let (hospital, staff) = member::<T>(Role::Hospital);
		packs::<T>(1, pharmacy, custody_limit::<T>() - 3, HISTORY_RESERVE);
		Pallet::<T>::ship(signed::<T>(&shipper), Item::Pack(key(0)), hospital).expect("shipped");

		#[extrinsic_call]
		receive(RawOrigin::Signed(staff), Item::Pack(key(0)));

		assert_eq!(Packs::<T>::get(key(0)).expect("pack").owner, hospital);
	}

	#[benchmark]
	fn receive_case(n: Linear<1, { T::MaxCaseSize::get() }>) {
		let (pharmacy, shipper) = member::<T>(Role::Pharmacy);
		let (hospital, staff) = member::<T>(Role::Hospital);
		packs::<T>(n, pharmacy, custody_limit::<T>() - 5, HISTORY_RESERVE);
		packed::<T>(pharmacy, &shipper, n);
		Pallet::<T>::ship(signed::<T>(&shipper), Item::Case(SSCC), hospital).expect("shipped");

		#[extrinsic_call]
		receive(RawOrigin::Signed(staff), Item::Case(SSCC));

		assert_eq!(Cases::<T>::get(SSCC).expect("case").owner, hospital);
	}

	#[benchmark]
	fn cancel_shipment(n: Linear<1, { T::MaxCaseSize::get() }>) {
		let (hospital, staff) = member::<T>(Role::Hospital);
		let (pharmacy, _) = member::<T>(Role::Pharmacy);
		packs::<T>(n, hospital, custody_limit::<T>() - 5, HISTORY_RESERVE);
		packed::<T>(hospital, &staff, n);
		Pallet::<T>::ship(signed::<T>(&staff), Item::Case(SSCC), pharmacy).expect("shipped");

		#[extrinsic_call]
		_(RawOrigin::Signed(staff), Item::Case(SSCC));

		assert_eq!(Cases::<T>::get(SSCC).expect("case").in_transit_to, None);
	}

	#[benchmark]
	fn dispense() {
		let (hospital, staff) = member::<T>(Role::Hospital);
		packs::<T>(1, hospital, custody_limit::<T>() - 1, HISTORY_RESERVE);

		#[extrinsic_call]
		_(RawOrigin::Signed(staff), key(0));

		assert_eq!(Packs::<T>::get(key(0)).expect("pack").custody, Custody::Dispensed);
	}

	#[benchmark]
	fn decommission() {
		let (hospital, staff) = member::<T>(Role::Hospital);
		packs::<T>(1, hospital, custody_limit::<T>() - 1, HISTORY_RESERVE);

		// `Exported`: the longer path, which checks the batch.
		#[extrinsic_call]
		_(RawOrigin::Signed(staff), key(0), DecommissionReason::Exported);

		assert_eq!(
			Packs::<T>::get(key(0)).expect("pack").custody,
			Custody::Decommissioned(DecommissionReason::Exported)
		);
	}

	#[benchmark]
	fn undo() {
		let (hospital, staff) = member::<T>(Role::Hospital);
		// Undoing leaves room for another dispense.
		packs::<T>(1, hospital, custody_limit::<T>() - 3, HISTORY_RESERVE);
		Pallet::<T>::dispense(signed::<T>(&staff), key(0)).expect("dispensed");

		#[extrinsic_call]
		_(RawOrigin::Signed(staff), key(0));

		assert_eq!(Packs::<T>::get(key(0)).expect("pack").custody, Custody::Active);
	}

	#[benchmark]
	fn recall() {
		let maker = product::<T>();
		batch::<T>(&maker, 0);

		#[extrinsic_call]
		_(RawOrigin::Signed(maker), GTIN, lot(0));

		assert!(Batches::<T>::get(GTIN, lot(0)).expect("batch").recalled.is_some());
	}

	#[benchmark]
	fn flag_suspect() {
		let (hospital, staff) = member::<T>(Role::Hospital);
		// The owner's flag (after the regulator check fails) on a full investigation reserve:
		// the oldest step rolls off first.
		packs::<T>(1, hospital, custody_limit::<T>() - 1, HISTORY_RESERVE);

		#[extrinsic_call]
		_(RawOrigin::Signed(staff), key(0));

		assert!(Flagged::<T>::contains_key(key(0)));
	}

	#[benchmark]
	fn quarantine() {
		let (hospital, staff) = member::<T>(Role::Hospital);
		let (_, regulator) = member::<T>(Role::Regulator);
		// The reserve is full after the flag: the quarantine rolls the oldest step off.
		packs::<T>(1, hospital, custody_limit::<T>() - 1, HISTORY_RESERVE - 1);
		Pallet::<T>::flag_suspect(signed::<T>(&regulator), key(0)).expect("flagged");

		#[extrinsic_call]
		_(RawOrigin::Signed(staff), key(0));

		assert_eq!(Flagged::<T>::get(key(0)), Some(Investigation::Quarantined));
	}

	#[benchmark]
	fn clear() {
		let (hospital, staff) = member::<T>(Role::Hospital);
		// The manufacturer clears what the owner raised: the longer origin path.
		let maker = packs::<T>(1, hospital, custody_limit::<T>() - 1, HISTORY_RESERVE - 2);
		Pallet::<T>::flag_suspect(signed::<T>(&staff), key(0)).expect("flagged");
		Pallet::<T>::quarantine(signed::<T>(&staff), key(0)).expect("quarantined");

		#[extrinsic_call]
		_(RawOrigin::Signed(maker), key(0));

		assert!(!Flagged::<T>::contains_key(key(0)));
	}

	#[benchmark]
	fn declare_illegitimate() {
		let (hospital, _) = member::<T>(Role::Hospital);
		let (_, regulator) = member::<T>(Role::Regulator);
		let maker = packs::<T>(1, hospital, custody_limit::<T>() - 1, HISTORY_RESERVE - 2);
		Pallet::<T>::flag_suspect(signed::<T>(&regulator), key(0)).expect("flagged");
		Pallet::<T>::quarantine(signed::<T>(&regulator), key(0)).expect("quarantined");

		#[extrinsic_call]
		_(RawOrigin::Signed(maker), key(0));

		assert_eq!(Flagged::<T>::get(key(0)), Some(Investigation::Illegitimate));
	}

	#[benchmark]
	fn remove_pack() {
		let (hospital, staff) = member::<T>(Role::Hospital);
		let (_, regulator) = member::<T>(Role::Regulator);
		// A full history, and an illegitimate pack: it leaves the regulators' list too.
		let steps = HISTORY_RESERVE - INVESTIGATION_STEPS;
		packs::<T>(1, hospital, custody_limit::<T>() - 1, steps);
		Pallet::<T>::flag_suspect(signed::<T>(&regulator), key(0)).expect("flagged");
		Pallet::<T>::quarantine(signed::<T>(&regulator), key(0)).expect("quarantined");
		Pallet::<T>::declare_illegitimate(signed::<T>(&regulator), key(0)).expect("declared");
		Pallet::<T>::decommission(signed::<T>(&staff), key(0), DecommissionReason::Destroyed)
			.expect("destroyed");
		let pack = Packs::<T>::get(key(0)).expect("pack");
		let started = T::Time::now();
		T::BenchmarkHelper::set_time(kept_until(
			EXPIRY,
			pack.last_event_at(),
			T::RecordRetention::get(),
		));
		let caller: T::AccountId = whitelisted_caller();

		#[extrinsic_call]
		_(RawOrigin::Signed(caller), key(0));

		assert!(!Packs::<T>::contains_key(key(0)) && !Flagged::<T>::contains_key(key(0)));
		T::BenchmarkHelper::set_time(started);
	}

	#[benchmark]
	fn remove_batch() {
		// Within the retention period: the manufacturer's removal of an unused batch, which
		// checks the caller's organisation (after retention anyone may, unchecked).
		let maker = product::<T>();
		batch::<T>(&maker, 0);

		#[extrinsic_call]
		_(RawOrigin::Signed(maker), GTIN, lot(0));

		assert!(!Batches::<T>::contains_key(GTIN, lot(0)));
	}

	#[benchmark]
	fn remove_product() {
		let maker = product::<T>();

		#[extrinsic_call]
		_(RawOrigin::Signed(maker), GTIN);

		assert!(!Products::<T>::contains_key(GTIN));
	}

	impl_benchmark_test_suite!(Pallet, crate::mock::ExtBuilder.build(), crate::mock::Test);
}
