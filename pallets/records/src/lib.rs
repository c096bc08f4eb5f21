//! # Records — anchoring medical records without putting them on chain
//!
//! A custodian organisation (`Hospital`, `Clinic`, `Laboratory`) anchors a salted commitment to
//! a patient's off-chain record; later versions supersede earlier ones (FHIR DocumentReference
//! `relatesTo: replaces`); a version can be marked entered-in-error; a record can be erased,
//! which removes its versions and leaves a tombstone. Many commitments can be anchored at once as
//! the Merkle root of a batch, each proving its inclusion later. Custodians log who accessed a
//! record for which purpose, citing the consent that allowed it — or the break-glass session,
//! marked as such (FHIR AuditEvent). Anyone holding a document and its salt can verify it against
//! the chain.
//!
//! ## Terminology
//!
//! - **Local id**: 32 random bytes the custodian's system chooses for a record or batch.
//! - **Record**: a logical document of one patient at one custodian, with a [`RecordId`] derived
//!   on chain from the custodian and its local id
//!   ([`healthchain_primitives::records::record_id`]; never from content or identity) and a data
//!   class.
//! - **Version**: one anchored commitment of the record; status `Current`, `Superseded` or
//!   `EnteredInError`.
//! - **Tombstone**: an erased record's header (patient, custodian, class, number of versions);
//!   its versions are gone.
//! - **Batch**: a Merkle root over many commitments (a lab's daily results, device readings), with
//!   an id derived like a record's ([`healthchain_primitives::records::batch_id`]).
//! - **Access log**: per patient, in order, what organisation accessed which record for which
//!   purpose and on what basis.
//!
//! ## Who does what
//!
//! A member account of an organisation actively holding a custodial role anchors records and
//! batches; only members of a record's custodian add versions, mark errors, erase and log access.
//! Anyone may prune access-log entries older than [`Config::AccessLogRetention`].
//!
//! ## Ids cannot be squatted
//!
//! Ids include the custodian: an organisation that copies another's `anchor` from the
//! transaction pool and submits it first anchors a different id (its own), so the custodian's
//! anchor still succeeds. Only the custodian's own members can take its ids.
//!
//! ## Access decisions
//!
//! `log_access` on a consent asks [`Config::Consent`] for the decision on (`Access`, the record's
//! class, the purpose, now) for the accessor: a deny wins over every permit (`Denied`); with no
//! covering consent in force it is `NotPermitted`; a permit must be the consent the decision
//! cites (the oldest covering permit), else `WrongConsent`.
//!
//! ## Deposits
//!
//! Each version holds [`Config::VersionDeposit`] and each batch [`Config::BatchDeposit`] from the
//! member that anchored it. Erasure removes every version and releases the deposits of versions 2
//! and later to whoever paid them; version 1's deposit, which pays for the record's header while
//! it is live, stays held for good as the deposit of the tombstone: the price of the permanent
//! audit that a record existed and was erased. Batches are permanent anchors; their deposits
//! stay held. Each access-log entry holds [`Config::AccessLogDeposit`] from the member
//! that logged it: the log is the patient's audit trail, kept for [`Config::AccessLogRetention`]
//! after the access; after that anyone may prune a patient's oldest entries
//! (`prune_access_log`, at most [`Config::MaxPrunePerCall`] per call), which removes them and
//! returns each deposit to whoever paid it.
//!
//! ## Privacy
//!
//! Stored: 32-byte ids (hashes of an organisation id and random bytes), the patient's account (a
//! key they chose, possibly one per provider), the member accounts that paid deposits,
//! organisation ids, one-byte data-class and purpose codes, 32-byte salted
//! commitments (`healthchain_primitives::commit`: blake2-256 over a domain tag, a version, a salt
//! of at least 128 bits kept off chain, and the document's canonical bytes), Merkle roots,
//! block numbers and timestamps. Nothing is derived from a document or identifier without a
//! secret (record and batch ids hash the custodian's id and random local ids); destroying the
//! salt and calling `erase` removes the versions and their commitments from state
//! (crypto-shredding). No free text.

#![cfg_attr(not(feature = "std"), no_std)]

extern crate alloc;

pub use pallet::*;

#[cfg(feature = "runtime-benchmarks")]
mod benchmarking;
pub mod migrations;
#[cfg(test)]
mod mock;
#[cfg(test)]
mod tests;
#[cfg(any(feature = "try-runtime", feature = "std", test))]
mod try_state;
pub mod types;
pub mod weights;

