//! A per-block budget of storage writes for the calls whose writes grow with their arguments,
//! which bounds what they add to the memory relay-chain validators need for `validate_block`.
//!
//! Weights bound a block's compute and proof, not the wasm memory a validator needs to validate
//! it (the PVF's heap: 2,048 pages of 64 KiB, 128 MiB), and the collator never runs
//! `validate_block`. Measured (`healthchain-node validate-blocks`, docs/performance.md, session
//! 21): each key a block writes costs a validator's `validate_block` 3.2–8.9 kB of heap, more
//! as the trie deepens (15–16 kB on a state of 1M packs, session 25), so that 14 full
//! `commission` calls (28,000 new keys), which the weights allow in one block, needed 99 MB on
//! a near-empty state, and in session 20's runs with a 45,001-pack set-up every validator
//! refused such a block for running out of memory. A block of 1,836 `ship` calls needed 27 MB.
//!
//! [`CheckBlockResources`] is `frame_system::CheckWeight` plus this budget: before a call whose
//! writes grow with its arguments ([`declared_writes`]) is applied, the writes it declares are
//! added to the block's count ([`BlockWrites`]); a call that would take the count past
//! [`MAX_BLOCK_WRITES`] is refused as `ExhaustsResources`, which the block builder treats as a
//! full block: the transaction is skipped and stays in the pool for a later block, exactly like
//! one over the block's weight; a call that fails gives its declared writes back (its changes
//! were rolled back). Other calls write a handful of keys each and are bounded by the block's
//! weight; calls dispatched by governance (scheduled, without transaction extensions) are not
//! counted. The count lives only in the block's overlay: it is removed after the block's last
//! transaction ([`ClearBlockWrites`]), so it never reaches the state (the first read in a block
//! adds the proof of its absence, a few trie nodes, to the block's proof).
//!
//! Every extrinsic also costs a validator heap of its own, whatever it writes: its encoding, its
//! events, its changes in the overlay. [`CheckBlockResources`] therefore also caps a block at
//! [`MAX_BLOCK_EXTRINSICS`] extrinsics; the ones after it are refused as `ExhaustsResources`
//! (skipped, kept in the pool) like those over the write budget. Inherents (the `Mandatory`
//! class) are never refused.

use codec::{Decode, DecodeWithMemTracking, Encode};
use frame_support::{
	dispatch::DispatchClass,
	pallet_prelude::{TransactionSource, TransactionValidityError},
	traits::{Get, PostTransactions},
	weights::Weight,
};
use healthchain_primitives::provenance::{Item, Sscc};
use scale_info::TypeInfo;
use sp_runtime::{
	traits::{DispatchInfoOf, PostDispatchInfoOf, TransactionExtension, ValidateResult},
	transaction_validity::{InvalidTransaction, TransactionValidity},
	DispatchResult,
};

use crate::{Runtime, RuntimeCall, RuntimeOrigin};

/// Storage writes (keys set or removed) that the calls counted by [`declared_writes`] may make
/// in one block, together.
///
/// Sized from measurement (`healthchain-node validate-blocks`, docs/performance.md) so that the
/// full budget needs at most about half a validator's 128 MiB heap — the margin polkadot-sdk
/// issue 71 advises, for the rest of the block and for a state that keeps growing — on a state
/// of a consortium's size: the dev chain started from 1M accounts, 1M records and 1M packs (the
/// state the database weights were measured on), a block of three full `commission` calls
/// rebuilt on its parent with one, two and three of them (session 25): 2,035 writes needed
/// 31.8 MB (23.7 %), 4,037 needed 60.5 MB (45.1 %), 6,039 needed 93.3 MB (69.5 %) — 15.1 kB a
/// new key in the block of two, 16.4 kB for each key the third call added. Session 21 had set
/// 6,000 from a state of 23,000 packs, where 6,039 writes needed 35 %; the deeper trie doubles
/// the cost of a key. Two full `commission` calls (1,000 packs, 2,000 writes each) fit in a
/// block: 2,000 packs every 6 s, 28.8 million a day.
pub const MAX_BLOCK_WRITES: u32 = 4_000;

