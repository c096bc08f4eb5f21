//! A per-block budget of the memory relay-chain validators need for `validate_block`: every
//! extrinsic is charged a share of it, and more for each storage write it declares.
//!
//! Weights bound a block's compute and proof, not the wasm memory a validator needs to validate
//! it (the PVF's heap: 2,048 pages of 64 KiB, 128 MiB), and the collator never runs
//! `validate_block`. Measured (`healthchain-node validate-blocks`, docs/performance.md, sessions
//! 21, 25 and 26): each key a block writes costs a validator's `validate_block` 3.2–8.9 kB of
//! heap, more as the trie deepens (15–16 kB on a state of 1M packs), and every extrinsic costs
//! some of its own, whatever it writes (its encoding, its events, its changes in the overlay,
//! its trie paths): 19–22 kB a single-pack ship or a transfer on the 1M state, 35 kB an anchor,
//! 45 kB a consent grant, 54 kB a one-line claim. In session 20's runs with a 45,001-pack set-up
//! every validator refused a block of 14 full `commission` calls for running out of memory.
//!
//! [`CheckBlockResources`] is `frame_system::CheckWeight` plus this budget: before an extrinsic
//! that is not an inherent is applied, the block's charge is worked out with it —
//! [`HEAP_PER_EXTRINSIC_KIB`] for each extrinsic the block holds and [`HEAP_PER_WRITE_KIB`] for
//! each write the block's calls declared ([`declared_writes`], counted in [`BlockWrites`]) — and
//! an extrinsic that would take it past [`BLOCK_HEAP_BUDGET_KIB`] is refused as
//! `ExhaustsResources`, which the block builder treats as a full block: the transaction is
//! skipped and stays in the pool for a later block, exactly like one over the block's weight. A
//! call that fails gives its declared writes back (its changes were rolled back), and a call
//! that declares its worst case because its writes depend on state it has not yet read (erasing
//! a record, pruning an access log) gives back, once it has run, what it did not write
//! ([`Settle`]); its place in the block stays charged. Calls dispatched by governance (scheduled, without transaction
//! extensions) are not counted, and inherents (the `Mandatory` class) are never refused. The
//! count lives only in the block's overlay: it is removed after the block's last transaction
//! ([`ClearBlockWrites`]) and put, as 0, before its inherents ([`StartBlockWrites`]), so it
//! never reaches the state, and extrinsics read it from the overlay; the block's proof holds at
//! most the few trie nodes that show the key absent when the block's storage root is worked out.
//!
//! One budget, not two: until session 26 the writes ([`MAX_BLOCK_WRITES`] then 4,000) and the
//! extrinsics (a cap of 3,200) had a budget each, each sized to half the heap for its own kind,
//! so a block that filled both could need nearly all of it; and calls the write budget did not
//! count were held only by the cap, sized from ships, though an anchor needs almost twice a
//! ship's heap (a full block of 3,200 anchors on the 1M state: about 91–111 MB of the 134 MB).

use codec::{Decode, DecodeWithMemTracking, Encode};
use frame_support::{
	dispatch::DispatchClass,
	pallet_prelude::{TransactionSource, TransactionValidityError},
	traits::{CallMetadata, Get, PostTransactions},
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

/// The heap, in KiB, that the extrinsics of one block may need of a validator's
/// `validate_block`, together: half the PVF's 128 MiB, the margin polkadot-sdk issue 71 advises,
/// for the rest of the block and for a state that keeps growing.
pub const BLOCK_HEAP_BUDGET_KIB: u32 = 64 * 1024;

/// What each extrinsic the block holds is charged, inherents included (they take it from no
/// one: they are never refused): what a call that writes at most three keys needs, the signer's
/// account among them.
///
/// Measured (`healthchain-node validate-blocks`, docs/performance.md, session 25) on a state of
/// a consortium's size — the dev chain started from 1M accounts, 1M records and 1M packs, the
/// state the database weights were measured on: fitted over the eleven blocks of 500 to 1,685
/// single-pack `ship`s of one run, a block needed 6.33 MB plus 18.95 kB a ship; transfers to new
/// accounts, 16.8 kB more each from 952 to 1,975; batch anchors (session 26), 20.7 kB each
/// averaged from zero in their fullest block. 21 KiB (21.5 kB) a place lets a block hold 3,120
/// extrinsics ([`MAX_BLOCK_EXTRINSICS`]): 3,000 single-pack ships with room to spare (issue
/// 18's parachain block), and the 3,118 beside the two inherents need about 65.4 MB by the fit,
/// under half the heap.
pub const HEAP_PER_EXTRINSIC_KIB: u32 = 21;

/// What each write a call declares ([`declared_writes`]) adds to its charge.
///
/// Measured on the same state (session 25): a block of three full `commission` calls (1,000
/// packs, 2,000 new keys each) rebuilt on its parent with one, two and three of them needed
/// 31.8 MB (23.7 %), 60.5 MB (45.1 %) and 93.3 MB (69.5 %) of the heap: 15.1 kB a new key in the
/// block of two, 16.4 kB for each key the third call added. 16 KiB (16.4 kB) a write lets two
/// full commissions into one block (2,000 packs every 6 s, 28.8 million a day). Session 21 had
/// measured half that on a state of 23,000 packs: the deeper trie doubles a key's cost.
pub const HEAP_PER_WRITE_KIB: u32 = 16;

/// The most writes the calls of one block may declare together: those of a single call beside
/// the block's two inherents (the timestamp and the parachain's validation data). Each call
/// counted by [`declared_writes`] must fit it, or it would be skipped in every block.
pub const MAX_BLOCK_WRITES: u32 =
	(BLOCK_HEAP_BUDGET_KIB - 3 * HEAP_PER_EXTRINSIC_KIB) / HEAP_PER_WRITE_KIB;

/// The most extrinsics one block may hold, its inherents among them: each takes at least
/// [`HEAP_PER_EXTRINSIC_KIB`]. It bounds one block; a PoV holds one block while
/// `BLOCK_PROCESSING_VELOCITY` is 1 (configs/consensus.rs), and would hold several on one heap if
/// it were raised. Weights shrink whenever they are benchmarked again on faster hardware, and
/// cheaper calls fit more, while the memory an extrinsic needs does not shrink: this keeps the
/// count where it was measured safe whatever the weights become.
pub const MAX_BLOCK_EXTRINSICS: u32 = BLOCK_HEAP_BUDGET_KIB / HEAP_PER_EXTRINSIC_KIB;

/// The writes of a call that [`HEAP_PER_EXTRINSIC_KIB`] covers: a call with fixed writes declares
/// those its benchmark counts beyond these ([`FIXED_WRITES`]).
pub const WRITES_IN_A_PLACE: u32 = 3;

// What the figures above were sized for, checked against what was measured (bytes; 64 MiB is
// half the heap). A full block of single-pack ships (6.33 MB plus 18.95 kB a ship, fitted):
const _: () = assert!(
	6_330_000 + (MAX_BLOCK_EXTRINSICS as u64) * 18_950 < BLOCK_HEAP_BUDGET_KIB as u64 * 1024
);
// Issue 18's parachain block of 3,000 healthcare extrinsics, two inherents beside them:
const _: () = assert!(MAX_BLOCK_EXTRINSICS >= 3_002);
// Two full commissions (60.5 MB measured) fit one block, and their charge covers what they needed:
const _: () =
	assert!(2 * (HEAP_PER_EXTRINSIC_KIB + 2_000 * HEAP_PER_WRITE_KIB) <= BLOCK_HEAP_BUDGET_KIB);
const _: () =
	assert!(2 * (HEAP_PER_EXTRINSIC_KIB + 2_000 * HEAP_PER_WRITE_KIB) as u64 * 1024 >= 60_500_000);
// An anchor (4 benchmarked writes: one declared) is charged at least the 36.9 kB each extrinsic
// of a block of 1,770 anchors needed, a consent grant (5: two declared) the 49.3 kB of a block
// of 1,235 grants (session 26's final run, averaged from zero over the block's extrinsics):
const _: () = assert!((HEAP_PER_EXTRINSIC_KIB + HEAP_PER_WRITE_KIB) as u64 * 1024 >= 36_900);
const _: () = assert!((HEAP_PER_EXTRINSIC_KIB + 2 * HEAP_PER_WRITE_KIB) as u64 * 1024 >= 49_300);

/// The heap, in KiB, that a block holding `extrinsics` extrinsics whose calls declared `writes`
/// writes is charged.
pub fn heap_kib(extrinsics: u32, writes: u32) -> u64 {
	u64::from(extrinsics) * u64::from(HEAP_PER_EXTRINSIC_KIB)
		+ u64::from(writes) * u64::from(HEAP_PER_WRITE_KIB)
}

/// Calls with few, fixed writes that a signed account may make and whose writes its place does
/// not cover: pallet, call, and the writes their benchmark counts. Each declares its writes
/// beyond [`WRITES_IN_A_PLACE`], and one more if it is in [`RELEASES_ANOTHERS_DEPOSIT`]. A test
/// checks every figure against the pallet's weights file.
pub const FIXED_WRITES: &[(&str, &str, u32)] = &[
	("Claims", "publish_policy", 5),
	("Claims", "record_coverage", 5),
	("Claims", "remove_coverage", 4),
	("Consent", "grant", 5),
	("Consent", "remove", 4),
	("Consent", "remove_proxy", 3),
	("Consent", "open_break_glass", 6),
	("Consent", "close_break_glass", 5),
	("Organizations", "add_member", 5),
	("Organizations", "remove_member", 5),
	("Provenance", "register_batch", 4),
	("Provenance", "remove_pack", 5),
	("Provenance", "remove_batch", 4),
	("Provenance", "remove_product", 3),
	("Records", "anchor", 4),
	("Records", "anchor_version", 5),
	("Records", "log_access", 4),
	("Sponsorship", "sponsor", 4),
	("Sponsorship", "end_sponsorship", 3),
	("Sponsorship", "accept_sponsorship", 4),
	("Sponsorship", "withdraw_offer", 3),
	("Trials", "register", 4),
	("Trials", "amend", 4),
	("Trials", "enroll", 5),
	("Trials", "withdraw", 5),
	("Trials", "release_enrolment", 5),
];

/// Calls of [`FIXED_WRITES`] benchmarked once for each branch, each branch charged its own: the
/// call declares the most any of them writes. `Claims::publish_policy`'s new policy takes an id,
/// one write more than a new version (until session 47 only the version was benchmarked, and a
/// new policy wrote one key more than its weight and its declaration said).
pub const BRANCH_BENCHMARKS: &[(&str, &str, &[&str])] =
	&[("Claims", "publish_policy", &["publish_new_policy", "publish_policy"])];

/// Calls of [`FIXED_WRITES`] whose benchmarked account write is that of a deposit's holder who need
/// not be the signer: the participant who withdraws from a trial releases the deposit of the member
/// who enrolled them, anyone may remove an expired pack or batch or release a closed trial's
/// enrolment, a maker removes a product another member registered, an admin removes a member
/// another admin added, a proxy steps down from a patient's deposit, a patient removes a consent
/// their proxy paid for. The signer's own account, which every extrinsic writes (its nonce, and its
/// fee unless a sponsorship pays), is then one key more than the benchmark counts, and these calls
/// declare it. Until session 29 they did not, so a block of, say, participants' withdrawals wrote
/// one key an extrinsic more than its budget held.
pub const RELEASES_ANOTHERS_DEPOSIT: &[(&str, &str)] = &[
	("Claims", "remove_coverage"),
	("Consent", "remove"),
	("Consent", "remove_proxy"),
	("Consent", "close_break_glass"),
	("Organizations", "remove_member"),
	("Provenance", "remove_pack"),
	("Provenance", "remove_batch"),
	("Provenance", "remove_product"),
	("Sponsorship", "end_sponsorship"),
	("Sponsorship", "accept_sponsorship"),
	("Sponsorship", "withdraw_offer"),
	("Trials", "withdraw"),
	("Trials", "release_enrolment"),
];

/// What `Preimage::note_preimage` and `unnote_preimage` write, as their benchmarks count: the
/// preimage, its request status and its deposit's hold. Both are open to any signed account,
/// and the signer's account (the deposit's holder) is a fourth key, which FRAME's benchmarks
/// leave out (their caller's account is whitelisted): each declares one write beyond its place.
/// Until session 29 no FRAME call was counted.
pub const PREIMAGE_WRITES: u32 = 3;

/// What `Session::set_keys` writes, as its benchmark counts: the account's next keys and the
/// new key's owner. Any account with a balance may set session keys (`IdentityCollator`, no key
/// deposit), and setting them again also clears the old key's owner, beside the signer's
/// account: four keys, one beyond its place, which it declares.
pub const SET_KEYS_WRITES: u32 = 2;

/// What `Provenance::unpack_case` declares beside one write per pack: the signer's account.
/// Unpacking releases the deposit of whoever packed the case (its benchmark's account write),
/// and a case that changed hands is unpacked by a member of the organisation that received it.
pub const UNPACK_SIGNER_WRITES: u32 = 1;

/// What `Consent::revoke` declares beside its own writes ([`REVOKE_WRITES`]): the signer's
/// account. Revoking holds or releases no deposit, so its own writes hold no account, while the
/// trial hook's accounts are those of the members who enrolled the patient.
pub const REVOKE_SIGNER_WRITES: u32 = 1;

/// The writes `Consent::revoke` makes itself (the consent and the patient's list), as its
/// benchmark counts; the trial hook's come on top ([`CONSENT_ENDED_SHARED_WRITES`]).
pub const REVOKE_WRITES: u32 = 2;

/// The writes `Consent::replace` makes itself (both versions, the patient's list, the next
/// consent id, and the account and hold of the new version's deposit), as its benchmark counts;
/// the trial hook's come on top.
pub const REPLACE_WRITES: u32 = 6;

/// What the trial hook a revoked or replaced consent runs (`pallet_trials::on_consent_ended`)
/// writes once if the patient is enrolled anywhere (the patient's participations), as its
/// benchmark counts.
pub const CONSENT_ENDED_SHARED_WRITES: u32 = 1;

/// What the trial hook may write for each trial the patient is enrolled in, as its benchmark
/// counts: an enrolment resting on the ended consent is withdrawn (the enrolment, the trial's
/// counts, and the account and hold of its depositor, a different member for each in the
/// worst case), or moved to the replacing version (one write).
pub const CONSENT_ENDED_WRITES_PER_ENROLMENT: u32 = 4;

/// The writes counted so far in this block by [`CheckBlockResources`]; removed after the
/// block's last transaction, so it never reaches the trie. Every signed extrinsic reads it.
pub type BlockWrites = frame_support::storage::types::StorageValue<
	BlockWritesKey,
	u32,
	frame_support::pallet_prelude::ValueQuery,
>;

/// [`BlockWrites`]'s key, `twox_128("WriteBudget") ++ twox_128("BlockWrites")`, hashed when the
/// runtime is compiled. A `storage_alias` hashes its prefix at each access, one host call for
/// every extrinsic; until session 41 this key was one.
pub struct BlockWritesKey;

impl frame_support::traits::StorageInstance for BlockWritesKey {
	fn pallet_prefix() -> &'static str {
		"WriteBudget"
	}

	fn pallet_prefix_hash() -> [u8; 16] {
		sp_crypto_hashing_proc_macro::twox_128!(b"WriteBudget")
	}

	const STORAGE_PREFIX: &'static str = "BlockWrites";

	fn storage_prefix_hash() -> [u8; 16] {
		sp_crypto_hashing_proc_macro::twox_128!(b"BlockWrites")
	}
}