pub use types::{Batch, LoggedAccess, Record, Version};
pub use weights::WeightInfo;

/// Roles that may keep records.
pub const CUSTODIAL_ROLES: [healthchain_primitives::Role; 3] = [
	healthchain_primitives::Role::Hospital,
	healthchain_primitives::Role::Clinic,
	healthchain_primitives::Role::Laboratory,
];

#[frame_support::pallet]
pub mod pallet {
	use alloc::vec::Vec;

	use frame_support::{
		pallet_prelude::*,
		traits::{
			fungible::{Inspect, Mutate, MutateHold},
			tokens::Precision,
			Time,
		},
	};
	use frame_system::pallet_prelude::*;
	use healthchain_primitives::{
		consent::Moment,
		merkle::{self, MerkleProof},
		records::{
			batch_id, record_id, AccessBasis, AccessEntry, BatchId, BatchInfo, BatchOutcome,
			RecordHistory, RecordId, Verification, VerifyOutcome, VersionInfo, VersionStatus,
		},
		Action, Commitment, ConsentVerifier, DataClass, Decision, OrganizationId,
		OrganizationRegistry, Purpose,
	};
	use sp_core::H256;

	use super::{Batch, LoggedAccess, Record, Version, WeightInfo, CUSTODIAL_ROLES};

	/// The balance type of [`Config::Currency`].
	pub type BalanceOf<T> =
		<<T as Config>::Currency as Inspect<<T as frame_system::Config>::AccountId>>::Balance;

	/// A record (or tombstone) as stored.
	pub type RecordOf<T> = Record<<T as frame_system::Config>::AccountId, BalanceOf<T>>;

	/// A version as stored.
	pub type VersionOf<T> =
		Version<<T as frame_system::Config>::AccountId, BalanceOf<T>, BlockNumberFor<T>>;

	/// A batch as stored.
	pub type BatchOf<T> =
		Batch<<T as frame_system::Config>::AccountId, BalanceOf<T>, BlockNumberFor<T>>;

	/// An access-log entry as stored.
	pub type LoggedAccessOf<T> = LoggedAccess<<T as frame_system::Config>::AccountId, BalanceOf<T>>;

	/// The in-code storage version.
	/// 1: a tombstone keeps no patient and no data class ([`crate::migrations::v1`]).
	pub const STORAGE_VERSION: StorageVersion = StorageVersion::new(1);

	#[pallet::pallet]
	#[pallet::storage_version(STORAGE_VERSION)]
	pub struct Pallet<T>(_);

	/// Configuration of the records pallet.
	#[pallet::config]
	pub trait Config: frame_system::Config {
		/// The currency deposits are held in.
		type Currency: MutateHold<Self::AccountId, Reason = Self::RuntimeHoldReason>
			+ Mutate<Self::AccountId>;

		/// The runtime's hold reasons, which include this pallet's [`HoldReason`].
		type RuntimeHoldReason: From<HoldReason>;

		/// The consortium registry.
		type Registry: OrganizationRegistry<Self::AccountId>;

		/// Patient consent, asked before an access is logged.
		type Consent: ConsentVerifier<Self::AccountId>;

		/// The chain's clock (ms since the epoch).
		type Time: Time<Moment = Moment>;

		/// Deposit held per anchored version.
		#[pallet::constant]
		type VersionDeposit: Get<BalanceOf<Self>>;

		/// Deposit held per anchored batch.
		#[pallet::constant]
		type BatchDeposit: Get<BalanceOf<Self>>;

		/// Deposit held per access-log entry from the member that logged it, until the entry is
		/// pruned after [`Config::AccessLogRetention`].
		#[pallet::constant]
		type AccessLogDeposit: Get<BalanceOf<Self>>;

		/// How long (ms) an access-log entry is kept after the access it records; after that
		/// anyone may prune it, which returns its deposit.
		#[pallet::constant]
		type AccessLogRetention: Get<Moment>;

		/// Most access-log entries one `prune_access_log` removes.
		#[pallet::constant]
		type MaxPrunePerCall: Get<u32>;

		/// Most versions of one record.
		#[pallet::constant]
		type MaxVersions: Get<u32>;

		/// Most commitments in one batch (a proof then has at most log2 of it siblings).
		#[pallet::constant]
		type MaxBatchLeaves: Get<u32>;