// The full budget at the heap each further key needed on the 1M-pack state (16.4 kB) stays
// under half the 128 MiB heap; raising it much past 4,000 fails here.
const _: () = assert!((MAX_BLOCK_WRITES as u64) * 16_400 < 64 * 1024 * 1024);

/// Extrinsics that one block may hold, its inherents among them; an extrinsic that would be one
/// more is refused as `ExhaustsResources`, unless it is an inherent (`DispatchClass::Mandatory`),
/// which is never refused. Operational calls get no reserve here: they cost the same memory.
///
/// Sized from measurement (`healthchain-node validate-blocks`, docs/performance.md) on the
/// 1M-account, 1M-record, 1M-pack state above (session 25), for the calls the write budget does
/// not count (claims, the hungriest per extrinsic at up to 54 kB each, are held to 444 a block
/// by it): a validator's `validate_block` needed, fitted over the eleven blocks of 500 to 1,685
/// single-pack `ship`s of one run, 6.33 MB plus 18.95 kB a ship (21.4 kB a ship over all its
/// 106 ship blocks; the heap grows in the allocator's steps, so single pairs of blocks give
/// 8.5–18.7 kB); transfers to new accounts 16.8 kB more each from 952 to 1,975. So 3,200 ships
/// need about 67 MB, half the heap, as [`MAX_BLOCK_WRITES`]'s argument asks (73 MB by the
/// coarser fit); 4,000, session 23's figure from a small state, would need 82–90 MB. The
/// 3,000-extrinsic parachain block issue 18 asks for still fits, and today's weights stop a block
/// of ships at about 3,300 (about 520 µs a ship against the 1.7 s for normal calls), but weights
/// shrink whenever they are benchmarked again on faster hardware, and cheaper calls fit more,
/// while the memory an extrinsic needs does not shrink. This cap keeps the count where it was
/// measured safe whatever the weights become. It bounds one block; a PoV holds one block while
/// `BLOCK_PROCESSING_VELOCITY` is 1 (configs/consensus.rs), and would hold several on one heap
/// if it were raised. It is read from `frame_system`'s extrinsic index, which the block's
/// initialisation put in the overlay: no storage read is added to the block's proof.
pub const MAX_BLOCK_EXTRINSICS: u32 = 3_200;

// A full block of single-pack ships on the 1M-pack state (6.33 MB plus 18.95 kB a ship, fitted)
// stays under half the 128 MiB heap; raising the cap past that fails here.
const _: () = assert!(6_330_000 + (MAX_BLOCK_EXTRINSICS as u64) * 18_950 < 64 * 1024 * 1024);

/// The writes counted so far in this block by [`CheckBlockResources`]; removed after the
/// block's last transaction, so it never reaches the trie.
#[frame_support::storage_alias]
pub type BlockWrites = StorageValue<WriteBudget, u32, frame_support::pallet_prelude::ValueQuery>;

/// The storage writes `call` may make, if they grow with its arguments; 0 for every call whose
/// writes are few and fixed (bounded by the block's weight).
///
/// - `Provenance::commission(serials)`: two per pack (the pack and its owner's stock index).
/// - `Provenance::pack_case(packs)`: one per pack.
/// - `Provenance::unpack_case`, `ship`, `cancel_shipment` of a case: one per pack in the case;
///   `receive` of a case: three (the pack, and its move between the two owners' stock indexes).
///   The case's size is read from the state (one read).
/// - `Records::erase`: up to `MaxVersions` versions removed, each with its deposit's release
///   (three writes each, as its benchmark counts); `Records::prune_access_log`: up to
///   `MaxPrunePerCall` entries, three writes each.
/// - `Claims::submit_claim`: two per line (its fingerprint and its pack's claim) and seven;
///   `Claims::cancel` and `remove_claim`: as many for the most lines a claim may have.
/// - `Sudo::sudo` and `sudo_as`: the call they wrap.
pub fn declared_writes(call: &RuntimeCall) -> u32 {
	match declaration(call) {
		None => 0,
		Some(Declared::Writes(writes)) => writes,
		Some(Declared::PerPackOf(sscc, per_pack)) => {
			let packs = pallet_provenance::Cases::<Runtime>::get(sscc)
				.map_or(0, |case| case.contents.len() as u32);
			per_pack * packs
		},
	}
}