/// The storage writes `call` declares beyond those its place in the block covers
/// ([`HEAP_PER_EXTRINSIC_KIB`]): 0 for a call with at most [`WRITES_IN_A_PLACE`] fixed writes.
///
/// - `Provenance::commission(serials)`: two per pack (the pack and its owner's stock index).
/// - `Provenance::pack_case(packs)`: one per pack.
/// - `Provenance::unpack_case`, `ship`, `cancel_shipment` of a case: one per pack in the case,
///   and for `unpack_case` the signer's account ([`UNPACK_SIGNER_WRITES`]); `receive` of a
///   case: three (the pack, and its move between the two owners' stock indexes). The case's
///   size is read from the state (one read).
/// - `Records::erase`: up to `MaxVersions` versions removed, each with its deposit's release
///   (three writes each, as its benchmark counts); `Records::prune_access_log`: up to
///   `MaxPrunePerCall` entries, three writes each. Both are settled once the call has run: what
///   it did not write is given back ([`Settle`]), so the block keeps only what it wrote.
/// - `Claims::submit_claim`: two per line (its fingerprint and its pack's claim) and seven;
///   `Claims::cancel` two per line of the claim it names and two, `remove_claim` two per line
///   and seven, as their benchmarks count, the claim's lines read from the state (one read; an
///   unknown claim declares nothing, the call fails). Until session 27 both declared a claim of
///   `MaxLines` lines and seven whatever the claim's, and `remove_claim` is open to any signed
///   account once a claim's retention has passed.
/// - `Consent::revoke` and `replace`: their own writes ([`REVOKE_WRITES`] and the signer's
///   account, [`REVOKE_SIGNER_WRITES`]; [`REPLACE_WRITES`], the signer's account among them)
///   and, if the consent's patient is enrolled in any trial, what the trial hook may write for
///   the trials the patient is enrolled in ([`CONSENT_ENDED_SHARED_WRITES`] and
///   [`CONSENT_ENDED_WRITES_PER_ENROLMENT`] each), the consent's patient and their trials read
///   from the state (two reads). Until session 28 both declared eight enrolments' writes (19,
///   with one depositor for all: 33 with one each) whatever the patient's, which held a block
///   to about 211 revokes.
/// - The calls of [`FIXED_WRITES`] (anchors, consent grants, enrolments, …): the writes their
///   benchmark counts beyond [`WRITES_IN_A_PLACE`], and the signer's account for those that
///   release another's deposit ([`RELEASES_ANOTHERS_DEPOSIT`]).
/// - Beside the call, a sponsored fee's writes ([`CountSponsoredFee`]), counted when the fee is
///   charged.
/// - `Preimage::note_preimage` and `unnote_preimage`, open to any signed account: one, the
///   signer's account ([`PREIMAGE_WRITES`]).
/// - `Session::set_keys`, open to any account with a balance: one, the old key's owner cleared
///   and the signer's account beside its benchmark's two ([`SET_KEYS_WRITES`]).
/// - `Sudo::sudo` and `sudo_as`: the call they wrap, without settling it (sudo succeeds whether
///   or not the wrapped call did).
pub fn declared_writes(call: &RuntimeCall) -> u32 {
	declaration(call).map_or(0, |declared| declared.writes())
}

/// The writes [`declared_writes`] counts for `call` when they follow from its arguments alone
/// (for a call settled after it ran, what it declares before): `Some(0)` for a call it does not
/// count, `None` for a call naming a case or a claim (whose size it reads from the state) or
/// ending a consent (whose patient's trials it reads). For
/// tools off the chain that tell which blocks the budget cut, such as the load generator.
pub fn declared_writes_by_arguments(call: &RuntimeCall) -> Option<u32> {
	match declaration(call) {
		None => Some(0),
		Some(Declared::Writes(writes) | Declared::AtMost(writes, _)) => Some(writes),
		Some(Declared::PerPackOf(..) | Declared::PerLineOf(..) | Declared::EndsConsent(..)) => None,
	}
}

/// What a counted call declares, before any state is read.
enum Declared {
	/// Writes known from the call's arguments and the runtime's bounds.
	Writes(u32),
	/// Writes per pack in the case the call names (its size read from the state), and these
	/// beside if the case exists.
	PerPackOf(Sscc, u32, u32),
	/// Two writes per line of the claim the call names (its lines read from the state), and
	/// these.
	PerLineOf(healthchain_primitives::claims::ClaimId, u32),
	/// A consent ended (revoked or replaced) by a call writing these itself, and what the trial
	/// hook may write for the trials its patient is enrolled in (read from the state).
	EndsConsent(healthchain_primitives::ConsentId, u32),
	/// At most these writes: the call's worst case, which the block must have room for before
	/// it runs; once it has run, it keeps only what the state shows it wrote ([`Settle`]).
	AtMost(u32, Settle),
}

impl Declared {
	/// The reads of the state that declaring and settling take before the call runs, beside the
	/// count's own: a case's size ([`Declared::writes`]), a claim's lines (the same), the log's
	/// start before a prune ([`Settle::before`]), an ended consent's patient and their trials.
	/// Settling after the call reads only keys the call wrote, from the block's overlay.
	fn state_reads(&self) -> u64 {
		match self {
			Declared::PerPackOf(..) | Declared::PerLineOf(..) => 1,
			Declared::EndsConsent(..) => 2,
			Declared::AtMost(_, Settle::Prune { .. }) => 1,
			Declared::Writes(_) | Declared::AtMost(_, Settle::Erase(_)) => 0,
		}
	}

	/// The writes declared, reading a case's or a claim's size, or an ended consent's
	/// patient's trials, from the state.
	fn writes(&self) -> u32 {
		match self {
			Declared::Writes(writes) | Declared::AtMost(writes, _) => *writes,
			Declared::PerPackOf(sscc, per_pack, beside) => {
				pallet_provenance::Cases::<Runtime>::get(sscc)
					.map_or(0, |case| per_pack * case.contents.len() as u32 + beside)
			},
			Declared::PerLineOf(claim, fixed) => pallet_claims::Claims::<Runtime>::get(claim)
				.map_or(0, |stored| 2 * stored.lines.len() as u32 + fixed),
			Declared::EndsConsent(consent, own) => {
				// An unknown consent: the call fails before the hook runs.
				let trials =
					pallet_consent::Consents::<Runtime>::get(consent).map_or(0, |stored| {
						pallet_trials::Participations::<Runtime>::decode_len(&stored.subject)
							.unwrap_or(0) as u32
					});
				let hook = if trials == 0 {
					0
				} else {
					CONSENT_ENDED_SHARED_WRITES + CONSENT_ENDED_WRITES_PER_ENROLMENT * trials
				};
				(own + hook).saturating_sub(WRITES_IN_A_PLACE)
			},
		}
	}
}

/// How a call that declared its worst case ([`Declared::AtMost`]) is settled after it ran, from
/// the state it left: what it wrote stays counted, the rest goes back to the block.
///
/// Without it a call kept its worst case whatever it did: about twenty `prune_access_log` calls
/// (open to any signed account while one entry of a patient's log has expired, each removing
/// as little as one entry and paying for that) would fill a block's budget (3,093 KiB each)
/// that their weight leaves mostly free, and hold every other counted call out of it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Settle {
	/// `Records::erase(record)`: three writes for each version the record had — its tombstone
	/// keeps their number — and two (the record and the first version's).
	Erase(healthchain_primitives::records::RecordId),
	/// `Records::prune_access_log(subject)`: three writes for each entry removed, the entries
	/// between where `subject`'s log started before the call (`from`, read when the call is
	/// prepared, before it runs) and where it starts after (the log's start itself is one of
	/// the place's writes).
	Prune {
		/// The patient whose log is pruned.
		subject: crate::AccountId,
		/// The log's first stored position before the call.
		from: u32,
	},
}

impl Settle {
	/// Reads, before the call runs, what settling it needs then: the log's start for a prune.
	fn before(mut self) -> Self {
		if let Settle::Prune { subject, from } = &mut self {
			*from = pallet_records::AccessLogStart::<Runtime>::get(&*subject);
		}
		self
	}