		/// Weights of this pallet's calls, from its benchmarks.
		type WeightInfo: WeightInfo;

		/// Sets up what the benchmarks need from other pallets.
		#[cfg(feature = "runtime-benchmarks")]
		type BenchmarkHelper: crate::BenchmarkHelper<Self::AccountId>;
	}

	/// Reasons this pallet holds funds.
	#[pallet::composite_enum]
	pub enum HoldReason {
		/// The deposit of an anchored version.
		VersionDeposit,
		/// The deposit of an anchored batch.
		BatchDeposit,
		/// The deposit of an access-log entry.
		AccessLogDeposit,
	}

	/// Records by id (tombstones included). Ids are hashes of the custodian and a local id the
	/// custodian chooses; `Blake2_128Concat` all the same, as for any key a user influences.
	#[pallet::storage]
	pub type Records<T: Config> =
		StorageMap<_, Blake2_128Concat, RecordId, RecordOf<T>, OptionQuery>;

	/// Versions by record and number (from 1; sequential, hence `Twox64Concat`), of live records
	/// only: erasure removes them.
	#[pallet::storage]
	pub type Versions<T: Config> = StorageDoubleMap<
		_,
		Blake2_128Concat,
		RecordId,
		Twox64Concat,
		u32,
		VersionOf<T>,
		OptionQuery,
	>;

	/// Batches by id (derived like record ids, hence `Blake2_128Concat`).
	#[pallet::storage]
	pub type Batches<T: Config> = StorageMap<_, Blake2_128Concat, BatchId, BatchOf<T>, OptionQuery>;

	/// Number of access-log entries ever logged per patient (the next position).
	#[pallet::storage]
	pub type AccessLogLength<T: Config> =
		StorageMap<_, Blake2_128Concat, T::AccountId, u32, ValueQuery>;

	/// Per patient, the first position still stored: entries below it were pruned. Absent (0)
	/// until the first pruning.
	#[pallet::storage]
	pub type AccessLogStart<T: Config> =
		StorageMap<_, Blake2_128Concat, T::AccountId, u32, ValueQuery>;

	/// Access-log entries, with their deposits, by patient and position (positions are
	/// sequential, hence `Twox64Concat`). A patient's stored entries are the positions from
	/// [`AccessLogStart`] up to [`AccessLogLength`].
	#[pallet::storage]
	pub type AccessLog<T: Config> = StorageDoubleMap<
		_,
		Blake2_128Concat,
		T::AccountId,
		Twox64Concat,
		u32,
		LoggedAccessOf<T>,
		OptionQuery,
	>;

	/// Events of the records pallet.
	#[pallet::event]
	#[pallet::generate_deposit(pub(super) fn deposit_event)]
	pub enum Event<T: Config> {
		/// A record was anchored (version 1).
		RecordAnchored {
			/// The record (`record_id(custodian, local_id)`).
			record: RecordId,
			/// The custodian.
			custodian: OrganizationId,
			/// Its data class.
			class: DataClass,
		},
		/// A new version of a record was anchored; the previous one is superseded.
		VersionAnchored {
			/// The record.
			record: RecordId,
			/// The new version number.
			version: u32,
		},
		/// A version was marked as entered in error.
		MarkedEnteredInError {
			/// The record.
			record: RecordId,
			/// The version.
			version: u32,
		},
		/// A record was erased: its versions and commitments are gone, a tombstone stays.
		RecordErased {
			/// The record.
			record: RecordId,
		},
		/// A batch of commitments was anchored by its Merkle root.
		BatchAnchored {
			/// The batch (`batch_id(custodian, local_id)`).
			batch: BatchId,
			/// The custodian.
			custodian: OrganizationId,
			/// Number of commitments.
			leaf_count: u32,
		},
		/// An access to a record was logged: the entry at `position` of the patient's log
		/// (`AccessLog`) says who accessed which record, for which purpose, on what basis. The
		/// event names only the entry, so that the patient's app sees it while the event
		/// history — which outlives pruned entries — never pairs the patient with the
		/// accessor and purpose.
		AccessLogged {
			/// The patient.
			subject: T::AccountId,
			/// Position in the patient's log.
			position: u32,
		},
		/// A patient's oldest access-log entries, past the retention period, were removed and
		/// their deposits returned.
		AccessLogPruned {
			/// The patient.
			subject: T::AccountId,
			/// The first position removed.
			from: u32,
			/// The first position kept (positions `from..to` were removed).
			to: u32,
			/// Who pruned them.
			by: T::AccountId,
		},
	}