/// The writes [`declared_writes`] counts for `call` when they follow from its arguments alone:
/// `Some(0)` for a call it does not count, `None` for a call naming a case (whose size it reads
/// from the state). For tools off the chain that tell which blocks the budget cut, such as the
/// load generator.
pub fn declared_writes_by_arguments(call: &RuntimeCall) -> Option<u32> {
	match declaration(call) {
		None => Some(0),
		Some(Declared::Writes(writes)) => Some(writes),
		Some(Declared::PerPackOf(..)) => None,
	}
}

/// What a counted call declares, before any state is read.
enum Declared {
	/// Writes known from the call's arguments and the runtime's bounds.
	Writes(u32),
	/// Writes per pack in the case the call names (its size read from the state).
	PerPackOf(Sscc, u32),
}

/// The one list of counted calls ([`declared_writes`]): what `call` declares, or `None` for a
/// call with few, fixed writes; sudo's wrappers declare what they wrap.
fn declaration(call: &RuntimeCall) -> Option<Declared> {
	use pallet_provenance::Call as Provenance;
	use Declared::{PerPackOf, Writes};
	Some(match call {
		RuntimeCall::Provenance(Provenance::commission { serials, .. }) => {
			Writes(2 * serials.len() as u32)
		},
		RuntimeCall::Provenance(Provenance::pack_case { packs, .. }) => Writes(packs.len() as u32),
		RuntimeCall::Provenance(
			Provenance::unpack_case { sscc }
			| Provenance::ship { item: Item::Case(sscc), .. }
			| Provenance::cancel_shipment { item: Item::Case(sscc) },
		) => PerPackOf(*sscc, 1),
		RuntimeCall::Provenance(Provenance::receive { item: Item::Case(sscc) }) => {
			PerPackOf(*sscc, 3)
		},
		RuntimeCall::Records(pallet_records::Call::erase { .. }) => {
			Writes(3 * limit::<<Runtime as pallet_records::Config>::MaxVersions>() + 2)
		},
		RuntimeCall::Records(pallet_records::Call::prune_access_log { .. }) => {
			Writes(3 * limit::<<Runtime as pallet_records::Config>::MaxPrunePerCall>())
		},
		RuntimeCall::Claims(pallet_claims::Call::submit_claim { submission }) => {
			Writes(2 * submission.lines.len() as u32 + 7)
		},
		RuntimeCall::Claims(
			pallet_claims::Call::cancel { .. } | pallet_claims::Call::remove_claim { .. },
		) => Writes(2 * limit::<<Runtime as pallet_claims::Config>::MaxLines>() + 7),
		RuntimeCall::Sudo(
			pallet_sudo::Call::sudo { call }
			| pallet_sudo::Call::sudo_as { call, .. }
			| pallet_sudo::Call::sudo_unchecked_weight { call, .. },
		) => return declaration(call),
		_ => return None,
	})
}

/// A configured bound, as a number.
fn limit<L: Get<u32>>() -> u32 {
	L::get()
}

/// Whether `call` is one [`declared_writes`] counts, without reading the state (a case call
/// naming an unknown case is counted and declares nothing).
fn counted(call: &RuntimeCall) -> bool {
	declaration(call).is_some()
}