	/// The writes the call made, from the state it left, which it wrote itself (so the reads
	/// come from the block's overlay, not the database): an erased record's versions, the
	/// log's new start.
	fn written(&self) -> Option<u32> {
		match self {
			Settle::Erase(record) => pallet_records::Records::<Runtime>::get(record)
				.map(|stored| stored.versions.saturating_mul(3).saturating_add(2)),
			Settle::Prune { subject, from } => Some(
				pallet_records::AccessLogStart::<Runtime>::get(subject)
					.saturating_sub(*from)
					.saturating_mul(3),
			),
		}
	}
}

/// What the block's count took for an extrinsic ([`CheckBlockResources`]'s `Pre`), settled after
/// its call.
#[derive(Debug, PartialEq, Eq)]
pub struct Counted {
	/// The writes the call declared and the count took.
	pub writes: u32,
	/// How the call is settled, if it declared its worst case.
	pub settle: Option<Settle>,
}

/// The one list of counted calls ([`declared_writes`]): what `call` declares, or `None` for a
/// call with few, fixed writes; sudo's wrappers declare what they wrap, unsettled.
fn declaration(call: &RuntimeCall) -> Option<Declared> {
	use pallet_provenance::Call as Provenance;
	use Declared::{AtMost, EndsConsent, PerLineOf, PerPackOf, Writes};
	Some(match call {
		RuntimeCall::Provenance(Provenance::commission { serials, .. }) => {
			Writes(2 * serials.len() as u32)
		},
		RuntimeCall::Provenance(Provenance::pack_case { packs, .. }) => Writes(packs.len() as u32),
		RuntimeCall::Provenance(Provenance::unpack_case { sscc }) => {
			PerPackOf(*sscc, 1, UNPACK_SIGNER_WRITES)
		},
		RuntimeCall::Provenance(
			Provenance::ship { item: Item::Case(sscc), .. }
			| Provenance::cancel_shipment { item: Item::Case(sscc) },
		) => PerPackOf(*sscc, 1, 0),
		RuntimeCall::Provenance(Provenance::receive { item: Item::Case(sscc) }) => {
			PerPackOf(*sscc, 3, 0)
		},
		RuntimeCall::Records(pallet_records::Call::erase { record }) => AtMost(
			3 * limit::<<Runtime as pallet_records::Config>::MaxVersions>() + 2,
			Settle::Erase(*record),
		),
		RuntimeCall::Records(pallet_records::Call::prune_access_log { subject }) => AtMost(
			3 * limit::<<Runtime as pallet_records::Config>::MaxPrunePerCall>(),
			Settle::Prune { subject: subject.clone(), from: 0 },
		),
		RuntimeCall::Claims(pallet_claims::Call::submit_claim { submission }) => {
			Writes(2 * submission.lines.len() as u32 + 7)
		},
		RuntimeCall::Consent(pallet_consent::Call::revoke { consent }) => {
			EndsConsent(*consent, REVOKE_WRITES + REVOKE_SIGNER_WRITES)
		},
		RuntimeCall::Consent(pallet_consent::Call::replace { consent, .. }) => {
			EndsConsent(*consent, REPLACE_WRITES)
		},
		RuntimeCall::Preimage(
			pallet_preimage::Call::note_preimage { .. }
			| pallet_preimage::Call::unnote_preimage { .. },
		) => Writes(PREIMAGE_WRITES + 1 - WRITES_IN_A_PLACE),
		RuntimeCall::Session(pallet_session::Call::set_keys { .. }) => {
			// The old key's owner cleared, and the signer's account.
			Writes(SET_KEYS_WRITES + 1 + 1 - WRITES_IN_A_PLACE)
		},
		RuntimeCall::Claims(pallet_claims::Call::cancel { claim, .. }) => PerLineOf(*claim, 2),
		RuntimeCall::Claims(pallet_claims::Call::remove_claim { claim }) => PerLineOf(*claim, 7),
		// Sudo reports success whether or not the call it wraps succeeded, so a wrapped call is
		// not settled: it keeps what it declared.
		RuntimeCall::Sudo(
			pallet_sudo::Call::sudo { call }
			| pallet_sudo::Call::sudo_as { call, .. }
			| pallet_sudo::Call::sudo_unchecked_weight { call, .. },
		) => {
			return declaration(call).map(|declared| match declared {
				AtMost(writes, _) => Writes(writes),
				other => other,
			})
		},
		_ => return fixed_writes(call).map(Writes),
	})
}

/// The writes a call of [`FIXED_WRITES`] declares: those beyond [`WRITES_IN_A_PLACE`], and the
/// signer's account for a call of [`RELEASES_ANOTHERS_DEPOSIT`].
fn fixed_writes(call: &RuntimeCall) -> Option<u32> {
	use frame_support::traits::GetCallMetadata;
	let CallMetadata { pallet_name, function_name } = call.get_call_metadata();
	let named =
		|(pallet, function): (&str, &str)| pallet == pallet_name && function == function_name;
	let signer = RELEASES_ANOTHERS_DEPOSIT.iter().any(|(p, f)| named((p, f)));
	FIXED_WRITES
		.iter()
		.find(|(pallet, function, _)| named((pallet, function)))
		.map(|(_, _, writes)| (writes + u32::from(signer)).saturating_sub(WRITES_IN_A_PLACE))
}

/// A configured bound, as a number.
fn limit<L: Get<u32>>() -> u32 {
	L::get()
}

/// The reads a call [`declared_writes`] counts makes to declare them, without reading the state:
/// the budget's count and [`Declared::state_reads`] (a case call naming an unknown case is
/// counted and declares nothing); `None` for a call it does not count.
fn declaration_reads(call: &RuntimeCall) -> Option<u64> {
	declaration(call).map(|declared| 1 + declared.state_reads())
}

/// `frame_system::CheckWeight` and the block's heap budget ([`BLOCK_HEAP_BUDGET_KIB`]).
///
/// It keeps `CheckWeight`'s identifier and its encoding (nothing, explicit or implicit), so
/// every signer — polkadot.js, polkadot-api, subxt, py-substrate-interface, this project's
/// clients — signs exactly as before: to them it is the `CheckWeight` they know, which carries
/// no data. Only the runtime's checks grew.
#[derive(Encode, Decode, DecodeWithMemTracking, Clone, Eq, PartialEq, Default, TypeInfo)]
pub struct CheckBlockResources(frame_system::CheckWeight<Runtime>);

impl CheckBlockResources {
	/// Charges `call`'s place and its declared writes to the block's heap budget, or refuses it
	/// as exhausting the block's resources if they do not fit; an inherent is never refused.
	/// Returns the writes counted, which a failed call gives back, and how a call that declared
	/// its worst case is settled.
	fn count(
		call: &RuntimeCall,
		info: &DispatchInfoOf<RuntimeCall>,
	) -> Result<Counted, TransactionValidityError> {
		if info.class == DispatchClass::Mandatory {
			return Ok(Counted { writes: 0, settle: None });
		}
		let declared = declaration(call);
		let writes = declared.as_ref().map_or(0, Declared::writes);
		charge_writes(writes)?;
		let settle = match declared {
			Some(Declared::AtMost(_, settle)) => Some(settle.before()),
			_ => None,
		};
		Ok(Counted { writes, settle })
	}

	/// Gives back the writes a call declared and did not make: all of them when it failed (its
	/// changes were rolled back, and a failing call must not take the block's budget from
	/// others), and for a call that declared its worst case, what the state it left shows it
	/// did not write ([`Settle`]). Its place stays charged: the block holds it.
	fn refund(counted: Counted, result: &DispatchResult) {
		let kept = match (result, counted.settle) {
			(Err(_), _) => 0,
			(Ok(()), None) => counted.writes,
			(Ok(()), Some(settle)) => {
				settle.written().map_or(counted.writes, |written| written.min(counted.writes))
			},
		};
		let unused = counted.writes.saturating_sub(kept);
		if unused > 0 {
			BlockWrites::mutate(|writes| *writes = writes.saturating_sub(unused));
		}
	}
}

/// Counts `writes` more against the block's heap budget beside the extrinsic being applied
/// (its place included), or refuses it as exhausting the block's resources if they do not fit.
fn charge_writes(writes: u32) -> Result<(), TransactionValidityError> {
	let counted = BlockWrites::get().saturating_add(writes);
	// The extrinsics before this one (from the overlay, no proof), and this one.
	let places = frame_system::Pallet::<Runtime>::extrinsic_index().unwrap_or(0).saturating_add(1);
	if heap_kib(places, counted) > u64::from(BLOCK_HEAP_BUDGET_KIB) {
		return Err(InvalidTransaction::ExhaustsResources.into());
	}
	if writes > 0 {
		BlockWrites::put(counted);
	}
	Ok(())
}

/// Counts the keys a sponsored fee writes beyond its place
/// ([`pallet_sponsorship::SPONSORED_FEE_WRITES`]: the patient's sponsorship and the payer's
/// account) against the block's heap budget, when the fee is charged: the sponsorship pallet
/// tells it of each sponsored fee before writing anything. They stay counted whether or not the
/// call succeeds, as the fee stays charged. Until session 29 they were not counted, so a block
/// of sponsored patient operations could write two keys an extrinsic more than its budget held.
pub struct CountSponsoredFee;