	/// Errors of the records pallet.
	#[pallet::error]
	pub enum Error<T> {
		/// No such record.
		NotFound,
		/// A sensitive category (genomics, mental health, sexual or reproductive health, substance
		/// use) is named in plain: on chain it is `Restricted`, the category stays in the
		/// committed document (docs/privacy.md).
		SensitiveCategory,
		/// The caller does not act for an organisation actively holding a custodial role, or
		/// not for this record's custodian.
		NotAuthorized,
		/// The caller's organisation already used this local id for a record (or batch).
		AlreadyExists,
		/// The record was erased.
		Erased,
		/// The record has `MaxVersions` versions.
		TooManyVersions,
		/// No such version.
		NoSuchVersion,
		/// The version is already entered in error.
		InvalidStatus,
		/// A batch holds 1 to `MaxBatchLeaves` commitments.
		InvalidBatchSize,
		/// No consent of the patient in force covers this access.
		NotPermitted,
		/// No open break-glass session of the accessor on this patient.
		NoBreakGlass,
		/// Break-glass access is only for purpose `EmergencyTreatment`.
		WrongPurpose,
		/// The patient's access log is full (`u32::MAX` entries).
		LogFull,
		/// A consent of the patient forbids this access (a deny overrides every permit).
		Denied,
		/// A consent permits this access, but not the one cited: cite the consent the decision
		/// names (the oldest that covers it).
		WrongConsent,
		/// No entry of the patient's access log is past the retention period (or none is stored).
		NothingExpired,
	}

	#[pallet::hooks]
	impl<T: Config> Hooks<BlockNumberFor<T>> for Pallet<T> {
		fn integrity_test() {
			assert!(T::MaxVersions::get() >= 2, "versions must be able to supersede");
			assert!(T::MaxBatchLeaves::get() >= 1, "a batch holds at least one commitment");
			assert!(T::AccessLogRetention::get() > 0, "access-log entries are kept for a while");
			assert!(T::MaxPrunePerCall::get() >= 1, "pruning removes at least one entry");
		}

		#[cfg(feature = "try-runtime")]
		fn try_state(_n: BlockNumberFor<T>) -> Result<(), sp_runtime::TryRuntimeError> {
			Self::do_try_state()
		}
	}

	#[pallet::call]
	impl<T: Config> Pallet<T> {
		/// Anchors version 1 of a record of `subject`: `commitment` to a document of data class
		/// `class`. The record's id is `record_id(custodian, local_id)`
		/// ([`healthchain_primitives::records::record_id`]), `local_id` being 32 random bytes the
		/// custodian's system chose, so another organisation cannot take the id first.
		///
		/// Origin: a member of an organisation actively holding `Hospital`, `Clinic` or
		/// `Laboratory`, which becomes the custodian. Holds [`Config::VersionDeposit`] from the
		/// caller. Emits [`Event::RecordAnchored`] with the record's id.
		#[pallet::call_index(0)]
		#[pallet::weight(T::WeightInfo::anchor())]
		pub fn anchor(
			origin: OriginFor<T>,
			local_id: H256,
			subject: T::AccountId,
			class: DataClass,
			commitment: Commitment,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			ensure!(class.is_allowed_on_chain(), Error::<T>::SensitiveCategory);
			let custodian = Self::custodian_of(&who)?;
			let record = record_id(custodian, &local_id);
			ensure!(!Records::<T>::contains_key(record), Error::<T>::AlreadyExists);
			let version = Self::new_version(who, commitment)?;
			Versions::<T>::insert(record, 1, version);
			Records::<T>::insert(
				record,
				Record {
					subject: Some(subject),
					custodian,
					class: Some(class),
					versions: 1,
					erased: false,
					tombstone_deposit: None,
				},
			);
			Self::deposit_event(Event::RecordAnchored { record, custodian, class });
			Ok(())
		}