/// Whether `call` reads a case's size from the state to declare its writes.
fn reads_a_case(call: &RuntimeCall) -> bool {
	matches!(declaration(call), Some(Declared::PerPackOf(..)))
}

/// `frame_system::CheckWeight`, the block's budget of storage writes ([`MAX_BLOCK_WRITES`]) and
/// its cap on extrinsics ([`MAX_BLOCK_EXTRINSICS`]).
///
/// It keeps `CheckWeight`'s identifier and its encoding (nothing, explicit or implicit), so
/// every signer — polkadot.js, polkadot-api, subxt, py-substrate-interface, this project's
/// clients — signs exactly as before: to them it is the `CheckWeight` they know, which carries
/// no data. Only the runtime's checks grew.
#[derive(Encode, Decode, DecodeWithMemTracking, Clone, Eq, PartialEq, Default, TypeInfo)]
pub struct CheckBlockResources(frame_system::CheckWeight<Runtime>);

impl CheckBlockResources {
	/// Refuses a call that is not an inherent once the block holds [`MAX_BLOCK_EXTRINSICS`]
	/// extrinsics; then counts `call`'s declared writes in the block's budget, or refuses it as
	/// exhausting the block's resources if they do not fit.
	fn count(
		call: &RuntimeCall,
		info: &DispatchInfoOf<RuntimeCall>,
	) -> Result<u32, TransactionValidityError> {
		if info.class != DispatchClass::Mandatory && !Self::room_for_one_more() {
			return Err(InvalidTransaction::ExhaustsResources.into());
		}
		let writes = declared_writes(call);
		if writes == 0 {
			return Ok(0);
		}
		let total = BlockWrites::get().saturating_add(writes);
		if total > MAX_BLOCK_WRITES {
			return Err(InvalidTransaction::ExhaustsResources.into());
		}
		BlockWrites::put(total);
		Ok(writes)
	}

	/// Whether the block holds fewer than [`MAX_BLOCK_EXTRINSICS`] extrinsics so far: the index
	/// the next one gets is the number before it (from the overlay, no proof).
	fn room_for_one_more() -> bool {
		frame_system::Pallet::<Runtime>::extrinsic_index().unwrap_or(0) < MAX_BLOCK_EXTRINSICS
	}

	/// Gives back the writes a call declared when it failed: its changes were rolled back, so it
	/// wrote nothing, and a failing call must not take the block's budget from others.
	fn refund(declared: u32, result: &DispatchResult) {
		if declared > 0 && result.is_err() {
			BlockWrites::mutate(|writes| *writes = writes.saturating_sub(declared));
		}
	}
}

impl core::fmt::Debug for CheckBlockResources {
	fn fmt(&self, f: &mut core::fmt::Formatter) -> core::fmt::Result {
		write!(f, "CheckBlockResources")
	}
}

impl TransactionExtension<RuntimeCall> for CheckBlockResources {
	const IDENTIFIER: &'static str = "CheckWeight";
	type Implicit = ();
	/// The writes the call declared, given back if it fails.
	type Pre = u32;
	type Val = u32;

	/// `CheckWeight`'s benchmarked weight, and for a counted call the budget's read and write
	/// (and the removal after the block's transactions), plus the case read of a case call —
	/// at the database costs measured here (`weights::ParityDbWeight`).
	fn weight(&self, call: &RuntimeCall) -> Weight {
		let db = <Runtime as frame_system::Config>::DbWeight::get();
		let mut weight = self.0.weight(call);
		if counted(call) {
			weight = weight.saturating_add(db.reads_writes(1 + u64::from(reads_a_case(call)), 2));
		}
		weight
	}

	fn validate(
		&self,
		origin: RuntimeOrigin,
		call: &RuntimeCall,
		info: &DispatchInfoOf<RuntimeCall>,
		len: usize,
		self_implicit: Self::Implicit,
		inherited_implication: &impl sp_runtime::traits::Implication,
		source: TransactionSource,
	) -> ValidateResult<Self::Val, RuntimeCall> {
		self.0.validate(origin, call, info, len, self_implicit, inherited_implication, source)
	}