impl pallet_sponsorship::OnSponsoredFee for CountSponsoredFee {
	fn on_sponsored_fee() -> Result<(), TransactionValidityError> {
		charge_writes(pallet_sponsorship::SPONSORED_FEE_WRITES)
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
	/// The writes the call declared, given back if it fails or, for a call that declared its
	/// worst case, settled to what it wrote.
	type Pre = Counted;
	type Val = u32;

	/// `CheckWeight`'s benchmarked weight, and for a counted call the budget's read and write
	/// (and the removal after the block's transactions), plus the case read of a case call —
	/// at the database costs measured here (`weights::ParityDbWeight`). A call that declares
	/// nothing reads the count too, but from the block's overlay, where [`StartBlockWrites`] put
	/// it before the inherents: no database and no proof, like the extrinsic index it reads
	/// beside it.
	fn weight(&self, call: &RuntimeCall) -> Weight {
		let db = <Runtime as frame_system::Config>::DbWeight::get();
		let weight = self.0.weight(call);
		match declaration_reads(call) {
			Some(reads) => weight.saturating_add(db.reads_writes(reads, 2)),
			None => weight,
		}
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

/// Puts the block's write count, 0, into the block's overlay before its inherents
/// (`frame_system`'s `PreInherents`), so that every extrinsic reads it from there, not from the
/// database. [`ClearBlockWrites`] removes it again.
pub struct StartBlockWrites;

impl frame_support::traits::PreInherents for StartBlockWrites {
	fn pre_inherents() {
		BlockWrites::put(0);
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
pub(crate) mod tests {
	use super::*;
	use alloc::{format, vec::Vec};
	use frame_support::traits::PreInherents;
	use frame_support::{assert_ok, dispatch::GetDispatchInfo, BoundedVec};
	use healthchain_primitives::provenance::{Gtin, PackKey};
	use sp_runtime::{traits::DispatchTransaction, BuildStorage};

	fn new_test_ext() -> sp_io::TestExternalities {
		frame_system::GenesisConfig::<Runtime>::default().build_storage().unwrap().into()
	}

	pub(crate) fn alice() -> crate::AccountId {
		sp_keyring::Sr25519Keyring::Alice.to_account_id()
	}

	/// A patient's permit to organisation `org`, with no period, for `purpose`, `classes` and
	/// `actions`.
	pub(crate) fn permit(
		org: healthchain_primitives::OrganizationId,
		purpose: healthchain_primitives::Purpose,
		classes: &[healthchain_primitives::DataClass],
		actions: &[healthchain_primitives::Action],
	) -> pallet_consent::ConsentTerms {
		use healthchain_primitives::consent::{Grantee, Provision};
		pallet_consent::ConsentTerms {
			grantee: Grantee::Organization(org),
			provision: Provision::Permit,
			classes: BoundedVec::truncate_from(classes.to_vec()),
			purposes: BoundedVec::truncate_from(alloc::vec![purpose]),
			actions: BoundedVec::truncate_from(actions.to_vec()),
			valid_from: None,
			valid_until: None,
		}
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
	/// executive does for a signed extrinsic. The block's weight so far is forgotten first (no
	/// reclaim runs here, so full commissions would fill the proof share by their worst cases):
	/// what refuses a call here is the heap budget.
	fn apply(call: &RuntimeCall) -> Result<(), TransactionValidityError> {
		frame_system::BlockWeight::<Runtime>::kill();
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

	/// A patient's record anchored by Alice (an anchor: one declared write).
	fn anchor() -> RuntimeCall {
		RuntimeCall::Records(pallet_records::Call::anchor {
			local_id: [1; 32].into(),
			subject: alice(),
			class: healthchain_primitives::DataClass::Encounters,
			commitment: [2; 32].into(),
		})
	}

	#[test]
	fn the_count_keeps_its_key_hashed_at_compile_time() {
		use frame_support::storage::storage_prefix;
		use frame_support::traits::StorageInstance;
		// The key a `storage_alias` of `WriteBudget::BlockWrites` had, hashed at run time, and
		// the key of the names the instance gives.
		let hashed = storage_prefix(b"WriteBudget", b"BlockWrites");
		assert_eq!(BlockWrites::hashed_key(), hashed);
		let named = storage_prefix(
			BlockWritesKey::pallet_prefix().as_bytes(),
			BlockWritesKey::STORAGE_PREFIX.as_bytes(),
		);
		assert_eq!(named, hashed);
		new_test_ext().execute_with(|| {
			BlockWrites::put(7);
			assert_eq!(frame_support::storage::unhashed::get::<u32>(&hashed), Some(7));
		});
	}

	#[test]
	fn calls_writing_many_keys_fill_the_budget_then_the_next_is_refused_as_a_full_block() {
		new_test_ext().execute_with(|| {
			let full = commission(1_000);
			assert_eq!(declared_writes(&full), 2_000);
			// After the block's two inherents, two full commissions take the budget's writes,
			// with room for 92 more beside a third place: (65,536 - 3 × 21 - 64,000) / 16 (the
			// index stays at 2 here, so each call is charged as the third place; in a block
			// the fifth extrinsic is charged five places, leaving 89).
			frame_system::Pallet::<Runtime>::set_extrinsic_index(2);
			assert_ok!(apply(&full));
			assert_ok!(apply(&full));
			assert_eq!(BlockWrites::get(), 4_000);
			// The block builder skips it and keeps it in the pool, as for a block's weight.
			assert_eq!(apply(&full), Err(InvalidTransaction::ExhaustsResources.into()));
			assert_eq!(apply(&commission(47)), Err(InvalidTransaction::ExhaustsResources.into()));
			assert_eq!(BlockWrites::get(), 4_000, "a refused call counts nothing");
			assert_ok!(apply(&commission(46)));
			assert_eq!(BlockWrites::get(), MAX_BLOCK_WRITES);
			assert_eq!(apply(&anchor()), Err(InvalidTransaction::ExhaustsResources.into()));
			// A call with at most three fixed writes declares none and takes only its place.
			let transfer = RuntimeCall::Balances(pallet_balances::Call::transfer_keep_alive {
				dest: sp_keyring::Sr25519Keyring::Bob.to_account_id().into(),
				value: 1,
			});
			assert_eq!(declared_writes(&transfer), 0);
			assert_ok!(apply(&transfer));
			// After the block's transactions (the hook the runtime configures) the count is
			// gone: never in the state. The anchor, refused above by the budget alone (its
			// weight fits), now passes.
			<Runtime as frame_system::Config>::PostTransactions::post_transactions();
			assert!(!BlockWrites::exists());
			assert_ok!(apply(&anchor()));
			assert_eq!(BlockWrites::get(), 1);
		});
	}

	#[test]
	fn calls_with_fixed_writes_declare_those_beyond_three() {
		new_test_ext().execute_with(|| {
			assert_eq!(declared_writes(&anchor()), 1);
			use healthchain_primitives::{Action, DataClass, Purpose};
			let terms = permit(1, Purpose::Treatment, &[DataClass::Encounters], &[Action::Access]);
			let grant =
				RuntimeCall::Consent(pallet_consent::Call::grant { subject: alice(), terms });
			assert_eq!(declared_writes(&grant), 2);
			// Revoking a consent that does not exist: its own two writes and the signer's
			// account at most (it fails).
			let revoke = RuntimeCall::Consent(pallet_consent::Call::revoke { consent: 7 });
			assert_eq!(declared_writes(&revoke), 0);
			// Releasing another's deposit: the signer's account beside the benchmark's five.
			let withdraw = RuntimeCall::Trials(pallet_trials::Call::withdraw {
				trial: 0,
				participant: alice(),
			});
			assert_eq!(declared_writes(&withdraw), 5 + 1 - 3);
			// Three writes and the signer's account.
			let step_down = RuntimeCall::Consent(pallet_consent::Call::remove_proxy {
				subject: alice(),
				proxy: sp_keyring::Sr25519Keyring::Bob.to_account_id(),
			});
			assert_eq!(declared_writes(&step_down), 1);
			// Three writes or fewer: none declared.
			let batch = RuntimeCall::Records(pallet_records::Call::anchor_batch {
				local_id: [3; 32].into(),
				root: [4; 32].into(),
				leaf_count: 1_000,
				class: healthchain_primitives::DataClass::Encounters,
			});
			assert_eq!(declared_writes(&batch), 0);
			assert_eq!(declared_writes(&remark()), 0);
		});
	}

	/// The body of `function` in a pallet's weights file (its `SubstrateWeight`
	/// implementation), if it has one.
	fn weight_function<'a>(weights: &'a str, function: &str) -> Option<&'a str> {
		let implementation = &weights[weights.find("for SubstrateWeight<T>").expect("impl")..];
		let body = &implementation[implementation.find(&format!("fn {function}("))?..];
		Some(&body[..body.find("\n\t}").expect("end of function")])
	}

	/// The storage items a pallet's benchmark lists for `function` (the comments above it in
	/// its `SubstrateWeight` implementation).
	fn weight_storage<'a>(weights: &'a str, function: &str) -> &'a str {
		let implementation = &weights[weights.find("for SubstrateWeight<T>").expect("impl")..];
		let at = implementation.find(&format!("fn {function}(")).expect("function");
		let start = implementation[..at].rfind("\n\t}").unwrap_or(0);
		&implementation[start..at]
	}

	/// The writes a pallet's benchmark counts for `function`, if they are all fixed.
	fn benchmarked_writes(weights: &str, function: &str) -> u32 {
		let (fixed, per_component) = benchmarked_writes_per_component(weights, function);
		assert_eq!(per_component, 0, "{function}'s writes grow with a component");
		fixed
	}

	/// The healthcare pallets whose calls the budget counts.
	const PALLETS: [&str; 7] =
		["Claims", "Consent", "Organizations", "Provenance", "Records", "Sponsorship", "Trials"];

	/// A healthcare pallet's weights file.
	fn weights(pallet: &str) -> &'static str {
		match pallet {
			"Claims" => include_str!("../../pallets/claims/src/weights.rs"),
			"Consent" => include_str!("../../pallets/consent/src/weights.rs"),
			"Organizations" => include_str!("../../pallets/organizations/src/weights.rs"),
			"Provenance" => include_str!("../../pallets/provenance/src/weights.rs"),
			"Records" => include_str!("../../pallets/records/src/weights.rs"),
			"Sponsorship" => include_str!("../../pallets/sponsorship/src/weights.rs"),
			"Trials" => include_str!("../../pallets/trials/src/weights.rs"),
			other => panic!("no weights file for {other}"),
		}
	}

	/// Calls of the healthcare pallets only governance makes: not counted, since they come
	/// through referenda (the scheduler, not a signed extrinsic; sudo, which the production
	/// preset lacks, can wrap them too). Each refuses any signed origin, which the test below
	/// checks by dispatching it signed.
	const GOVERNANCE_CALLS: &[(&str, &str)] = &[
		("Organizations", "admit"),
		("Organizations", "remove"),
		("Organizations", "assign_company_prefix"),
		("Organizations", "withdraw_company_prefix"),
	];

	#[test]
	fn governance_calls_refuse_a_signed_origin() {
		use frame_support::traits::GetCallMetadata;
		let prefix = healthchain_primitives::provenance::CompanyPrefix { digits: 7, value: 1 };
		let calls = [
			RuntimeCall::Organizations(pallet_organizations::Call::admit {
				admin: crate::AccountId::from([7; 32]),
				roles: Default::default(),
				credentials: Default::default(),
			}),
			RuntimeCall::Organizations(pallet_organizations::Call::remove { organization: 0 }),
			RuntimeCall::Organizations(pallet_organizations::Call::assign_company_prefix {
				organization: 0,
				prefix,
			}),
			RuntimeCall::Organizations(pallet_organizations::Call::withdraw_company_prefix {
				prefix,
			}),
		];
		assert_eq!(calls.len(), GOVERNANCE_CALLS.len());
		sp_io::TestExternalities::default().execute_with(|| {
			for call in calls {
				let name = call.get_call_metadata();
				assert!(
					GOVERNANCE_CALLS.contains(&("Organizations", name.function_name)),
					"{name:?}"
				);
				let signed = crate::RuntimeOrigin::signed(crate::AccountId::from([1; 32]));
				let refused = frame_support::traits::UnfilteredDispatchable::dispatch_bypass_filter(
					call, signed,
				);
				assert_eq!(
					refused.map_err(|e| e.error),
					Err(sp_runtime::DispatchError::BadOrigin),
					"{name:?}"
				);
			}
		});
	}

	#[test]
	fn the_fixed_writes_are_the_benchmarks() {
		// Ending a consent: the call's own writes (the trial hook's: below).
		assert_eq!(benchmarked_writes(weights("Consent"), "revoke"), REVOKE_WRITES);
		assert_eq!(benchmarked_writes(weights("Consent"), "replace"), REPLACE_WRITES);
		let own_rule = |pallet: &str, function: &str| {
			pallet == "Consent" && ["revoke", "replace"].contains(&function)
		};
		use frame_support::traits::GetCallMetadata;
		for (pallet, function, writes) in FIXED_WRITES {
			assert!(
				RuntimeCall::get_call_names(pallet).contains(function),
				"{pallet}::{function} is not a call"
			);
			assert!(!own_rule(pallet, function), "{pallet}::{function} has its own rule");
			let branches = BRANCH_BENCHMARKS
				.iter()
				.find(|(p, f, _)| p == pallet && f == function)
				.map_or(core::slice::from_ref(function), |(_, _, benchmarks)| *benchmarks);
			let most = branches
				.iter()
				.map(|benchmark| benchmarked_writes(weights(pallet), benchmark))
				.max();
			assert_eq!(most, Some(*writes), "{pallet}::{function}");
			let signer = RELEASES_ANOTHERS_DEPOSIT.contains(&(pallet, function));
			assert!(
				writes + u32::from(signer) > WRITES_IN_A_PLACE,
				"{pallet}::{function} needs no declaration"
			);
		}
		for (pallet, function) in RELEASES_ANOTHERS_DEPOSIT {
			assert!(
				FIXED_WRITES.iter().any(|(p, f, _)| p == pallet && f == function),
				"{pallet}::{function} is not among the fixed writes"
			);
			// Its benchmark writes one account: the holder of the deposit it releases.
			assert!(
				weight_storage(weights(pallet), function)
					.contains("Storage: `System::Account` (r:1 w:1)"),
				"{pallet}::{function} writes no account"
			);
		}
		// And no call of those pallets with more fixed writes is missing from the table.
		for pallet in PALLETS {
			for function in RuntimeCall::get_call_names(pallet) {
				let listed = FIXED_WRITES.iter().any(|(p, f, _)| *p == pallet && f == function)
					|| GOVERNANCE_CALLS.contains(&(pallet, function));
				let source = weights(pallet);
				let Some(body) = weight_function(source, function) else { continue };
				if listed || own_rule(pallet, function) {
					continue;
				}
				if body.contains("writes((") {
					continue; // grows with its arguments: counted by its own rule, or root only
				}
				assert!(
					benchmarked_writes(source, function) <= WRITES_IN_A_PLACE,
					"{pallet}::{function} writes more than its place covers and is not listed"
				);
			}
		}
	}

	#[test]
	fn every_call_that_writes_an_account_says_whose() {
		// Whose account each call's benchmark writes, where the budget does not declare the
		// signer's beside it: the signer's own (the place covers it: the signer holds the
		// deposit, or a sponsored patient's payer, whose account the sponsored fee counts), or
		// the call declares every write it makes, the place's three left spare.
		const SIGNERS_OWN: &[(&str, &str)] = &[
			("Claims", "publish_policy"),
			// Its new-policy branch (`BRANCH_BENCHMARKS`).
			("Claims", "publish_new_policy"),
			("Claims", "record_coverage"),
			("Claims", "submit_claim"),
			("Consent", "grant"),
			("Consent", "replace"),
			("Consent", "appoint_proxy"),
			("Consent", "open_break_glass"),
			("Organizations", "add_member"),
			("Provenance", "register_product"),
			("Provenance", "register_batch"),
			("Provenance", "commission"),
			("Provenance", "pack_case"),
			("Records", "anchor"),
			("Records", "anchor_version"),
			("Records", "anchor_batch"),
			("Records", "log_access"),
			("Sponsorship", "sponsor"),
			("Trials", "register"),
			("Trials", "amend"),
			("Trials", "enroll"),
		];
		// Declared in full (place not subtracted), so another's account fits the place.
		const DECLARED_IN_FULL: &[(&str, &str)] =
			&[("Claims", "remove_claim"), ("Records", "erase"), ("Records", "prune_access_log")];
		// Governance's calls that write an account, not counted (`GOVERNANCE_CALLS`).
		const GOVERNANCE: &[(&str, &str)] =
			&[("Organizations", "admit"), ("Organizations", "remove")];
		for call in GOVERNANCE {
			assert!(GOVERNANCE_CALLS.contains(call), "{call:?} is not among governance's calls");
		}
		// Benchmarks of paths that are not calls (the fee path, the trial hook: counted with the
		// calls that take them).
		const NOT_CALLS: &[(&str, &str)] =
			&[("Sponsorship", "charge_sponsored"), ("Trials", "consent_ended")];
		use frame_support::traits::GetCallMetadata;
		for (pallet, function) in NOT_CALLS {
			assert!(
				!RuntimeCall::get_call_names(pallet).contains(function),
				"{function} is a call"
			);
		}
		for (pallet, function) in GOVERNANCE {
			assert!(
				RuntimeCall::get_call_names(pallet).contains(function),
				"{function} is no call"
			);
		}
		let declares_signer = |pallet: &str, function: &str| {
			RELEASES_ANOTHERS_DEPOSIT.contains(&(pallet, function))
				|| (pallet, function) == ("Provenance", "unpack_case")
		};
		let mut seen = 0;
		for pallet in PALLETS {
			let source = weights(pallet);
			let implementation = &source[source.find("for SubstrateWeight<T>").expect("impl")..];
			// Its functions, not those of the `()` implementation after it.
			let end = implementation.find("impl WeightInfo for ()").unwrap_or(implementation.len());
			for (at, _) in implementation[..end].match_indices("\n\tfn ") {
				let function = implementation[at + 5..].split('(').next().expect("name");
				let writes_account = weight_storage(source, function).lines().any(|line| {
					line.contains("Storage: `System::Account` (r:") && !line.ends_with(" w:0)")
				});
				if !writes_account {
					continue;
				}
				seen += 1;
				let kinds = [
					declares_signer(pallet, function),
					SIGNERS_OWN.contains(&(pallet, function)),
					DECLARED_IN_FULL.contains(&(pallet, function)),
					GOVERNANCE.contains(&(pallet, function)),
					NOT_CALLS.contains(&(pallet, function)),
				];
				assert_eq!(
					kinds.iter().filter(|kind| **kind).count(),
					1,
					"{pallet}::{function} writes an account: say whose, once"
				);
			}
		}
		// Every listed call was found writing an account (unpacking a case among them).
		let unpack = 1;
		let listed = RELEASES_ANOTHERS_DEPOSIT.len()
			+ unpack + SIGNERS_OWN.len()
			+ DECLARED_IN_FULL.len()
			+ GOVERNANCE.len()
			+ NOT_CALLS.len();
		assert_eq!(seen, listed);
	}

	/// The writes a pallet's benchmark counts for `function`: fixed, and per unit of its one
	/// component.
	fn benchmarked_writes_per_component(weights: &str, function: &str) -> (u32, u32) {
		let body = weight_function(weights, function).expect("function");
		let number =
			|rest: &str| rest[..rest.find("_u64").expect("count")].parse::<u32>().expect("number");
		let per = body.split(".writes((").skip(1).map(number).sum();
		let fixed =
			body.split(".writes(").skip(1).filter(|r| !r.starts_with('(')).map(number).sum();
		(fixed, per)
	}

	#[test]
	fn the_writes_that_grow_with_state_are_the_benchmarks() {
		// What `Declared::writes` and `Settle::written` count, against the weights files: a
		// benchmark that counts more writes must change the rules, or the count falls short.
		let records = include_str!("../../pallets/records/src/weights.rs");
		let claims = include_str!("../../pallets/claims/src/weights.rs");
		// An erasure keeps 3 × versions + 2.
		assert_eq!(benchmarked_writes_per_component(records, "erase"), (2, 3));
		// A prune keeps 3 × entries; its one fixed write is the log's start, in its place.
		let prune = benchmarked_writes_per_component(records, "prune_access_log");
		assert_eq!(prune, (1, 3));
		assert!(prune.0 <= WRITES_IN_A_PLACE);
		// Claims: 2 × lines + 7 to submit or remove one, 2 × lines + 2 to withdraw it.
		assert_eq!(benchmarked_writes_per_component(claims, "submit_claim"), (7, 2));
		assert_eq!(benchmarked_writes_per_component(claims, "remove_claim"), (7, 2));
		assert_eq!(benchmarked_writes_per_component(claims, "cancel"), (2, 2));
		// The trial hook of an ended consent: per trial the patient is enrolled in (each
		// enrolment by another sponsor's member, so each deposit from another account), and its
		// participations.
		let trials = include_str!("../../pallets/trials/src/weights.rs");
		assert_eq!(
			benchmarked_writes_per_component(trials, "consent_ended"),
			(CONSENT_ENDED_SHARED_WRITES, CONSENT_ENDED_WRITES_PER_ENROLMENT)
		);
	}

	#[test]
	fn what_the_arguments_declare_is_known_without_the_state() {
		// No externalities here: a read of the state would panic.
		assert_eq!(declared_writes_by_arguments(&commission(5)), Some(10));
		assert_eq!(declared_writes_by_arguments(&remark()), Some(0));
		assert_eq!(declared_writes_by_arguments(&anchor()), Some(1));
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
			assert_eq!(declared_writes(&provenance(P::unpack_case { sscc })), 10 + 1);
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
			assert_eq!(declaration_reads(&wrapped), Some(2), "the count and the case");
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
		let most_trials: u32 = <Runtime as pallet_trials::Config>::MaxTrialsPerParticipant::get();
		assert!(
			REPLACE_WRITES
				+ CONSENT_ENDED_SHARED_WRITES
				+ CONSENT_ENDED_WRITES_PER_ENROLMENT * most_trials
				<= MAX_BLOCK_WRITES + WRITES_IN_A_PLACE
		);
		// Nor may its worst-case proof exceed what one normal extrinsic may record
		// (configs/system.rs, `MAX_NORMAL_PROOF_SIZE`).
		let normal = <Runtime as frame_system::Config>::BlockWeights::get()
			.get(DispatchClass::Normal)
			.max_extrinsic
			.expect("normal extrinsics have a limit");
		let full = commission(max_commission).get_dispatch_info().total_weight();
		assert!(full.proof_size() <= normal.proof_size(), "{full:?} against {normal:?}");
		// The whole normal share of the proof (configs/system.rs).
		assert_eq!(normal.proof_size(), crate::configs::system::MAX_NORMAL_PROOF_SIZE);
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
			// The last place the block has: signed or bare, a call that declares nothing goes in,
			// one that declares a write does not fit beside it.
			frame_system::Pallet::<Runtime>::set_extrinsic_index(MAX_BLOCK_EXTRINSICS - 1);
			assert_ok!(apply(&remark));
			assert_ok!(bare(&remark));
			let full = Err(TransactionValidityError::from(InvalidTransaction::ExhaustsResources));
			assert_eq!(apply(&commission(1)), full);
			assert_eq!(BlockWrites::get(), 0, "a refused call counts no writes");
			// One more is refused as a full block: skipped, kept in the pool, nothing counted.
			frame_system::Pallet::<Runtime>::set_extrinsic_index(MAX_BLOCK_EXTRINSICS);
			assert_eq!(apply(&remark), full);
			assert_eq!(bare(&remark), full);
			// An operational call gets no reserve: the memory is the same.
			let mut operational = remark.get_dispatch_info();
			operational.class = DispatchClass::Operational;
			assert_eq!(
				CheckBlockResources::count(&remark, &operational),
				full.map(|_| Counted { writes: 0, settle: None })
			);
			// An inherent (the Mandatory class) is never refused, however full the block.
			let timestamp = RuntimeCall::Timestamp(pallet_timestamp::Call::set { now: 6_000 });
			assert_eq!(timestamp.get_dispatch_info().class, DispatchClass::Mandatory);
			assert_ok!(bare(&timestamp));
		});
	}

