//! Benchmarks (v2) of every call at its worst case: the longest serials and lots, the largest
//! bulk and case sizes, every pack's history one entry short of where the call stops, and the
//! longest role check (the manufacturer path where a regulator would be the short one).

use alloc::{format, vec::Vec};

use frame_benchmarking::v2::*;
use frame_support::{traits::Get, BoundedVec};
use frame_system::RawOrigin;
use healthchain_primitives::{
	provenance::{
		Custody, DecommissionReason, Expiry, Gtin, Investigation, Item, Lot, PackEvent,
		PackEventKind, PackKey, Serial, Sscc, MAX_SERIAL_LEN,
	},
	Commitment, OrganizationId, Role,
};

use crate::*;

/// GS1's example GTIN.
const GTIN: Gtin = Gtin(9_501_101_530_003);
/// A valid SSCC.
const SSCC: Sscc = Sscc(106_141_411_234_567_897);
/// An expiry far ahead.
const EXPIRY: Expiry = Expiry(991231);

/// A 20-character text ending in `n`.
fn text(prefix: &str, n: u32) -> BoundedVec<u8, frame_support::traits::ConstU32<MAX_SERIAL_LEN>> {
	BoundedVec::truncate_from(format!("{prefix}{n:019}").into_bytes())
}

fn lot() -> Lot {
	text("L", 1)
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

/// The manufacturer's member, with the product and its batch registered.
fn product<T: Config>() -> T::AccountId {
	let (_, maker) = T::BenchmarkHelper::organization_with_role(Role::Manufacturer);
	Pallet::<T>::register_product(
		RawOrigin::Signed(maker.clone()).into(),
		GTIN,
		Commitment::repeat_byte(1),
	)
	.expect("product registered");
	Pallet::<T>::register_batch(RawOrigin::Signed(maker.clone()).into(), GTIN, lot(), EXPIRY)
		.expect("batch registered");
	maker
}

/// `n` packs (serials 0..n) commissioned, each history filled to one short of `limit`.
fn packs<T: Config>(n: u32, limit: u32) -> T::AccountId {
	let maker = product::<T>();
	let serials = BoundedVec::truncate_from((0..n).map(serial).collect());
	Pallet::<T>::commission(RawOrigin::Signed(maker.clone()).into(), GTIN, lot(), serials)
		.expect("packs commissioned");
	for i in 0..n {
		fill::<T>(&key(i), limit);
	}
	maker
}

/// The custody limit of a pack's history.
fn custody_limit<T: Config>() -> u32 {
	T::MaxHistory::get() - HISTORY_RESERVE
}

/// Fills the history of `key` to one entry short of `limit`.
fn fill<T: Config>(key: &PackKey, limit: u32) {
	Packs::<T>::mutate(key, |pack| {
		let pack = pack.as_mut().expect("pack exists");
		let filler = PackEvent { kind: PackEventKind::Cleared, by: pack.owner, at: 0 };
		while (pack.history.len() as u32) < limit - 1 {
			pack.history.try_push(filler).expect("below the bound");
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

#[benchmarks]
mod benchmarks {
	use super::*;

	#[benchmark]
	fn register_product() {
		let (_, maker) = member::<T>(Role::Manufacturer);

		#[extrinsic_call]
		_(RawOrigin::Signed(maker), GTIN, Commitment::repeat_byte(1));

		assert!(Products::<T>::contains_key(GTIN));
	}

	#[benchmark]
	fn register_batch() {
		let (_, maker) = member::<T>(Role::Manufacturer);
		Pallet::<T>::register_product(
			RawOrigin::Signed(maker.clone()).into(),
			GTIN,
			Commitment::repeat_byte(1),
		)
		.expect("product registered");

		#[extrinsic_call]
		_(RawOrigin::Signed(maker), GTIN, lot(), EXPIRY);

		assert!(Batches::<T>::contains_key(GTIN, lot()));
	}

	// Measured proof: commissioning asks whether each serial exists, which proves a trie path,
	// not a pack's maximum encoded size (what the default estimate would charge, 3.2 kB each).
	#[benchmark(pov_mode = Measured)]
	fn commission(n: Linear<1, { T::MaxCommission::get() }>) {
		let maker = product::<T>();
		let serials = BoundedVec::truncate_from((0..n).map(serial).collect());

		#[extrinsic_call]
		_(RawOrigin::Signed(maker), GTIN, lot(), serials);

		assert_eq!(Batches::<T>::get(GTIN, lot()).expect("batch").commissioned, n);
	}

	#[benchmark]
	fn pack_case(n: Linear<1, { T::MaxCaseSize::get() }>) {
		let maker = packs::<T>(n, custody_limit::<T>());
		let contents = case_of::<T>(n);

		#[extrinsic_call]
		_(RawOrigin::Signed(maker), SSCC, contents);

		assert_eq!(Cases::<T>::get(SSCC).expect("case").contents.len() as u32, n);
	}

	#[benchmark]
	fn unpack_case(n: Linear<1, { T::MaxCaseSize::get() }>) {
		let maker = packs::<T>(n, custody_limit::<T>() - 1);
		Pallet::<T>::pack_case(RawOrigin::Signed(maker.clone()).into(), SSCC, case_of::<T>(n))
			.expect("packed");

		#[extrinsic_call]
		_(RawOrigin::Signed(maker), SSCC);

		assert!(!Cases::<T>::contains_key(SSCC));
	}

	#[benchmark]
	fn ship_pack() {
		let maker = packs::<T>(1, custody_limit::<T>());
		let (wholesaler, _) = member::<T>(Role::Wholesaler);

		#[extrinsic_call]
		ship(RawOrigin::Signed(maker), Item::Pack(key(0)), wholesaler);

		assert_eq!(Packs::<T>::get(key(0)).expect("pack").custody, Custody::InTransit(wholesaler));
	}

	#[benchmark]
	fn ship_case(n: Linear<1, { T::MaxCaseSize::get() }>) {
		let maker = packs::<T>(n, custody_limit::<T>() - 1);
		Pallet::<T>::pack_case(RawOrigin::Signed(maker.clone()).into(), SSCC, case_of::<T>(n))
			.expect("packed");
		let (wholesaler, _) = member::<T>(Role::Wholesaler);

		#[extrinsic_call]
		ship(RawOrigin::Signed(maker), Item::Case(SSCC), wholesaler);

		assert_eq!(Cases::<T>::get(SSCC).expect("case").in_transit_to, Some(wholesaler));
	}

	#[benchmark]
	fn receive_pack() {
		let maker = packs::<T>(1, custody_limit::<T>() - 1);
		let (wholesaler, staff) = member::<T>(Role::Wholesaler);
		Pallet::<T>::ship(RawOrigin::Signed(maker).into(), Item::Pack(key(0)), wholesaler)
			.expect("shipped");

		#[extrinsic_call]
		receive(RawOrigin::Signed(staff), Item::Pack(key(0)));

		assert_eq!(Packs::<T>::get(key(0)).expect("pack").owner, wholesaler);
	}

	#[benchmark]
	fn receive_case(n: Linear<1, { T::MaxCaseSize::get() }>) {
		let maker = packs::<T>(n, custody_limit::<T>() - 2);
		Pallet::<T>::pack_case(RawOrigin::Signed(maker.clone()).into(), SSCC, case_of::<T>(n))
			.expect("packed");
		let (wholesaler, staff) = member::<T>(Role::Wholesaler);
		Pallet::<T>::ship(RawOrigin::Signed(maker).into(), Item::Case(SSCC), wholesaler)
			.expect("shipped");

		#[extrinsic_call]
		receive(RawOrigin::Signed(staff), Item::Case(SSCC));

		assert_eq!(Cases::<T>::get(SSCC).expect("case").owner, wholesaler);
	}

	#[benchmark]
	fn cancel_shipment(n: Linear<1, { T::MaxCaseSize::get() }>) {
		let maker = packs::<T>(n, custody_limit::<T>() - 2);
		Pallet::<T>::pack_case(RawOrigin::Signed(maker.clone()).into(), SSCC, case_of::<T>(n))
			.expect("packed");
		let (wholesaler, _) = member::<T>(Role::Wholesaler);
		Pallet::<T>::ship(RawOrigin::Signed(maker.clone()).into(), Item::Case(SSCC), wholesaler)
			.expect("shipped");

		#[extrinsic_call]
		_(RawOrigin::Signed(maker), Item::Case(SSCC));

		assert_eq!(Cases::<T>::get(SSCC).expect("case").in_transit_to, None);
	}

	#[benchmark]
	fn dispense() {
		packs::<T>(1, custody_limit::<T>());
		let (pharmacy, staff) = member::<T>(Role::Pharmacy);
		give::<T>(&key(0), pharmacy);

		#[extrinsic_call]
		_(RawOrigin::Signed(staff), key(0));

		assert_eq!(Packs::<T>::get(key(0)).expect("pack").custody, Custody::Dispensed);
	}

	#[benchmark]
	fn decommission() {
		let maker = packs::<T>(1, custody_limit::<T>());

		#[extrinsic_call]
		_(RawOrigin::Signed(maker), key(0), DecommissionReason::Exported);

		assert_eq!(
			Packs::<T>::get(key(0)).expect("pack").custody,
			Custody::Decommissioned(DecommissionReason::Exported)
		);
	}

	#[benchmark]
	fn undo() {
		packs::<T>(1, custody_limit::<T>() - 1);
		let (pharmacy, staff) = member::<T>(Role::Pharmacy);
		give::<T>(&key(0), pharmacy);
		Pallet::<T>::dispense(RawOrigin::Signed(staff.clone()).into(), key(0)).expect("dispensed");

		#[extrinsic_call]
		_(RawOrigin::Signed(staff), key(0));

		assert_eq!(Packs::<T>::get(key(0)).expect("pack").custody, Custody::Active);
	}

	#[benchmark]
	fn recall() {
		let maker = product::<T>();

		#[extrinsic_call]
		_(RawOrigin::Signed(maker), GTIN, lot());

		assert!(Batches::<T>::get(GTIN, lot()).expect("batch").recalled.is_some());
	}

	#[benchmark]
	fn flag_suspect() {
		let maker = packs::<T>(1, T::MaxHistory::get());

		#[extrinsic_call]
		_(RawOrigin::Signed(maker), key(0));

		assert!(Flagged::<T>::contains_key(key(0)));
	}

	#[benchmark]
	fn quarantine() {
		let maker = packs::<T>(1, T::MaxHistory::get() - 1);
		Pallet::<T>::flag_suspect(RawOrigin::Signed(maker.clone()).into(), key(0))
			.expect("flagged");

		#[extrinsic_call]
		_(RawOrigin::Signed(maker), key(0));

		assert_eq!(Flagged::<T>::get(key(0)), Some(Investigation::Quarantined));
	}

	#[benchmark]
	fn clear() {
		let maker = packs::<T>(1, T::MaxHistory::get() - 1);
		Pallet::<T>::flag_suspect(RawOrigin::Signed(maker.clone()).into(), key(0))
			.expect("flagged");

		#[extrinsic_call]
		_(RawOrigin::Signed(maker), key(0));

		assert!(!Flagged::<T>::contains_key(key(0)));
	}

	#[benchmark]
	fn declare_illegitimate() {
		let maker = packs::<T>(1, T::MaxHistory::get() - 1);
		Pallet::<T>::flag_suspect(RawOrigin::Signed(maker.clone()).into(), key(0))
			.expect("flagged");

		#[extrinsic_call]
		_(RawOrigin::Signed(maker), key(0));

		assert_eq!(Flagged::<T>::get(key(0)), Some(Investigation::Illegitimate));
	}

	impl_benchmark_test_suite!(Pallet, crate::mock::ExtBuilder.build(), crate::mock::Test);
}