		/// Anchors the next version of `record`; the current one becomes superseded.
		///
		/// Origin: a member of the record's custodian, which still holds a custodial role.
		/// Holds [`Config::VersionDeposit`]. Emits [`Event::VersionAnchored`].
		#[pallet::call_index(1)]
		#[pallet::weight(T::WeightInfo::anchor_version())]
		pub fn anchor_version(
			origin: OriginFor<T>,
			record: RecordId,
			commitment: Commitment,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			let mut stored = Self::record_of_custodian(&who, record)?;
			ensure!(stored.versions < T::MaxVersions::get(), Error::<T>::TooManyVersions);
			let previous = stored.versions;
			let next = previous.checked_add(1).ok_or(Error::<T>::TooManyVersions)?;
			let version = Self::new_version(who, commitment)?;
			Versions::<T>::mutate(record, previous, |v| {
				if let Some(v) = v.as_mut().filter(|v| v.status == VersionStatus::Current) {
					v.status = VersionStatus::Superseded;
				}
			});
			Versions::<T>::insert(record, next, version);
			stored.versions = next;
			Records::<T>::insert(record, stored);
			Self::deposit_event(Event::VersionAnchored { record, version: next });
			Ok(())
		}

		/// Marks version `version` of `record` as entered in error.
		///
		/// Origin: a member of the record's custodian. Emits [`Event::MarkedEnteredInError`].
		#[pallet::call_index(2)]
		#[pallet::weight(T::WeightInfo::mark_entered_in_error())]
		pub fn mark_entered_in_error(
			origin: OriginFor<T>,
			record: RecordId,
			version: u32,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::record_of_custodian(&who, record)?;
			Versions::<T>::try_mutate(record, version, |v| {
				let v = v.as_mut().ok_or(Error::<T>::NoSuchVersion)?;
				ensure!(
					matches!(v.status, VersionStatus::Current | VersionStatus::Superseded),
					Error::<T>::InvalidStatus
				);
				v.status = VersionStatus::EnteredInError;
				Ok::<_, DispatchError>(())
			})?;
			Self::deposit_event(Event::MarkedEnteredInError { record, version });
			Ok(())
		}

		/// Erases `record`: every version (and so every commitment) is removed from state; the
		/// deposits of versions 2 and later are released to whoever paid them, while version 1's
		/// stays held, for good, as the deposit of the tombstone — the record's header, which
		/// stays so that the record verifies as erased (the audit of the erasure) and its id is
		/// never reused, but without its patient and data class. The custodian destroys the
		/// salt off chain.
		///
		/// Origin: a member of the record's custodian. Emits [`Event::RecordErased`]. Weighs
		/// `erase(versions)`, at most `erase(MaxVersions)`.
		#[pallet::call_index(3)]
		#[pallet::weight(T::WeightInfo::erase(T::MaxVersions::get()))]
		pub fn erase(origin: OriginFor<T>, record: RecordId) -> DispatchResultWithPostInfo {
			let who = ensure_signed(origin)?;
			let mut stored = Self::record_of_custodian(&who, record)?;
			stored.tombstone_deposit =
				Versions::<T>::take(record, 1).map(|first| (first.depositor, first.deposit));
			for number in 2..=stored.versions {
				if let Some(v) = Versions::<T>::take(record, number) {
					T::Currency::release(
						&HoldReason::VersionDeposit.into(),
						&v.depositor,
						v.deposit,
						Precision::Exact,
					)?;
				}
			}
			stored.erased = true;
			// The tombstone keeps no patient and no data class.
			stored.subject = None;
			stored.class = None;
			let versions = stored.versions;
			Records::<T>::insert(record, stored);
			Self::deposit_event(Event::RecordErased { record });
			Ok(Some(T::WeightInfo::erase(versions)).into())
		}

		/// Anchors a batch: the Merkle root `root` over `leaf_count` commitments of data class
		/// `class` (`healthchain_primitives::merkle`). The batch's id is
		/// `batch_id(custodian, local_id)` ([`healthchain_primitives::records::batch_id`]).
		///
		/// Origin: a member of an organisation actively holding a custodial role. Holds
		/// [`Config::BatchDeposit`]. Emits [`Event::BatchAnchored`] with the batch's id.
		#[pallet::call_index(4)]
		#[pallet::weight(T::WeightInfo::anchor_batch())]
		pub fn anchor_batch(
			origin: OriginFor<T>,
			local_id: H256,
			root: H256,
			leaf_count: u32,
			class: DataClass,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			ensure!(class.is_allowed_on_chain(), Error::<T>::SensitiveCategory);
			let custodian = Self::custodian_of(&who)?;
			let batch = batch_id(custodian, &local_id);
			ensure!(
				leaf_count >= 1 && leaf_count <= T::MaxBatchLeaves::get(),
				Error::<T>::InvalidBatchSize
			);
			ensure!(!Batches::<T>::contains_key(batch), Error::<T>::AlreadyExists);
			let deposit = T::BatchDeposit::get();
			T::Currency::hold(&HoldReason::BatchDeposit.into(), &who, deposit)?;
			Batches::<T>::insert(
				batch,
				Batch {
					custodian,
					root,
					leaf_count,
					class,
					anchored_at: frame_system::Pallet::<T>::block_number(),
					anchored_at_ms: T::Time::now(),
					depositor: who,
					deposit,
				},
			);
			Self::deposit_event(Event::BatchAnchored { batch, custodian, leaf_count });
			Ok(())
		}