	fn prepare(
		self,
		val: Self::Val,
		origin: &RuntimeOrigin,
		call: &RuntimeCall,
		info: &DispatchInfoOf<RuntimeCall>,
		len: usize,
	) -> Result<Self::Pre, TransactionValidityError> {
		self.0.prepare(val, origin, call, info, len)?;
		Self::count(call, info)
	}

	fn post_dispatch_details(
		pre: Self::Pre,
		info: &DispatchInfoOf<RuntimeCall>,
		post_info: &PostDispatchInfoOf<RuntimeCall>,
		len: usize,
		result: &DispatchResult,
	) -> Result<Weight, TransactionValidityError> {
		Self::refund(pre, result);
		frame_system::CheckWeight::<Runtime>::post_dispatch_details(
			(),
			info,
			post_info,
			len,
			result,
		)
	}

	fn bare_validate(
		call: &RuntimeCall,
		info: &DispatchInfoOf<RuntimeCall>,
		len: usize,
	) -> TransactionValidity {
		frame_system::CheckWeight::<Runtime>::bare_validate(call, info, len)
	}

	fn bare_validate_and_prepare(
		call: &RuntimeCall,
		info: &DispatchInfoOf<RuntimeCall>,
		len: usize,
	) -> Result<(), TransactionValidityError> {
		frame_system::CheckWeight::<Runtime>::bare_validate_and_prepare(call, info, len)?;
		Self::count(call, info).map(|_| ())
	}

	fn bare_post_dispatch(
		info: &DispatchInfoOf<RuntimeCall>,
		post_info: &mut PostDispatchInfoOf<RuntimeCall>,
		len: usize,
		result: &DispatchResult,
	) -> Result<(), TransactionValidityError> {
		frame_system::CheckWeight::<Runtime>::bare_post_dispatch(info, post_info, len, result)
	}
}

/// Removes the block's write count after its last transaction (`frame_system`'s
/// `PostTransactions`), so that the count never reaches the state: set and removed in the same
/// block, it stays in the overlay. Its cost is charged to the counted calls
/// ([`CheckBlockResources::weight`]).
pub struct ClearBlockWrites;

impl PostTransactions for ClearBlockWrites {
	fn post_transactions() {
		BlockWrites::kill();
	}
}

#[cfg(test)]
mod tests {
	use super::*;
	use alloc::{format, vec::Vec};
	use frame_support::{assert_ok, dispatch::GetDispatchInfo, BoundedVec};
	use healthchain_primitives::provenance::{Gtin, PackKey};
	use sp_runtime::{traits::DispatchTransaction, BuildStorage};

	fn new_test_ext() -> sp_io::TestExternalities {
		frame_system::GenesisConfig::<Runtime>::default().build_storage().unwrap().into()
	}

	fn alice() -> crate::AccountId {
		sp_keyring::Sr25519Keyring::Alice.to_account_id()
	}

	fn serial(i: u32) -> healthchain_primitives::provenance::Serial {
		BoundedVec::try_from(format!("S{i}").into_bytes()).unwrap()
	}

	fn commission(packs: u32) -> RuntimeCall {
		let serials: Vec<_> = (0..packs).map(serial).collect();
		RuntimeCall::Provenance(pallet_provenance::Call::commission {
			gtin: Gtin(9_501_101_530_003),
			lot: BoundedVec::try_from(b"LOT1".to_vec()).unwrap(),
			serials: BoundedVec::try_from(serials).unwrap(),
		})
	}

	/// Runs the extension's pool validation and its preparation at block building, as the
	/// executive does for a signed extrinsic.
	fn apply(call: &RuntimeCall) -> Result<(), TransactionValidityError> {
		let info = call.get_dispatch_info();
		CheckBlockResources::default()
			.validate_and_prepare(RuntimeOrigin::signed(alice()), call, &info, 100, 0)
			.map(|_| ())
	}