	#[test]
	fn declared_writes_leave_fewer_places_and_places_leave_fewer_writes() {
		new_test_ext().execute_with(|| {
			let full = Err(TransactionValidityError::from(InvalidTransaction::ExhaustsResources));
			// With 1,000 writes declared, 2,358 places are left: (65,536 - 16,000) / 21.
			BlockWrites::put(1_000);
			frame_system::Pallet::<Runtime>::set_extrinsic_index(2_357);
			assert_ok!(apply(&remark()));
			frame_system::Pallet::<Runtime>::set_extrinsic_index(2_358);
			assert_eq!(apply(&remark()), full);
			// A block of 2,000 extrinsics has room for (65,536 - 42,021) / 16 = 1,469 writes.
			BlockWrites::kill();
			frame_system::Pallet::<Runtime>::set_extrinsic_index(2_000);
			assert_eq!(apply(&commission(735)), full);
			assert_ok!(apply(&commission(734)));
			assert_eq!(BlockWrites::get(), 1_468);
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
				frame_system::BlockWeight::<Runtime>::kill();
				CheckBlockResources::default()
					.validate_and_prepare(RuntimeOrigin::signed(alice()), &full, &info, 100, 0)
					.map(|(pre, _)| pre)
					.unwrap()
			};
			let pre = prepare();
			assert_eq!(pre, Counted { writes: 2_000, settle: None });
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

	/// The development chain's genesis: the demo organisations, Dave the hospital's admin
	/// (organisation 0), the development accounts funded.
	fn dev_ext() -> sp_io::TestExternalities {
		let dev = sp_genesis_builder::PresetId::from(sp_genesis_builder::DEV_RUNTIME_PRESET);
		let mut ext: sp_io::TestExternalities =
			crate::genesis_config_presets::tests::preset_storage(&dev).into();
		ext.execute_with(|| {
			frame_system::Pallet::<Runtime>::set_block_number(1);
			pallet_timestamp::Now::<Runtime>::put(RETENTION + 1_000);
			StartBlockWrites::pre_inherents();
		});
		ext
	}

	const RETENTION: u64 = crate::configs::healthcare::RecordAccessLogRetention::get();

	/// Validates, prepares, dispatches and settles `call` from `who` through the extension, as
	/// the executive applies a signed extrinsic; `Ok` with the call's own outcome.
	fn dispatch(
		who: &crate::AccountId,
		call: RuntimeCall,
	) -> Result<
		sp_runtime::DispatchResultWithInfo<frame_support::dispatch::PostDispatchInfo>,
		TransactionValidityError,
	> {
		frame_system::BlockWeight::<Runtime>::kill();
		let info = call.get_dispatch_info();
		CheckBlockResources::default().dispatch_transaction(
			RuntimeOrigin::signed(who.clone()),
			call,
			&info,
			100,
			0,
		)
	}

	#[test]
	fn an_erasure_keeps_the_writes_of_the_versions_the_record_had() {
		dev_ext().execute_with(|| {
			let dave = sp_keyring::Sr25519Keyring::Dave.to_account_id();
			let local_id = [1; 32].into();
			let record = healthchain_primitives::records::record_id(0, &local_id);
			let records = |call| RuntimeCall::Records(call);
			use pallet_records::Call as R;
			let anchor = R::anchor {
				local_id,
				subject: alice(),
				class: healthchain_primitives::DataClass::Encounters,
				commitment: [2; 32].into(),
			};
			assert_ok!(dispatch(&dave, records(anchor)).unwrap());
			let version = R::anchor_version { record, commitment: [3; 32].into() };
			assert_ok!(dispatch(&dave, records(version)).unwrap());
			assert_eq!(BlockWrites::get(), 1 + 2);
			// Erasing declares 64 versions' writes (194); the record had two: it keeps 3 × 2 + 2.
			let erase = records(R::erase { record });
			assert_eq!(declared_writes(&erase), 194);
			assert_ok!(dispatch(&dave, erase.clone()).unwrap());
			assert_eq!(BlockWrites::get(), 3 + 8);
			assert!(pallet_records::Records::<Runtime>::get(record).unwrap().erased);
			// Erasing it again fails (`Erased`) and keeps nothing.
			assert!(dispatch(&dave, erase.clone()).unwrap().is_err());
			assert_eq!(BlockWrites::get(), 11);
			// Sudo succeeds whether or not the call it wraps does, so a wrapped erasure is not
			// settled: it keeps its worst case.
			let wrapped = RuntimeCall::Sudo(pallet_sudo::Call::sudo {
				call: alloc::boxed::Box::new(erase.clone()),
			});
			let sudo = pallet_sudo::Key::<Runtime>::get().expect("the dev chain has a sudo key");
			assert_ok!(dispatch(&sudo, wrapped).unwrap());
			assert_eq!(BlockWrites::get(), 11 + 194);
			BlockWrites::put(11);
			// The worst case must still fit before the call runs: with room for 193 more
			// writes beside its place, an erasure waits for the next block.
			let places = 3;
			frame_system::Pallet::<Runtime>::set_extrinsic_index(places - 1);
			BlockWrites::put(
				(BLOCK_HEAP_BUDGET_KIB - places * HEAP_PER_EXTRINSIC_KIB) / HEAP_PER_WRITE_KIB
					- 193,
			);
			assert_eq!(dispatch(&dave, erase), Err(InvalidTransaction::ExhaustsResources.into()));
		});
	}

	#[test]
	fn a_prune_keeps_the_writes_of_the_entries_it_removed() {
		dev_ext().execute_with(|| {
			use frame_support::traits::fungible::{InspectHold, MutateHold};
			let dave = sp_keyring::Sr25519Keyring::Dave.to_account_id();
			let deposit = crate::configs::healthcare::RecordAccessLogDeposit::get();
			let reason: crate::RuntimeHoldReason =
				pallet_records::HoldReason::AccessLogDeposit.into();
			// Alice's log: three entries past the retention period, then one still kept.
			for (position, at) in [0, 0, 1, RETENTION + 1_000].into_iter().enumerate() {
				assert_ok!(crate::Balances::hold(&reason, &dave, deposit));
				let entry = healthchain_primitives::records::AccessEntry {
					record: [1; 32].into(),
					accessor: 1,
					custodian: 0,
					purpose: healthchain_primitives::Purpose::Treatment,
					basis: healthchain_primitives::records::AccessBasis::Consent(1),
					at,
					block: 1,
				};
				pallet_records::AccessLog::<Runtime>::insert(
					alice(),
					position as u32,
					pallet_records::LoggedAccess { entry, depositor: dave.clone(), deposit },
				);
			}
			pallet_records::AccessLogLength::<Runtime>::insert(alice(), 4);
			// Anyone may prune. It declares 64 entries' writes (192) and removes three: it keeps 9.
			let bob = sp_keyring::Sr25519Keyring::Bob.to_account_id();
			let prune =
				RuntimeCall::Records(pallet_records::Call::prune_access_log { subject: alice() });
			assert_eq!(declared_writes(&prune), 192);
			assert_ok!(dispatch(&bob, prune.clone()).unwrap());
			assert_eq!(pallet_records::AccessLogStart::<Runtime>::get(alice()), 3);
			assert_eq!(BlockWrites::get(), 9);
			assert_eq!(crate::Balances::balance_on_hold(&reason, &dave), deposit);
			// Nothing more has expired: the next prune fails and keeps nothing.
			assert!(dispatch(&bob, prune.clone()).unwrap().is_err());
			assert_eq!(BlockWrites::get(), 9);
			// Once the last entry has expired too, a prune from position 3 removes one: it keeps
			// 3, counted from where the log started before it, not from position 0.
			pallet_timestamp::Now::<Runtime>::put(2 * RETENTION + 1_000);
			assert_ok!(dispatch(&bob, prune.clone()).unwrap());
			assert_eq!(pallet_records::AccessLogStart::<Runtime>::get(alice()), 4);
			assert_eq!(BlockWrites::get(), 12);
			// Its weight counts the log's start, read before it runs, beside the count's read.
			let db = <Runtime as frame_system::Config>::DbWeight::get();
			let check_weight = frame_system::CheckWeight::<Runtime>::new();
			assert_eq!(
				CheckBlockResources::default().weight(&prune),
				check_weight.weight(&prune) + db.reads_writes(2, 2)
			);
		});
	}

	#[test]
	fn a_claims_withdrawal_or_removal_declares_the_lines_of_the_claim_it_names() {
		new_test_ext().execute_with(|| {
			use codec::Decode;
			use sp_runtime::traits::TrailingZeroInput;
			let zeroes = || TrailingZeroInput::zeroes();
			let mut claim = pallet_claims::ClaimOf::<Runtime>::decode(&mut zeroes()).unwrap();
			for _ in 0..3 {
				claim.lines.try_push(Decode::decode(&mut zeroes()).unwrap()).unwrap();
			}
			pallet_claims::Claims::<Runtime>::insert(5, claim);
			let claims = |call| RuntimeCall::Claims(call);
			let remove = claims(pallet_claims::Call::remove_claim { claim: 5 });
			let cancel = claims(pallet_claims::Call::cancel { claim: 5, entered_in_error: false });
			// Three lines: 2 × 3 + 7 and 2 × 3 + 2, not the 39 of a claim of 16 lines.
			assert_eq!(declared_writes(&remove), 13);
			assert_eq!(declared_writes(&cancel), 8);
			// Under sudo, the same.
			let wrapped = RuntimeCall::Sudo(pallet_sudo::Call::sudo {
				call: alloc::boxed::Box::new(remove.clone()),
			});
			assert_eq!(declared_writes(&wrapped), 13);
			assert_eq!(declaration_reads(&remove), Some(2), "the count and the claim");
			assert_eq!(declared_writes_by_arguments(&remove), None);
			// An unknown claim declares nothing: the call fails.
			assert_eq!(declared_writes(&claims(pallet_claims::Call::remove_claim { claim: 6 })), 0);
		});
	}

	/// The keys `ext`'s overlay changed that a benchmark counts as writes, for a call that
	/// writes no `System` key but accounts: not `System`'s block bookkeeping (events, weight —
	/// whitelisted by FRAME's benchmarks — and the rest, which such a call never writes), nor
	/// the budget's own count, nor the well-known keys (`:transaction_level:`, FRAME's count of
	/// nested storage layers).
	fn keys_written(ext: &sp_io::TestExternalities) -> Vec<Vec<u8>> {
		use frame_support::storage::storage_prefix;
		let system = sp_io::hashing::twox_128(b"System");
		let counted = |key: &Vec<u8>| {
			let is = |pallet: &[u8], item: &[u8]| key.starts_with(&storage_prefix(pallet, item));
			!(key.starts_with(b":")
				|| key.starts_with(&sp_io::hashing::twox_128(b"WriteBudget"))
				|| key.starts_with(&system) && !is(b"System", b"Account"))
		};
		ext.overlayed_changes().changes().map(|(key, _)| key.clone()).filter(counted).collect()
	}

	/// The development genesis with Alice enrolled, on one research consent to the demo sponsor
	/// (organisation 6), in two trials, each by another member of the sponsor holding the deposit:
	/// the externalities (committed), the consent and the trials.
	fn alice_in_two_trials(
	) -> (sp_io::TestExternalities, healthchain_primitives::ConsentId, Vec<u32>) {
		use healthchain_primitives::{
			trials::{DataUse, Phase, StudyType, TrialStatus},
			Action, Commitment, DataClass, Purpose,
		};
		use sp_keyring::Sr25519Keyring::{DaveStash, EveStash};
		let mut ext = dev_ext();
		let (consent, trials) = ext.execute_with(|| {
			use frame_support::traits::fungible::Mutate;
			// The demo sponsor (organisation 6, DaveStash) adds a second member; each enrols
			// Alice in a trial of its own, holding the deposit.
			let second: crate::AccountId = [9; 32].into();
			crate::Balances::set_balance(&second, 1_000 * crate::UNIT);
			assert_ok!(crate::Organizations::add_member(
				RuntimeOrigin::signed(DaveStash.to_account_id()),
				second.clone(),
				false
			));
			let now = pallet_timestamp::Now::<Runtime>::get();
			let day = 24 * 60 * 60 * 1_000;
			let commitment = |n| Commitment::repeat_byte(n);
			let data_use = DataUse {
				classes: BoundedVec::truncate_from(alloc::vec![DataClass::LabResults]),
				actions: BoundedVec::truncate_from(alloc::vec![Action::Collect, Action::Use]),
			};
			let trials: Vec<u32> = [DaveStash.to_account_id(), second.clone()]
				.into_iter()
				.map(|member| {
					let trial = pallet_trials::NextTrialId::<Runtime>::get();
					let registration = pallet_trials::RegistrationOf::<Runtime> {
						record: commitment(0xa0),
						phase: Phase::Phase3,
						study_type: StudyType::Interventional,
						target_size: 200,
						first_enrolment: now + day,
						primary_completion: now + 30 * day,
						protocol: commitment(0xb0),
						sap: commitment(0xc0),
						primary_outcomes: BoundedVec::truncate_from(alloc::vec![commitment(1)]),
						secondary_outcomes: BoundedVec::new(),
						data_use: data_use.clone(),
					};
					let signed = |who: &crate::AccountId| RuntimeOrigin::signed(who.clone());
					assert_ok!(crate::Trials::register(signed(&member), registration));
					assert_ok!(crate::Trials::approve(signed(&EveStash.to_account_id()), trial));
					let recruiting = TrialStatus::Recruiting;
					assert_ok!(crate::Trials::set_status(signed(&member), trial, recruiting));
					trial
				})
				.collect();
			let consent = pallet_consent::NextConsentId::<Runtime>::get();
			assert_ok!(crate::Consent::grant(
				RuntimeOrigin::signed(alice()),
				alice(),
				permit(6, Purpose::Research, &[DataClass::All], &[Action::Collect, Action::Use])
			));
			for (trial, member) in trials.iter().zip([DaveStash.to_account_id(), second]) {
				assert_ok!(crate::Trials::enroll(
					RuntimeOrigin::signed(member),
					*trial,
					alice(),
					1
				));
			}
			(consent, trials)
		});
		ext.commit_all().unwrap();
		(ext, consent, trials)
	}

	#[test]
	fn ending_a_consent_writes_no_more_keys_than_it_declares() {
		use healthchain_primitives::{Action, DataClass, Purpose};
		// Replaced by a consent that no longer covers the trials' data use: the worst case, as
		// revoking.
		let narrower = permit(6, Purpose::Research, &[DataClass::Encounters], &[Action::Access]);
		for replacing in [false, true] {
			let (mut ext, consent, trials) = alice_in_two_trials();
			// Revoking writes no account of its own: Alice's, for her nonce and fee, is
			// declared beside it. Replacing writes hers for the new version's deposit.
			let (call, own) = if replacing {
				let terms = narrower.clone();
				(pallet_consent::Call::replace { consent, terms }, REPLACE_WRITES)
			} else {
				(pallet_consent::Call::revoke { consent }, REVOKE_WRITES + REVOKE_SIGNER_WRITES)
			};
			// Both enrolments end, each deposit goes back to its own member.
			let declared = ext.execute_with(|| {
				let call = RuntimeCall::Consent(call);
				let declared = declared_writes(&call);
				assert_eq!(declared, own + 1 + 4 * 2 - WRITES_IN_A_PLACE);
				assert_ok!(apply_signed(&alice(), call).unwrap());
				for trial in &trials {
					assert!(pallet_trials::Enrolments::<Runtime>::get(trial, alice()).is_none());
				}
				declared
			});
			// The call's own keys (the consent and Alice's list; replacing, also the new
			// version and the next id), Alice's account (her nonce and fee; replacing, also
			// the new deposit) and, replacing, her hold, her participations, two enrolments,
			// two trials, two members' accounts and holds: what it declared beside its place,
			// and no more.
			let written = keys_written_by_extrinsic(&ext);
			assert_eq!(written.len() as u32, declared + WRITES_IN_A_PLACE, "{written:?}");
		}
	}

	#[test]
	fn a_participant_who_withdraws_writes_no_more_keys_than_it_declares() {
		let (mut ext, _, trials) = alice_in_two_trials();
		let withdraw = RuntimeCall::Trials(pallet_trials::Call::withdraw {
			trial: trials[0],
			participant: alice(),
		});
		let declared = ext.execute_with(|| {
			let declared = declared_writes(&withdraw);
			assert_ok!(apply_signed(&alice(), withdraw).unwrap());
			assert!(pallet_trials::Enrolments::<Runtime>::get(trials[0], alice()).is_none());
			declared
		});
		// The enrolment, the trial's counts, Alice's participations, the enrolling member's
		// account and hold (its deposit back), and Alice's account (her nonce and fee).
		let written = keys_written_by_extrinsic(&ext);
		assert_eq!(written.len() as u32, declared + WRITES_IN_A_PLACE, "{written:?}");
		assert_eq!(declared, 5 + 1 - WRITES_IN_A_PLACE, "five benchmarked writes and Alice's");
	}

	#[test]
	fn ending_a_consent_declares_the_trials_its_patient_is_enrolled_in() {
		dev_ext().execute_with(|| {
			use healthchain_primitives::{Action, DataClass, Purpose};
			let terms =
				|| permit(1, Purpose::Treatment, &[DataClass::Encounters], &[Action::Access]);
			let consent = |call| RuntimeCall::Consent(call);
			use pallet_consent::Call as C;
			let grant = || consent(C::grant { subject: alice(), terms: terms() });
			let first = pallet_consent::NextConsentId::<Runtime>::get();
			assert_ok!(dispatch(&alice(), grant()).unwrap());
			assert_ok!(dispatch(&alice(), grant()).unwrap());
			assert_eq!(BlockWrites::get(), 2 + 2);
			// Alice is in no trial: revoking writes two keys, replacing six, and nothing else
			// (until session 28: 18 and 22 declared, for eight trials' enrolments).
			let revoke = consent(C::revoke { consent: first });
			let replace = consent(C::replace { consent: first + 1, terms: terms() });
			assert_eq!(declared_writes(&revoke), 0);
			assert_eq!(declared_writes(&replace), 3);
			assert_eq!(declaration_reads(&revoke), Some(3), "the count, the consent, the trials");
			assert_eq!(declared_writes_by_arguments(&revoke), None);
			assert_ok!(dispatch(&alice(), revoke).unwrap());
			assert_eq!(BlockWrites::get(), 4);
			// Enrolled in three trials: the hook may end three enrolments, each with its
			// depositor's account and hold, and write her participations.
			let trials = BoundedVec::truncate_from(alloc::vec![0, 1, 2]);
			pallet_trials::Participations::<Runtime>::insert(alice(), trials);
			assert_eq!(declared_writes(&replace), 6 + 1 + 4 * 3 - 3);
			let wrapped = RuntimeCall::Sudo(pallet_sudo::Call::sudo {
				call: alloc::boxed::Box::new(replace.clone()),
			});
			assert_eq!(declared_writes(&wrapped), 16);
			assert_ok!(dispatch(&alice(), replace).unwrap());
			assert_eq!(BlockWrites::get(), 4 + 16);
			// A consent already ended: the call fails and gives its declaration back.
			let again = consent(C::revoke { consent: first });
			assert_eq!(declared_writes(&again), 2 + 1 + 1 + 4 * 3 - 3);
			assert!(dispatch(&alice(), again).unwrap().is_err());
			assert_eq!(BlockWrites::get(), 20);
		});
	}

	/// Applies `call` signed by `who` through every transaction extension of the runtime, as
	/// block building does (the nonce, the fee or its sponsor, the heap budget, reclaim): an
	/// extrinsic found invalid leaves no change, as the block builder rolls it back.
	fn apply_signed(
		who: &crate::AccountId,
		call: RuntimeCall,
	) -> Result<
		sp_runtime::DispatchResultWithInfo<frame_support::dispatch::PostDispatchInfo>,
		TransactionValidityError,
	> {
		frame_system::BlockWeight::<Runtime>::kill();
		let nonce = frame_system::Pallet::<Runtime>::account_nonce(who);
		let extensions = crate::wallet_tx_extension(nonce, false);
		let info = call.get_dispatch_info();
		sp_io::storage::start_transaction();
		let applied = extensions.dispatch_transaction(
			RuntimeOrigin::signed(who.clone()),
			call,
			&info,
			100,
			0,
		);
		if applied.is_ok() {
			sp_io::storage::commit_transaction();
		} else {
			sp_io::storage::rollback_transaction();
		}
		applied
	}

	/// The development genesis with a patient who holds no tokens, sponsored by Dave (the
	/// hospital's admin; offered and accepted): the externalities (committed) and the patient.
	fn sponsored_patient() -> (sp_io::TestExternalities, crate::AccountId) {
		let mut ext = dev_ext();
		let patient: crate::AccountId = [7; 32].into();
		ext.execute_with(|| {
			let dave = sp_keyring::Sr25519Keyring::Dave.to_account_id();
			assert_ok!(crate::Sponsorship::sponsor(
				RuntimeOrigin::signed(dave.clone()),
				patient.clone(),
				crate::UNIT
			));
			assert_ok!(crate::Sponsorship::accept_sponsorship(
				RuntimeOrigin::signed(patient.clone()),
				dave
			));
			assert_eq!(crate::Balances::free_balance(&patient), 0);
		});
		ext.commit_all().unwrap();
		(ext, patient)
	}

	/// The keys an extrinsic applied with [`apply_signed`] wrote ([`keys_written`]), but two
	/// that are no extrinsic's own: the total issuance, which the fees of a whole block burn
	/// from (one key a block, whatever its extrinsics), and the fee's credit, which
	/// `pallet_transaction_payment` puts when it charges the fee and takes when it settles it,
	/// so that it never reaches the trie.
	fn keys_written_by_extrinsic(ext: &sp_io::TestExternalities) -> Vec<Vec<u8>> {
		use frame_support::storage::storage_prefix;
		let issuance = storage_prefix(b"Balances", b"TotalIssuance");
		let credit = storage_prefix(b"TransactionPayment", b"TxPaymentCredit");
		keys_written(ext).into_iter().filter(|key| *key != issuance && *key != credit).collect()
	}

	#[test]
	fn a_receiver_who_unpacks_a_case_writes_no_more_keys_than_it_declares() {
		use healthchain_primitives::{provenance::Expiry, Commitment};
		use pallet_provenance::Call as P;
		use sp_keyring::Sr25519Keyring::{BobStash, CharlieStash};
		// The demo manufacturer (organisation 4) packs two packs and ships the case to the
		// demo wholesaler (organisation 5), whose admin receives it.
		let (maker, wholesaler) = (BobStash.to_account_id(), CharlieStash.to_account_id());
		let sscc = Sscc(106_141_411_234_567_897);
		let gtin = Gtin(9_501_101_530_003);
		let lot = || BoundedVec::try_from(b"LOT1".to_vec()).unwrap();
		let mut ext = dev_ext();
		ext.execute_with(|| {
			let signed = |who: &crate::AccountId| RuntimeOrigin::signed(who.clone());
			let master_data = Commitment::repeat_byte(1);
			assert_ok!(crate::Provenance::register_product(signed(&maker), gtin, master_data));
			let expiry = Expiry::parse("301231").unwrap();
			assert_ok!(crate::Provenance::register_batch(signed(&maker), gtin, lot(), expiry));
			let serials = BoundedVec::try_from(alloc::vec![serial(0), serial(1)]).unwrap();
			assert_ok!(crate::Provenance::commission(signed(&maker), gtin, lot(), serials));
			let packs = (0..2).map(|i| PackKey { gtin, serial: serial(i) }).collect::<Vec<_>>();
			let packs = BoundedVec::try_from(packs).unwrap();
			assert_ok!(crate::Provenance::pack_case(signed(&maker), sscc, packs));
			assert_ok!(crate::Provenance::ship(signed(&maker), Item::Case(sscc), 5));
			assert_ok!(crate::Provenance::receive(signed(&wholesaler), Item::Case(sscc)));
		});
		ext.commit_all().unwrap();
		let unpack = RuntimeCall::Provenance(P::unpack_case { sscc });
		let declared = ext.execute_with(|| {
			let declared = declared_writes(&unpack);
			assert_eq!(declared, 2 + UNPACK_SIGNER_WRITES);
			assert_ok!(apply_signed(&wholesaler, unpack).unwrap());
			assert!(pallet_provenance::Cases::<Runtime>::get(sscc).is_none());
			declared
		});
		// The case, its two packs, the packer's account and hold (its deposit back), and the
		// wholesaler's account (its nonce and fee).
		let written = keys_written_by_extrinsic(&ext);
		assert_eq!(written.len() as u32, declared + WRITES_IN_A_PLACE, "{written:?}");
	}

	#[test]
	fn a_preimage_noted_or_unnoted_writes_no_more_keys_than_it_declares() {
		let preimages = include_str!("weights/pallet_preimage.rs");
		let implementation = &preimages
			[preimages.find("pallet_preimage::WeightInfo for WeightInfo<T>").expect("impl")..];
		for function in ["note_preimage", "unnote_preimage"] {
			let body = &implementation[implementation.find(&format!("fn {function}(")).unwrap()..];
			let body = &body[..body.find("\n\t}").unwrap()];
			assert!(body.contains(&format!(".writes({PREIMAGE_WRITES}))")), "{function}");
		}
		use sp_runtime::traits::Hash;
		let mut ext = dev_ext();
		ext.commit_all().unwrap();
		let bytes = b"a referendum's call".to_vec();
		let hash = <Runtime as frame_system::Config>::Hashing::hash(&bytes);
		let note = RuntimeCall::Preimage(pallet_preimage::Call::note_preimage { bytes });
		let declared = ext.execute_with(|| {
			let declared = declared_writes(&note);
			assert_ok!(apply_signed(&alice(), note).unwrap());
			assert!(pallet_preimage::PreimageFor::<Runtime>::iter_keys().any(|(h, _)| h == hash));
			declared
		});
		// The preimage, its status, Alice's hold and account (the deposit, her nonce and fee).
		let written = keys_written_by_extrinsic(&ext);
		assert_eq!(written.len() as u32, declared + WRITES_IN_A_PLACE, "{written:?}");
		assert_eq!(declared, 1);
		ext.commit_all().unwrap();
		let unnote = RuntimeCall::Preimage(pallet_preimage::Call::unnote_preimage { hash });
		ext.execute_with(|| {
			assert_ok!(apply_signed(&alice(), unnote).unwrap());
		});
		let written = keys_written_by_extrinsic(&ext);
		assert_eq!(written.len() as u32, declared + WRITES_IN_A_PLACE, "{written:?}");
	}

	#[test]
	fn a_collator_that_sets_new_session_keys_writes_no_more_keys_than_it_declares() {
		use codec::Encode;
		use sp_core::{proof_of_possession::NonAggregatable, sr25519, Pair};
		let sessions = include_str!("weights/pallet_session.rs");
		let body = &sessions[sessions.find("fn set_keys(").expect("set_keys")..];
		let body = &body[..body.find("\n\t}").unwrap()];
		assert!(body.contains(&format!(".writes({SET_KEYS_WRITES}))")));
		// Alice, a collator of the development genesis, replaces her Aura key.
		let mut ext = dev_ext();
		ext.commit_all().unwrap();
		let key = sr25519::Pair::from_string("//Alice//rotated", None).unwrap();
		let statement = sr25519::Pair::proof_of_possession_statement(&alice().encode());
		let proof = (key.sign(&statement),).encode();
		let keys = crate::SessionKeys { aura: key.public().into() };
		let set_keys = RuntimeCall::Session(pallet_session::Call::set_keys { keys, proof });
		let declared = ext.execute_with(|| {
			let old = pallet_session::NextKeys::<Runtime>::get(alice()).expect("a collator");
			let declared = declared_writes(&set_keys);
			assert_ok!(apply_signed(&alice(), set_keys).unwrap());
			assert_ne!(pallet_session::NextKeys::<Runtime>::get(alice()), Some(old));
			declared
		});
		// Her next keys, the new key's owner, the old one's cleared, and her account.
		let written = keys_written_by_extrinsic(&ext);
		assert_eq!(written.len() as u32, declared + WRITES_IN_A_PLACE, "{written:?}");
		assert_eq!(declared, 1);
	}

	/// Through every transaction extension and the real fee path: an account holding nothing
	/// accepts a member's offer, the member paying the fee outside the allowance; the keys it
	/// writes are within its declaration (two: a sponsorship it replaces would release another
	/// payer's deposit), its place's and the sponsored fee's count. Accepting the second offer
	/// is the second member's to pay.
	#[test]
	fn an_account_holding_nothing_accepts_an_offer_its_member_pays_for() {
		use pallet_sponsorship::{Call as S, SPONSORED_FEE_WRITES};
		use sp_keyring::Sr25519Keyring::{Dave, Eve};
		let mut ext = dev_ext();
		let patient: crate::AccountId = [7; 32].into();
		let (dave, eve) = (Dave.to_account_id(), Eve.to_account_id());
		ext.execute_with(|| {
			for member in [&dave, &eve] {
				assert_ok!(crate::Sponsorship::sponsor(
					RuntimeOrigin::signed(member.clone()),
					patient.clone(),
					crate::UNIT
				));
			}
		});
		ext.commit_all().unwrap();
		let accept = |payer: &crate::AccountId| {
			RuntimeCall::Sponsorship(S::accept_sponsorship { payer: payer.clone() })
		};
		ext.execute_with(|| {
			let before = crate::Balances::free_balance(&dave);
			assert_eq!(declared_writes(&accept(&dave)), 2);
			assert_ok!(apply_signed(&patient, accept(&dave)).unwrap());
			assert!(crate::Balances::free_balance(&dave) < before, "the member paid the fee");
			assert_eq!(crate::Balances::free_balance(&patient), 0);
			let sponsorship = pallet_sponsorship::Sponsorships::<Runtime>::get(&patient).unwrap();
			assert_eq!((sponsorship.payer, sponsorship.spent), (dave.clone(), 0));
			assert_eq!(BlockWrites::get(), 2 + SPONSORED_FEE_WRITES);
		});
		// The offer, the sponsorship, the patient's account (the nonce) and the member's (the
		// fee).
		let written = keys_written_by_extrinsic(&ext);
		assert_eq!(written.len(), 4, "{written:?}");
		ext.commit_all().unwrap();
		// Eve's offer replaces Dave's sponsorship: Dave's deposit and hold as well.
		ext.execute_with(|| {
			let before = crate::Balances::free_balance(&eve);
			assert_ok!(apply_signed(&patient, accept(&eve)).unwrap());
			assert!(crate::Balances::free_balance(&eve) < before, "the second member paid");
			let sponsorship = pallet_sponsorship::Sponsorships::<Runtime>::get(&patient).unwrap();
			assert_eq!(sponsorship.payer, eve.clone());
		});
		// The offer, the sponsorship, Dave's hold and account, the patient's and Eve's accounts:
		// six, within the seven counted.
		let written = keys_written_by_extrinsic(&ext);
		assert_eq!(written.len(), 6, "{written:?}");
		assert!(written.len() as u32 <= 2 + SPONSORED_FEE_WRITES + WRITES_IN_A_PLACE);
	}

	#[test]
	fn a_sponsored_fee_counts_the_keys_it_writes_beyond_the_place() {
		use healthchain_primitives::{Action, DataClass, Purpose};
		use pallet_sponsorship::SPONSORED_FEE_WRITES;
		let (mut ext, patient) = sponsored_patient();
		let terms = permit(1, Purpose::Treatment, &[DataClass::Encounters], &[Action::Access]);
		let grant =
			RuntimeCall::Consent(pallet_consent::Call::grant { subject: patient.clone(), terms });
		// A grant: the consent, the patient's list, the next id, the payer's account (the
		// deposit and the fee) and hold, the patient's account (the nonce) and sponsorship.
		let consent = ext.execute_with(|| {
			let consent = pallet_consent::NextConsentId::<Runtime>::get();
			assert_eq!(declared_writes(&grant), 2);
			assert_ok!(apply_signed(&patient, grant).unwrap());
			assert!(pallet_sponsorship::Sponsorships::<Runtime>::get(&patient).unwrap().spent > 0);
			assert_eq!(BlockWrites::get(), 2 + SPONSORED_FEE_WRITES);
			consent
		});
		let written = keys_written_by_extrinsic(&ext);
		assert_eq!(written.len() as u32, 2 + SPONSORED_FEE_WRITES + WRITES_IN_A_PLACE);
		ext.commit_all().unwrap();
		// A revocation (no trials): the consent and the list, and the same three for the fee.
		let revoke = RuntimeCall::Consent(pallet_consent::Call::revoke { consent });
		ext.execute_with(|| {
			assert_eq!(declared_writes(&revoke), 0);
			assert_ok!(apply_signed(&patient, revoke).unwrap());
			assert_eq!(BlockWrites::get(), 2 + 2 * SPONSORED_FEE_WRITES);
		});
		let written = keys_written_by_extrinsic(&ext);
		assert_eq!(written.len() as u32, SPONSORED_FEE_WRITES + WRITES_IN_A_PLACE);
		ext.commit_all().unwrap();
		// A failing sponsored call keeps its fee's writes counted (the fee stays charged) and
		// gives its declaration back: a grant of an empty scope declares two and fails.
		let empty = permit(1, Purpose::Treatment, &[], &[Action::Access]);
		let failing = RuntimeCall::Consent(pallet_consent::Call::grant {
			subject: patient.clone(),
			terms: empty,
		});
		ext.execute_with(|| {
			assert_eq!(declared_writes(&failing), 2);
			assert!(apply_signed(&patient, failing).unwrap().is_err());
			assert_eq!(BlockWrites::get(), 2 + 3 * SPONSORED_FEE_WRITES);
		});
	}

	/// Through every transaction extension and the real fee path: a patient operation whose
	/// fee a sponsor paid keeps a sponsor's part of its weight, one whose signer paid keeps the
	/// look-ups alone, and each is charged the fee of what it kept.
	#[test]
	fn only_a_sponsored_fee_keeps_the_sponsors_part_of_a_patient_operations_weight() {
		use healthchain_primitives::{Action, DataClass, Purpose, Sponsors};
		let (mut ext, patient) = sponsored_patient();
		let terms = permit(1, Purpose::Treatment, &[DataClass::Encounters], &[Action::Access]);
		let grant = |subject: &crate::AccountId| {
			RuntimeCall::Consent(pallet_consent::Call::grant {
				subject: subject.clone(),
				terms: terms.clone(),
			})
		};
		let fee_paid = || {
			frame_system::Pallet::<Runtime>::events()
				.into_iter()
				.rev()
				.find_map(|record| match record.event {
					crate::RuntimeEvent::TransactionPayment(
						pallet_transaction_payment::Event::TransactionFeePaid {
							actual_fee, ..
						},
					) => Some(actual_fee),
					_ => None,
				})
				.expect("a fee was paid")
		};
		ext.execute_with(|| {
			let full = <crate::Sponsorship as Sponsors<_>>::sponsored_call_weight();
			let lookups = <crate::Sponsorship as Sponsors<_>>::sponsored_call_weight_used(&alice());
			assert!(lookups.all_lt(full));
			assert_eq!(
				<crate::Sponsorship as Sponsors<_>>::sponsored_call_weight_used(&patient),
				full
			);
			let sponsored = apply_signed(&patient, grant(&patient)).unwrap().unwrap();
			assert!(pallet_sponsorship::Sponsorships::<Runtime>::get(&patient).unwrap().spent > 0);
			let sponsored_fee = fee_paid();
			let self_paid = apply_signed(&alice(), grant(&alice())).unwrap().unwrap();
			let self_paid_fee = fee_paid();
			let kept = |post: frame_support::dispatch::PostDispatchInfo| {
				post.actual_weight.expect("reported").ref_time()
			};
			let difference = (full - lookups).ref_time();
			assert_eq!(kept(sponsored) - kept(self_paid), difference);
			// Fees are one unit a picosecond of weight; the two extrinsics are as long.
			assert_eq!(sponsored_fee - self_paid_fee, crate::Balance::from(difference));
		});
	}

	#[test]
	fn a_sponsored_call_is_refused_when_its_fee_writes_do_not_fit_the_block() {
		use healthchain_primitives::{Action, DataClass, Purpose};
		let (mut ext, patient) = sponsored_patient();
		ext.execute_with(|| {
			let terms =
				|| permit(1, Purpose::Treatment, &[DataClass::Encounters], &[Action::Access]);
			let grant = |subject: &crate::AccountId| {
				RuntimeCall::Consent(pallet_consent::Call::grant {
					subject: subject.clone(),
					terms: terms(),
				})
			};
			// Room for one place and a grant's two declared writes, not for a sponsored fee's
			// two more.
			let room = (BLOCK_HEAP_BUDGET_KIB - HEAP_PER_EXTRINSIC_KIB) / HEAP_PER_WRITE_KIB;
			BlockWrites::put(room - 2);
			let refused = apply_signed(&patient, grant(&patient));
			assert_eq!(refused.unwrap_err(), InvalidTransaction::ExhaustsResources.into());
			// Alice pays her own fee: her grant fits.
			assert_ok!(apply_signed(&alice(), grant(&alice())).unwrap());
			assert_eq!(BlockWrites::get(), room);
		});
	}
}