		/// Logs that organisation `accessor` accessed `record` for `purpose` on `basis`: a
		/// consent that permits it now (and is the one the decision cites; a deny overrides every
		/// permit), or an open break-glass session of the accessor on the patient (purpose
		/// `EmergencyTreatment`).
		///
		/// Origin: a member of the record's custodian. Holds [`Config::AccessLogDeposit`] from the
		/// caller until the entry is pruned. Emits [`Event::AccessLogged`]. Charged its own
		/// benchmarked weight (on a consent basis) plus the consent decision's
		/// (`ConsentVerifier::decision_weight`); a break-glass basis reads the one session it
		/// cites instead of the patient's consents, which is less.
		#[pallet::call_index(5)]
		#[pallet::weight(T::WeightInfo::log_access().saturating_add(T::Consent::decision_weight()))]
		pub fn log_access(
			origin: OriginFor<T>,
			record: RecordId,
			accessor: OrganizationId,
			purpose: Purpose,
			basis: AccessBasis,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			let stored = Self::record_of_custodian(&who, record)?;
			// A live record (the only kind `record_of_custodian` returns) names both.
			let (subject, class) =
				stored.subject.clone().zip(stored.class).ok_or(Error::<T>::Erased)?;
			let now = T::Time::now();
			match basis {
				AccessBasis::Consent(consent) => {
					match T::Consent::decide(
						&subject,
						accessor,
						Action::Access,
						class,
						purpose,
						now,
					) {
						Decision::Permit { consent: cited } => {
							ensure!(cited == consent, Error::<T>::WrongConsent);
						},
						Decision::Deny { .. } => return Err(Error::<T>::Denied.into()),
						Decision::NotApplicable => return Err(Error::<T>::NotPermitted.into()),
					}
				},
				AccessBasis::BreakGlass(session) => {
					ensure!(purpose == Purpose::EmergencyTreatment, Error::<T>::WrongPurpose);
					ensure!(
						T::Consent::break_glass_open(session, &subject, accessor, now),
						Error::<T>::NoBreakGlass
					);
				},
			}
			let position = AccessLogLength::<T>::get(&subject);
			let next = position.checked_add(1).ok_or(Error::<T>::LogFull)?;
			let block = frame_system::Pallet::<T>::block_number().try_into().unwrap_or(u32::MAX);
			let deposit = T::AccessLogDeposit::get();
			T::Currency::hold(&HoldReason::AccessLogDeposit.into(), &who, deposit)?;
			AccessLog::<T>::insert(
				&subject,
				position,
				LoggedAccess {
					entry: AccessEntry {
						record,
						accessor,
						custodian: stored.custodian,
						purpose,
						basis,
						at: now,
						block,
					},
					depositor: who,
					deposit,
				},
			);
			AccessLogLength::<T>::insert(&subject, next);
			Self::deposit_event(Event::AccessLogged { subject, position });
			Ok(())
		}