	/// Runs the extension's checks for a bare extrinsic (an inherent or an unsigned call) at
	/// block building.
	fn bare(call: &RuntimeCall) -> Result<(), TransactionValidityError> {
		CheckBlockResources::bare_validate_and_prepare(call, &call.get_dispatch_info(), 100)
	}

	/// A call with few, fixed writes, which the write budget does not count.
	fn remark() -> RuntimeCall {
		RuntimeCall::System(frame_system::Call::remark { remark: Vec::new() })
	}

	fn put_case(sscc: Sscc, packs: u32) {
		let contents: Vec<_> = (0..packs)
			.map(|i| PackKey { gtin: Gtin(9_501_101_530_003), serial: serial(i) })
			.collect();
		pallet_provenance::Cases::<Runtime>::insert(
			sscc,
			pallet_provenance::Case {
				owner: 1,
				in_transit_to: None,
				contents: BoundedVec::try_from(contents).unwrap(),
				depositor: alice(),
				deposit: 0,
			},
		);
	}

	#[test]
	fn calls_writing_many_keys_fill_the_budget_then_the_next_is_refused_as_a_full_block() {
		new_test_ext().execute_with(|| {
			let full = commission(1_000);
			assert_eq!(declared_writes(&full), 2_000);
			assert_eq!(MAX_BLOCK_WRITES % 2_000, 0, "full commissions fill the budget exactly");
			for _ in 0..MAX_BLOCK_WRITES / 2_000 {
				assert_ok!(apply(&full));
			}
			assert_eq!(BlockWrites::get(), MAX_BLOCK_WRITES);
			// The block builder skips it and keeps it in the pool, as for a block's weight.
			assert_eq!(apply(&full), Err(InvalidTransaction::ExhaustsResources.into()));
			assert_eq!(apply(&commission(1)), Err(InvalidTransaction::ExhaustsResources.into()));
			assert_eq!(BlockWrites::get(), MAX_BLOCK_WRITES, "a refused call counts nothing");
			// Calls with few, fixed writes are not counted and go on.
			let transfer = RuntimeCall::Balances(pallet_balances::Call::transfer_keep_alive {
				dest: sp_keyring::Sr25519Keyring::Bob.to_account_id().into(),
				value: 1,
			});
			assert_eq!(declared_writes(&transfer), 0);
			assert_ok!(apply(&transfer));
			// After the block's transactions (the hook the runtime configures) the count is
			// gone: never in the state. The same one-pack call, refused above by the budget
			// alone (its weight fits), now passes.
			<Runtime as frame_system::Config>::PostTransactions::post_transactions();
			assert!(!BlockWrites::exists());
			assert_ok!(apply(&commission(1)));
			assert_eq!(BlockWrites::get(), 2);
		});
	}

	#[test]
	fn what_the_arguments_declare_is_known_without_the_state() {
		// No externalities here: a read of the state would panic.
		assert_eq!(declared_writes_by_arguments(&commission(5)), Some(10));
		assert_eq!(declared_writes_by_arguments(&remark()), Some(0));
		let sscc = Sscc(106_141_411_234_567_897);
		let ship = pallet_provenance::Call::ship { item: Item::Case(sscc), to: 2 };
		assert_eq!(declared_writes_by_arguments(&RuntimeCall::Provenance(ship)), None);
		// Each agrees with what the block's count takes for it.
		new_test_ext().execute_with(|| {
			assert_eq!(declared_writes(&commission(5)), 10);
			assert_eq!(declared_writes(&remark()), 0);
		});
	}

	#[test]
	fn a_case_call_declares_the_writes_of_the_case_it_names() {
		new_test_ext().execute_with(|| {
			let sscc = Sscc(106_141_411_234_567_897);
			put_case(sscc, 10);
			let provenance = |call| RuntimeCall::Provenance(call);
			use pallet_provenance::Call as P;
			assert_eq!(declared_writes(&provenance(P::ship { item: Item::Case(sscc), to: 2 })), 10);
			assert_eq!(declared_writes(&provenance(P::receive { item: Item::Case(sscc) })), 30);
			assert_eq!(
				declared_writes(&provenance(P::cancel_shipment { item: Item::Case(sscc) })),
				10
			);
			assert_eq!(declared_writes(&provenance(P::unpack_case { sscc })), 10);
			// An unknown case writes nothing (the call fails), a single pack is not counted.
			assert_eq!(declared_writes(&provenance(P::unpack_case { sscc: Sscc(1) })), 0);
			let pack = PackKey { gtin: Gtin(9_501_101_530_003), serial: serial(0) };
			assert_eq!(declared_writes(&provenance(P::ship { item: Item::Pack(pack), to: 2 })), 0);
			// Packing counts its packs; erasing a record, the most versions it may remove.
			let packs: Vec<_> = (0..7)
				.map(|i| PackKey { gtin: Gtin(9_501_101_530_003), serial: serial(i) })
				.collect();
			let pack_case = P::pack_case { sscc, packs: BoundedVec::try_from(packs).unwrap() };
			assert_eq!(declared_writes(&provenance(pack_case)), 7);
			let erase =
				RuntimeCall::Records(pallet_records::Call::erase { record: [7; 32].into() });
			assert_eq!(declared_writes(&erase), 3 * 64 + 2);
			// Sudo's wrappers count the call they wrap.
			let wrapped = RuntimeCall::Sudo(pallet_sudo::Call::sudo_as {
				who: alice().into(),
				call: alloc::boxed::Box::new(provenance(P::receive { item: Item::Case(sscc) })),
			});
			assert_eq!(declared_writes(&wrapped), 30);
			assert!(reads_a_case(&wrapped));
		});
	}

	#[test]
	fn every_counted_call_fits_an_empty_block_alone() {
		// Otherwise it would be skipped in every block and never included.
		use pallet_provenance::Config as P;
		let max_case: u32 = <Runtime as P>::MaxCaseSize::get();
		let max_commission: u32 = <Runtime as P>::MaxCommission::get();
		let max_versions: u32 = <Runtime as pallet_records::Config>::MaxVersions::get();
		let max_lines: u32 = <Runtime as pallet_claims::Config>::MaxLines::get();
		let max_prune: u32 = <Runtime as pallet_records::Config>::MaxPrunePerCall::get();
		assert!(2 * max_commission <= MAX_BLOCK_WRITES);
		assert!(3 * max_case <= MAX_BLOCK_WRITES);
		assert!(3 * max_versions + 2 <= MAX_BLOCK_WRITES);
		assert!(3 * max_prune <= MAX_BLOCK_WRITES);
		assert!(2 * max_lines + 7 <= MAX_BLOCK_WRITES);
	}

	#[test]
	fn counted_calls_are_charged_the_budget_read_and_writes() {
		new_test_ext().execute_with(|| {
			let db = <Runtime as frame_system::Config>::DbWeight::get();
			let check_weight = frame_system::CheckWeight::<Runtime>::new();
			let ext = CheckBlockResources::default();
			let remark = remark();
			assert_eq!(ext.weight(&remark), check_weight.weight(&remark));
			let full = commission(1_000);
			assert_eq!(ext.weight(&full), check_weight.weight(&full) + db.reads_writes(1, 2));
			let receive = RuntimeCall::Provenance(pallet_provenance::Call::receive {
				item: Item::Case(Sscc(106_141_411_234_567_897)),
			});
			assert_eq!(ext.weight(&receive), check_weight.weight(&receive) + db.reads_writes(2, 2));
		});
	}