		/// Removes `subject`'s oldest access-log entries that are past
		/// [`Config::AccessLogRetention`] (at most [`Config::MaxPrunePerCall`], oldest first,
		/// stopping at the first entry still retained) and returns each entry's deposit to
		/// whoever paid it. Positions are never reused: the log's length stays.
		///
		/// Origin: any signed account (only expired entries go, and their deposits go back to
		/// their payers). Emits [`Event::AccessLogPruned`]. Weighs `prune_access_log(removed)`, or
		/// `prune_access_log(removed + 1)` when it stopped at an entry still retained, which it
		/// read.
		#[pallet::call_index(6)]
		#[pallet::weight(T::WeightInfo::prune_access_log(T::MaxPrunePerCall::get()))]
		pub fn prune_access_log(
			origin: OriginFor<T>,
			subject: T::AccountId,
		) -> DispatchResultWithPostInfo {
			let who = ensure_signed(origin)?;
			let from = AccessLogStart::<T>::get(&subject);
			let end = from
				.saturating_add(T::MaxPrunePerCall::get())
				.min(AccessLogLength::<T>::get(&subject));
			let now = T::Time::now();
			ensure!(
				from < end
					&& AccessLog::<T>::get(&subject, from)
						.is_some_and(|logged| Self::expired(&logged, now)),
				Error::<T>::NothingExpired
			);
			let mut to = from;
			while to < end {
				let Some(logged) = AccessLog::<T>::get(&subject, to) else { break };
				if !Self::expired(&logged, now) {
					break;
				}
				T::Currency::release(
					&HoldReason::AccessLogDeposit.into(),
					&logged.depositor,
					logged.deposit,
					Precision::Exact,
				)?;
				AccessLog::<T>::remove(&subject, to);
				// `to < end <= u32::MAX`: no overflow.
				to = to.saturating_add(1);
			}
			AccessLogStart::<T>::insert(&subject, to);
			Self::deposit_event(Event::AccessLogPruned { subject, from, to, by: who });
			// Stopping before `end` read one entry more than it removed (`end - from` bounds
			// both, so this stays within what was charged).
			let read = to.saturating_sub(from).saturating_add(u32::from(to < end));
			Ok(Some(T::WeightInfo::prune_access_log(read)).into())
		}
	}

	impl<T: Config> Pallet<T> {
		/// The organisation `who` acts for with a custodial role.
		fn custodian_of(who: &T::AccountId) -> Result<OrganizationId, DispatchError> {
			CUSTODIAL_ROLES
				.into_iter()
				.find_map(|role| T::Registry::acting_with_role(who, role))
				.ok_or_else(|| Error::<T>::NotAuthorized.into())
		}

		/// `record`, provided `who` acts for its custodian (still custodial) and it is not
		/// erased.
		fn record_of_custodian(
			who: &T::AccountId,
			record: RecordId,
		) -> Result<RecordOf<T>, DispatchError> {
			let stored = Records::<T>::get(record).ok_or(Error::<T>::NotFound)?;
			ensure!(Self::custodian_of(who)? == stored.custodian, Error::<T>::NotAuthorized);
			ensure!(!stored.erased, Error::<T>::Erased);
			Ok(stored)
		}

		/// Holds the version deposit from `who` and builds a current version.
		fn new_version(
			who: T::AccountId,
			commitment: Commitment,
		) -> Result<VersionOf<T>, DispatchError> {
			let deposit = T::VersionDeposit::get();
			T::Currency::hold(&HoldReason::VersionDeposit.into(), &who, deposit)?;
			Ok(Version {
				commitment,
				status: VersionStatus::Current,
				anchored_at: frame_system::Pallet::<T>::block_number(),
				anchored_at_ms: T::Time::now(),
				depositor: who,
				deposit,
			})
		}

		/// Whether `logged` is past the retention period at `now` (ms).
		fn expired(logged: &LoggedAccessOf<T>, now: Moment) -> bool {
			// Saturating: an entry whose expiry would overflow is kept.
			logged.entry.at.saturating_add(T::AccessLogRetention::get()) <= now
		}

		fn version_info(number: u32, v: VersionOf<T>) -> VersionInfo {
			VersionInfo {
				version: number,
				commitment: Some(v.commitment),
				status: v.status,
				anchored_at: v.anchored_at.try_into().unwrap_or(u32::MAX),
				anchored_at_ms: v.anchored_at_ms,
			}
		}

		/// Checks `commitment` against record `record`.
		pub fn verify(record: RecordId, commitment: Commitment) -> Verification {
			let Some(stored) = Records::<T>::get(record) else {
				return Verification {
					outcome: VerifyOutcome::Unknown,
					version: None,
					latest_version: None,
				};
			};
			if stored.erased {
				return Verification {
					outcome: VerifyOutcome::Erased,
					version: None,
					latest_version: Some(stored.versions),
				};
			}
			let latest = Versions::<T>::get(record, stored.versions)
				.map(|v| Self::version_info(stored.versions, v));
			let matching = (1..=stored.versions).rev().find_map(|number| {
				Versions::<T>::get(record, number)
					.filter(|v| v.commitment == commitment)
					.map(|v| Self::version_info(number, v))
			});
			match matching {
				Some(version) => Verification {
					outcome: VerifyOutcome::Match,
					version: Some(version),
					latest_version: Some(stored.versions),
				},
				None => Verification {
					outcome: VerifyOutcome::Mismatch,
					version: latest,
					latest_version: Some(stored.versions),
				},
			}
		}