	#[test]
	fn a_block_holds_at_most_the_capped_number_of_extrinsics_but_never_refuses_an_inherent() {
		new_test_ext().execute_with(|| {
			let remark = remark();
			// The last extrinsic the block may hold: signed or bare, it goes in.
			frame_system::Pallet::<Runtime>::set_extrinsic_index(MAX_BLOCK_EXTRINSICS - 1);
			assert_ok!(apply(&remark));
			assert_ok!(bare(&remark));
			assert_ok!(apply(&commission(1)));
			assert_eq!(BlockWrites::get(), 2);
			// One more is refused as a full block: skipped, kept in the pool, nothing counted.
			frame_system::Pallet::<Runtime>::set_extrinsic_index(MAX_BLOCK_EXTRINSICS);
			let full = Err(TransactionValidityError::from(InvalidTransaction::ExhaustsResources));
			assert_eq!(apply(&remark), full);
			assert_eq!(bare(&remark), full);
			assert_eq!(apply(&commission(1)), full);
			assert_eq!(BlockWrites::get(), 2, "a refused call counts no writes");
			// An operational call gets no reserve in the count: the memory is the same.
			let mut operational = remark.get_dispatch_info();
			operational.class = DispatchClass::Operational;
			assert_eq!(CheckBlockResources::count(&remark, &operational), full.map(|_| 0));
			// An inherent (the Mandatory class) is never refused, however full the block.
			let timestamp = RuntimeCall::Timestamp(pallet_timestamp::Call::set { now: 6_000 });
			assert_eq!(timestamp.get_dispatch_info().class, DispatchClass::Mandatory);
			assert_ok!(bare(&timestamp));
		});
	}

	#[test]
	fn the_cap_counts_the_extrinsics_frame_system_notes_as_applied_inherents_included() {
		new_test_ext().execute_with(|| {
			frame_system::Pallet::<Runtime>::initialize(
				&1,
				&Default::default(),
				&Default::default(),
			);
			let remark = remark();
			let timestamp = RuntimeCall::Timestamp(pallet_timestamp::Call::set { now: 6_000 });
			let note = |call: &RuntimeCall| {
				let applied = Ok(frame_support::dispatch::PostDispatchInfo::default());
				frame_system::Pallet::<Runtime>::note_applied_extrinsic(
					&applied,
					call.get_dispatch_info(),
				);
			};
			// The inherent comes first and takes one of the block's places.
			assert_ok!(bare(&timestamp));
			note(&timestamp);
			for _ in 1..MAX_BLOCK_EXTRINSICS {
				assert_ok!(apply(&remark));
				note(&remark);
			}
			assert_eq!(
				frame_system::Pallet::<Runtime>::extrinsic_index(),
				Some(MAX_BLOCK_EXTRINSICS)
			);
			assert_eq!(apply(&remark), Err(InvalidTransaction::ExhaustsResources.into()));
		});
	}

	#[test]
	fn a_call_that_fails_gives_its_declared_writes_back() {
		new_test_ext().execute_with(|| {
			let full = commission(1_000);
			let info = full.get_dispatch_info();
			let post = frame_support::dispatch::PostDispatchInfo::default();
			let prepare = || {
				CheckBlockResources::default()
					.validate_and_prepare(RuntimeOrigin::signed(alice()), &full, &info, 100, 0)
					.map(|(pre, _)| pre)
					.unwrap()
			};
			let pre = prepare();
			assert_eq!(pre, 2_000);
			// It failed: its changes were rolled back, so it wrote nothing.
			let failed = Err(sp_runtime::DispatchError::Other("failed"));
			assert_ok!(CheckBlockResources::post_dispatch_details(pre, &info, &post, 100, &failed));
			assert_eq!(BlockWrites::get(), 0);
			// It succeeded: its writes stay counted.
			let pre = prepare();
			assert_ok!(CheckBlockResources::post_dispatch_details(pre, &info, &post, 100, &Ok(())));
			assert_eq!(BlockWrites::get(), 2_000);
		});
	}
}