		/// Record `record` with all its versions (none once erased).
		pub fn history(record: RecordId) -> Option<RecordHistory<T::AccountId>> {
			let stored = Records::<T>::get(record)?;
			let versions = (1..=stored.versions)
				.filter_map(|n| Versions::<T>::get(record, n).map(|v| Self::version_info(n, v)))
				.collect();
			Some(RecordHistory {
				id: record,
				subject: stored.subject,
				custodian: stored.custodian,
				class: stored.class,
				erased: stored.erased,
				versions,
			})
		}

		/// Batch `batch`.
		pub fn batch_info(batch: BatchId) -> Option<BatchInfo> {
			Batches::<T>::get(batch).map(|b| BatchInfo {
				id: batch,
				custodian: b.custodian,
				root: b.root,
				leaf_count: b.leaf_count,
				class: b.class,
				anchored_at: b.anchored_at.try_into().unwrap_or(u32::MAX),
				anchored_at_ms: b.anchored_at_ms,
			})
		}

		/// Whether `proof` shows `commitment` is in batch `batch`.
		pub fn verify_batch(
			batch: BatchId,
			commitment: Commitment,
			proof: &MerkleProof,
		) -> BatchOutcome {
			match Batches::<T>::get(batch) {
				None => BatchOutcome::UnknownBatch,
				Some(b)
					if proof.leaf_count == b.leaf_count
						&& merkle::verify(&b.root, &commitment, proof) =>
				{
					BatchOutcome::Included
				},
				Some(_) => BatchOutcome::NotIncluded,
			}
		}

		/// `subject`'s log length and at most `limit` (≤ 1,000) entries, each with its position,
		/// from `from` or the first entry not pruned, whichever is later.
		pub fn access_log(
			subject: &T::AccountId,
			from: u32,
			limit: u32,
		) -> (u32, Vec<(u32, AccessEntry)>) {
			let length = AccessLogLength::<T>::get(subject);
			let from = from.max(AccessLogStart::<T>::get(subject));
			let end = from.saturating_add(limit.min(1_000)).min(length);
			let entries = (from..end)
				.filter_map(|i| AccessLog::<T>::get(subject, i).map(|logged| (i, logged.entry)))
				.collect();
			(length, entries)
		}
	}
}

/// What the benchmarks need from the runtime.
#[cfg(feature = "runtime-benchmarks")]
pub trait BenchmarkHelper<AccountId> {
	/// An organisation actively holding `role`, and a funded member account of it.
	fn organization_with_role(
		role: healthchain_primitives::Role,
	) -> (healthchain_primitives::OrganizationId, AccountId);

	/// Makes `decide(subject, accessor, Access, class, purpose, now)` permit, citing the returned
	/// consent.
	fn permit(
		subject: &AccountId,
		accessor: healthchain_primitives::OrganizationId,
		class: healthchain_primitives::DataClass,
		purpose: healthchain_primitives::Purpose,
	) -> healthchain_primitives::ConsentId;

	/// Sets the chain's clock (`Config::Time`) to `now` (ms since the epoch).
	fn set_time(now: healthchain_primitives::consent::Moment);
}

impl<T: Config> healthchain_primitives::claims::RecordLookup<T::AccountId> for Pallet<T> {
	/// The record's facts, if it exists and is not erased; in force when its latest version is
	/// current (not entered in error). Two reads: the record and its latest version.
	fn record_facts(
		id: &healthchain_primitives::records::RecordId,
	) -> Option<healthchain_primitives::claims::RecordFacts<T::AccountId>> {
		let record = Records::<T>::get(id)?;
		if record.erased {
			return None;
		}
		let in_force = Versions::<T>::get(id, record.versions)
			.is_some_and(|v| v.status == healthchain_primitives::records::VersionStatus::Current);
		Some(healthchain_primitives::claims::RecordFacts {
			custodian: record.custodian,
			subject: record.subject?,
			class: record.class?,
			in_force,
		})
	}
}
