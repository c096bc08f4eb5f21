//! # Claims — insurance claims checked against what the chain already knows, settled by rule
//!
//! After HL7 FHIR R5 Claim / ClaimResponse / ExplanationOfBenefit and Da Vinci Prior
//! Authorization. Only the checks that span several parties are made here — the ones no single
//! clearinghouse can make, because the encounter, the consent, the dispensed pack and the
//! provider's role are on this chain.
//!
//! ## Parties
//!
//! - **Payers** (`Insurer`) publish coverage **policies**: a commitment to the policy document
//!   and a public rule table (code → most allowed per unit, most units per line, prior
//!   authorisation required?), versioned, each version valid for a range of service dates. They
//!   record **coverage**: a patient pseudonym covered by a policy from one day to another
//!   (eligibility is a query).
//! - **Providers** (an organisation actively holding `Hospital`, `Clinic`, `Laboratory` or
//!   `Pharmacy`) submit **claims** (`use` = claim) and **preauthorizations**: a commitment to
//!   the claim bundle (kept off chain), the coverage, the service date, lines (code, units,
//!   amount; drug lines name the dispensed pack) and the facts the claim rests on: the encounter
//!   record, the prior authorisation.
//!
//! ## Lifecycle
//!
//! ```text
//! submit ──refused (dispatch error): not a provider, coverage, dates, consent, malformed
//!   │
//!   ├─ facts fail (no encounter, pack not dispensed / dispensed elsewhere, provider not
//!   │  active on the service date) → outcome error, decision denied, signals raised (kept)
//!   ├─ within the rule table (and the prior authorisation's remaining units and amount),
//!   │  no signal → outcome complete, decision approved, in the same block
//!   └─ otherwise (not covered, over a limit, prior authorisation missing, duplicate)
//!        → outcome queued, decision pending ── payer adjudicates: approved (complete),
//!          partial, denied (with a reason) ── provider may appeal once (back to queued)
//! approved / partial claim ── payer instructs payment (remittance commitment)
//!   ── provider confirms (settled) or disputes (the payer instructs again)
//! active claim, no payment instructed ── provider cancels (cancelled / entered-in-error)
//! any claim, `ClaimRetention` after its last change ── anyone removes it; deposit returned
//! ```
//!
//! A claim whose facts fail is not refused with a dispatch error: it is kept with outcome
//! `error`, so that the signal is on record and queryable (a failed transaction leaves nothing).
//!
//! ## Checks at submission
//!
//! The provider's role is active now and has been without a break since the service date; the
//! coverage is the patient's, active on the service date; one of the policy's last
//! [`POLICY_LOOKBACK`] versions applies to the service date; the encounter record exists, is in
//! force, was anchored by the provider, is the patient's and of class `Encounters`; each drug
//! line's pack was dispensed by the provider on the service date (a day either way) and was not
//! claimed before; the patient's consent permits the
//! payer `Access` for purpose `Payment` to the classes the claim is about (`Encounters` for
//! service lines, `Medications` for drug lines) — when [`Config::RequirePaymentConsent`] is
//! set (HIPAA does not require it; the runtime sets it, a policy choice); and no line's keyed
//! fingerprint ([`healthchain_primitives::claims::fingerprint`] of pseudonym, provider, date,
//! code and pack) matches a line of another claim in force: the same service billed twice, to
//! one payer or to two, whole or in parts, is caught, and pended for the payer (it may be
//! coordination of benefits).
//!
//! ## Settlement
//!
//! Money moves off chain (EFT, with an X12 835 remittance): the chain's token is a fee token,
//! not a currency payers hold, so there is no escrow. The payer records a commitment to the
//! remittance; the provider confirms receipt or disputes it.
//!
//! ## Deposits
//!
//! Each policy version holds [`Config::PolicyDeposit`] (kept: claims cite the version), each
//! coverage [`Config::CoverageDeposit`] (returned when it is removed, after its end and the
//! claim window), each claim [`Config::ClaimDeposit`] from the provider member that submitted
//! it (returned when it is removed, [`Config::ClaimRetention`] after its last change).
//!
//! ## Privacy
//!
//! On chain: organisation ids, the patient's pseudonym (an account), public codes (HCPCS Level
//! II, GTIN — never CPT text, never a diagnosis), amounts, day numbers, statuses, reason and
//! signal codes, and 32-byte commitments (policy, bundle, response, remittance). Diagnoses,
//! notes and attachments stay in the bundle, off chain, point to point.

#![cfg_attr(not(feature = "std"), no_std)]

extern crate alloc;

pub use pallet::*;

#[cfg(feature = "runtime-benchmarks")]
mod benchmarking;
#[cfg(test)]
mod mock;
#[cfg(test)]
mod tests;
#[cfg(any(feature = "try-runtime", feature = "std", test))]
mod try_state;
pub mod types;
pub mod weights;

pub use types::{Claim, Coverage, Line, PolicyHead, PolicyVersion, Submission};
pub use weights::WeightInfo;

/// Most days one coverage may last (ten years): a coverage always ends, so it can be removed.
pub const MAX_COVERAGE_DAYS: healthchain_primitives::claims::Day = 3_653;

/// Most a claim line may bill, in minor units: totals of a claim cannot overflow.
pub const MAX_LINE_AMOUNT: u128 = u64::MAX as u128;

/// Days after its planned date that an approved prior authorisation may be drawn on.
pub const PRIOR_AUTH_DAYS: healthchain_primitives::claims::Day = 180;

/// How many of a policy's most recent versions a claim's service date is looked up in: a payer
/// may publish next year's version while this year's claims are still being filed.
pub const POLICY_LOOKBACK: u32 = 3;

/// The roles a provider submits claims with.
pub const PROVIDER_ROLES: [healthchain_primitives::Role; 4] = [
	healthchain_primitives::Role::Hospital,
	healthchain_primitives::Role::Clinic,
	healthchain_primitives::Role::Laboratory,
	healthchain_primitives::Role::Pharmacy,
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
		claims::{
			day_of, fingerprint, ClaimDecision, ClaimId, ClaimInfo, ClaimStatus, ClaimUse,
			CoverageId, CoverageInfo, Day, DispenseLookup, LineInfo, Outcome, Party, PolicyId,
			PolicyInfo, ReasonCode, RecordLookup, Rule, Settlement, Signal,
		},
		consent::Moment,
		provenance::PackKey,
		Action, Commitment, ConsentVerifier, DataClass, OrganizationId, OrganizationRegistry,
		Purpose, Role,
	};
	use sp_core::H256;

	use super::{
		Claim, Coverage, Line, PolicyHead, PolicyVersion, Submission, WeightInfo, PROVIDER_ROLES,
	};

	/// The balance type of [`Config::Currency`].
	pub type BalanceOf<T> =
		<<T as Config>::Currency as Inspect<<T as frame_system::Config>::AccountId>>::Balance;

	/// A policy version as stored.
	pub type PolicyVersionOf<T> = PolicyVersion<
		<T as frame_system::Config>::AccountId,
		BalanceOf<T>,
		<T as Config>::MaxRules,
	>;

	/// A policy's rule table as a call takes it.
	pub type RulesOf<T> = BoundedVec<Rule, <T as Config>::MaxRules>;

	/// A coverage as stored.
	pub type CoverageOf<T> = Coverage<<T as frame_system::Config>::AccountId, BalanceOf<T>>;

	/// A claim as stored.
	pub type ClaimOf<T> =
		Claim<<T as frame_system::Config>::AccountId, BalanceOf<T>, <T as Config>::MaxLines>;

	/// A submission as the call takes it.
	pub type SubmissionOf<T> = Submission<<T as Config>::MaxLines>;

	/// Approved amounts per line, as the payer's decision gives them.
	pub type AmountsOf<T> = BoundedVec<u128, <T as Config>::MaxLines>;

	/// The in-code storage version.
	const STORAGE_VERSION: StorageVersion = StorageVersion::new(0);

	#[pallet::pallet]
	#[pallet::storage_version(STORAGE_VERSION)]
	pub struct Pallet<T>(_);

	/// Configuration of insurance claims.
	#[pallet::config]
	pub trait Config: frame_system::Config {
		/// The currency deposits are held in.
		type Currency: MutateHold<Self::AccountId, Reason = Self::RuntimeHoldReason>
			+ Mutate<Self::AccountId>;

		/// The runtime's hold reasons, which include this pallet's [`HoldReason`].
		type RuntimeHoldReason: From<HoldReason>;

		/// The consortium registry: payers, providers, and since when their roles are active.
		type Registry: OrganizationRegistry<Self::AccountId>;

		/// Patient consent, asked for purpose `Payment` when [`Config::RequirePaymentConsent`].
		type Consent: ConsentVerifier<Self::AccountId>;

		/// The records registry, asked about encounter records.
		type Records: RecordLookup<Self::AccountId>;

		/// Drug provenance, asked about dispensed packs.
		type Packs: DispenseLookup;

		/// The chain's clock (ms since the epoch).
		type Time: Time<Moment = Moment>;

		/// Whether a claim needs the patient's consent to the payer for purpose `Payment`.
		#[pallet::constant]
		type RequirePaymentConsent: Get<bool>;

		/// Days after the service date within which a claim may be submitted (timely filing);
		/// also how long after a coverage ends it stays.
		#[pallet::constant]
		type ClaimWindow: Get<Day>;

		/// How long (ms) after its last change a claim is kept before anyone may remove it.
		#[pallet::constant]
		type ClaimRetention: Get<Moment>;

		/// Deposit held per policy version (kept).
		#[pallet::constant]
		type PolicyDeposit: Get<BalanceOf<Self>>;

		/// Deposit held per coverage, until it is removed.
		#[pallet::constant]
		type CoverageDeposit: Get<BalanceOf<Self>>;

		/// Deposit held per claim, until it is removed.
		#[pallet::constant]
		type ClaimDeposit: Get<BalanceOf<Self>>;

		/// Most rows in a policy's rule table.
		#[pallet::constant]
		type MaxRules: Get<u32>;

		/// Most lines per claim.
		#[pallet::constant]
		type MaxLines: Get<u32>;

		/// Most coverages one patient pseudonym has at once with one payer.
		#[pallet::constant]
		type MaxCoveragesPerPatient: Get<u32>;

		/// Weights of this pallet's calls, from its benchmarks.
		type WeightInfo: WeightInfo;

		/// Sets up what the benchmarks need from other pallets.
		#[cfg(feature = "runtime-benchmarks")]
		type BenchmarkHelper: crate::BenchmarkHelper<Self::AccountId>;
	}

	/// Reasons this pallet holds funds.
	#[pallet::composite_enum]
	pub enum HoldReason {
		/// The deposit of a policy version.
		PolicyDeposit,
		/// The deposit of a coverage.
		CoverageDeposit,
		/// The deposit of a claim.
		ClaimDeposit,
	}

	/// The id the next policy gets.
	#[pallet::storage]
	pub type NextPolicyId<T> = StorageValue<_, PolicyId, ValueQuery>;

	/// Policies by id: payer and latest version.
	#[pallet::storage]
	pub type Policies<T> = StorageMap<_, Twox64Concat, PolicyId, PolicyHead, OptionQuery>;

	/// Policy versions by policy and version (1, 2, …).
	#[pallet::storage]
	pub type PolicyVersions<T: Config> = StorageDoubleMap<
		_,
		Twox64Concat,
		PolicyId,
		Twox64Concat,
		u32,
		PolicyVersionOf<T>,
		OptionQuery,
	>;

	/// The id the next coverage gets.
	#[pallet::storage]
	pub type NextCoverageId<T> = StorageValue<_, CoverageId, ValueQuery>;

	/// Coverages by id.
	#[pallet::storage]
	pub type Coverages<T: Config> =
		StorageMap<_, Twox64Concat, CoverageId, CoverageOf<T>, OptionQuery>;

	/// The coverages of each patient pseudonym by each payer (for eligibility): a payer can
	/// fill only its own list of a patient, never another payer's.
	#[pallet::storage]
	pub type PatientCoverages<T: Config> = StorageDoubleMap<
		_,
		Blake2_128Concat,
		T::AccountId,
		Twox64Concat,
		OrganizationId,
		BoundedVec<CoverageId, T::MaxCoveragesPerPatient>,
		ValueQuery,
	>;

	/// The id the next claim gets.
	#[pallet::storage]
	pub type NextClaimId<T> = StorageValue<_, ClaimId, ValueQuery>;

	/// Claims and preauthorizations by id.
	#[pallet::storage]
	pub type Claims<T: Config> = StorageMap<_, Twox64Concat, ClaimId, ClaimOf<T>, OptionQuery>;

	/// The claims each provider submitted, by provider and id (for paged queries).
	#[pallet::storage]
	pub type ProviderClaims<T> =
		StorageDoubleMap<_, Twox64Concat, OrganizationId, Twox64Concat, ClaimId, (), OptionQuery>;

	/// The claims made to each payer, by payer and id.
	#[pallet::storage]
	pub type PayerClaims<T> =
		StorageDoubleMap<_, Twox64Concat, OrganizationId, Twox64Concat, ClaimId, (), OptionQuery>;

	/// The keyed fingerprints of the lines of claims in force whose facts passed, with how many
	/// such claims bill each (more than one: duplicates the payer let stand). One bounded read
	/// per line decides whether a service was billed before. The fingerprint is a hash the chain
	/// computes, so it needs no hashing of its own.
	#[pallet::storage]
	pub type Fingerprints<T> = StorageMap<_, Identity, H256, u32, OptionQuery>;

	/// The packs claimed by claims in force whose facts passed, with how many: a pack is
	/// claimed once; a second claim of it is a duplicate, pended for the payer.
	#[pallet::storage]
	pub type ClaimedPacks<T> = StorageMap<_, Blake2_128Concat, PackKey, u32, OptionQuery>;

	/// Claims with fraud signals (their signals are on the claim).
	#[pallet::storage]
	pub type Flagged<T> = StorageMap<_, Twox64Concat, ClaimId, (), OptionQuery>;

	/// Events of insurance claims.
	#[pallet::event]
	#[pallet::generate_deposit(pub(super) fn deposit_event)]
	pub enum Event<T: Config> {
		/// A policy version was published.
		PolicyPublished {
			/// The policy.
			policy: PolicyId,
			/// The version.
			version: u32,
			/// The payer.
			payer: OrganizationId,
		},
		/// A coverage was recorded.
		CoverageRecorded {
			/// The coverage.
			coverage: CoverageId,
			/// The payer.
			payer: OrganizationId,
			/// The policy.
			policy: PolicyId,
			/// The patient's pseudonym.
			patient: T::AccountId,
		},
		/// A coverage's last day was brought forward.
		CoverageEnded {
			/// The coverage.
			coverage: CoverageId,
			/// Its new last day.
			end: Day,
		},
		/// A coverage was removed and its deposit returned.
		CoverageRemoved {
			/// The coverage.
			coverage: CoverageId,
		},
		/// A claim or preauthorization was submitted.
		ClaimSubmitted {
			/// The claim.
			claim: ClaimId,
			/// Claim or preauthorization.
			use_: ClaimUse,
			/// The provider.
			provider: OrganizationId,
			/// The payer.
			payer: OrganizationId,
		},
		/// A claim's adjudication changed: by the rules at submission, by the payer, or by an
		/// appeal (back to queued).
		ClaimAdjudicated {
			/// The claim.
			claim: ClaimId,
			/// Its outcome.
			outcome: Outcome,
			/// Its decision.
			decision: ClaimDecision,
			/// The amount approved.
			approved: u128,
			/// Whether the rules decided it in the block it was submitted in.
			automatic: bool,
		},
		/// A fraud signal was raised on a claim.
		SignalRaised {
			/// The claim.
			claim: ClaimId,
			/// The signal.
			signal: Signal,
		},
		/// A claim was appealed (back to queued).
		ClaimAppealed {
			/// The claim.
			claim: ClaimId,
		},
		/// A claim was withdrawn by its provider.
		ClaimCancelled {
			/// The claim.
			claim: ClaimId,
			/// Whether it was made in error.
			entered_in_error: bool,
		},
		/// The payer recorded a payment instruction.
		PaymentInstructed {
			/// The claim.
			claim: ClaimId,
			/// Commitment to the remittance.
			remittance: Commitment,
		},
		/// The provider confirmed receipt of the payment.
		PaymentConfirmed {
			/// The claim.
			claim: ClaimId,
		},
		/// The provider disputed the payment.
		PaymentDisputed {
			/// The claim.
			claim: ClaimId,
		},
		/// A claim was removed after its retention period and its deposit returned.
		ClaimRemoved {
			/// The claim.
			claim: ClaimId,
		},
	}

	/// Errors of insurance claims.
	#[pallet::error]
	pub enum Error<T> {
		/// The caller does not act with the role the call needs, in good standing, for the
		/// organisation the call is about.
		NotAuthorized,
		/// No such policy (or version).
		UnknownPolicy,
		/// No such coverage.
		UnknownCoverage,
		/// No such claim.
		UnknownClaim,
		/// The first day is after the last, or a coverage would end in the past.
		InvalidPeriod,
		/// A rule names a malformed code (not HCPCS Level II, or a GTIN with a wrong check
		/// digit) or allows no units.
		InvalidRule,
		/// The rule table names a code twice.
		DuplicateRule,
		/// A claim needs at least one line.
		NoLines,
		/// A line is malformed: a code that is not HCPCS Level II or a valid GTIN, no units, no
		/// amount, a drug line of a claim without its pack, or a pack on another line.
		InvalidLine,
		/// Two lines bill the same service (or the same pack).
		DuplicateLine,
		/// A claim's service date is in the future or older than the claim window; a
		/// preauthorization's planned date is in the past.
		InvalidServiceDate,
		/// The coverage does not cover the service date.
		NotCovered,
		/// None of the policy's last [`crate::POLICY_LOOKBACK`] versions applies to the service
		/// date.
		PolicyNotInForce,
		/// The patient's consent does not permit the payer access for purpose `Payment`.
		NoPaymentConsent,
		/// The prior authorisation is not an approved preauthorization in force of the same
		/// provider under the same coverage.
		InvalidPriorAuth,
		/// A preauthorization cannot name an encounter, a prior authorisation or a pack.
		UnexpectedReference,
		/// The claim is not waiting for the payer.
		NotPending,
		/// The decision does not give one amount per line, each at most the billed amount.
		InvalidDecision,
		/// A partial approval or a denial needs a reason.
		ReasonRequired,
		/// Only a denied or partly approved claim, appealed never before and not paid, can be
		/// appealed.
		NotAppealable,
		/// The claim was withdrawn.
		NotActive,
		/// A payment was instructed: the claim can no longer be withdrawn.
		PaymentInstructed,
		/// Only an approved (or partly approved) claim can be paid, and not twice.
		NotPayable,
		/// No payment instruction is waiting for the provider's answer.
		NoPaymentInstruction,
		/// The claim's retention period has not passed.
		TooEarly,
		/// The coverage's end and the claim window have not passed.
		CoverageInUse,
		/// The patient has `MaxCoveragesPerPatient` coverages.
		TooManyCoverages,
		/// All ids are used.
		IdsExhausted,
	}

	#[pallet::hooks]
	impl<T: Config> Hooks<BlockNumberFor<T>> for Pallet<T> {
		fn integrity_test() {
			assert!(T::MaxLines::get() >= 1, "a claim needs a line");
			assert!(T::MaxRules::get() >= 1, "a policy needs a rule");
			let window_ms = (T::ClaimWindow::get() as u64 + crate::PRIOR_AUTH_DAYS as u64)
				* healthchain_primitives::time::MILLISECS_PER_DAY;
			assert!(
				T::ClaimRetention::get() >= window_ms,
				"claims must be kept for at least the claim window and a prior authorisation's \
				 life, or duplicates go unseen and a removed claim's room could be drawn again"
			);
		}

		#[cfg(feature = "try-runtime")]
		fn try_state(_n: BlockNumberFor<T>) -> Result<(), sp_runtime::TryRuntimeError> {
			Self::do_try_state()
		}
	}

	#[pallet::call]
	impl<T: Config> Pallet<T> {
		/// Publishes a policy (`policy` = `None`: a new one, version 1) or its next version: a
		/// commitment to the document, the service dates it applies to and its rule table.
		///
		/// Origin: a member of an organisation actively holding `Insurer`, the policy's payer.
		/// Holds [`Config::PolicyDeposit`] (kept). Emits [`Event::PolicyPublished`]. Charged for
		/// the branch taken: a new policy takes an id (one write more), a version reads the
		/// policy's head.
		#[pallet::call_index(0)]
		#[pallet::weight(match policy {
			None => T::WeightInfo::publish_new_policy(rules.len() as u32),
			Some(_) => T::WeightInfo::publish_policy(rules.len() as u32),
		})]
		pub fn publish_policy(
			origin: OriginFor<T>,
			policy: Option<PolicyId>,
			document: Commitment,
			valid_from: Day,
			valid_until: Day,
			rules: RulesOf<T>,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			let payer = T::Registry::acting_with_role(&who, Role::Insurer)
				.ok_or(Error::<T>::NotAuthorized)?;
			ensure!(valid_from <= valid_until, Error::<T>::InvalidPeriod);
			ensure!(
				rules.iter().all(|r| r.code.is_valid() && r.max_units >= 1),
				Error::<T>::InvalidRule
			);
			let codes: Vec<_> = rules.iter().map(|r| r.code).collect();
			ensure!(!healthchain_primitives::has_duplicates(&codes), Error::<T>::DuplicateRule);
			let (id, version) = match policy {
				None => {
					let id = NextPolicyId::<T>::get();
					let next = id.checked_add(1).ok_or(Error::<T>::IdsExhausted)?;
					NextPolicyId::<T>::put(next);
					(id, 1)
				},
				Some(id) => {
					let head = Policies::<T>::get(id).ok_or(Error::<T>::UnknownPolicy)?;
					ensure!(head.payer == payer, Error::<T>::NotAuthorized);
					(id, head.latest.checked_add(1).ok_or(Error::<T>::IdsExhausted)?)
				},
			};
			let deposit = T::PolicyDeposit::get();
			T::Currency::hold(&HoldReason::PolicyDeposit.into(), &who, deposit)?;
			Policies::<T>::insert(id, PolicyHead { payer, latest: version });
			PolicyVersions::<T>::insert(
				id,
				version,
				PolicyVersion { document, valid_from, valid_until, rules, depositor: who, deposit },
			);
			Self::deposit_event(Event::PolicyPublished { policy: id, version, payer });
			Ok(())
		}

		/// Records that `patient` (a pseudonym) is covered by `policy` from day `start` to day
		/// `end`, both included.
		///
		/// Origin: a member of the policy's payer, actively holding `Insurer`. Holds
		/// [`Config::CoverageDeposit`]. Emits [`Event::CoverageRecorded`].
		#[pallet::call_index(1)]
		#[pallet::weight(T::WeightInfo::record_coverage())]
		pub fn record_coverage(
			origin: OriginFor<T>,
			patient: T::AccountId,
			policy: PolicyId,
			start: Day,
			end: Day,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			let payer = T::Registry::acting_with_role(&who, Role::Insurer)
				.ok_or(Error::<T>::NotAuthorized)?;
			let head = Policies::<T>::get(policy).ok_or(Error::<T>::UnknownPolicy)?;
			ensure!(head.payer == payer, Error::<T>::NotAuthorized);
			ensure!(
				start <= end && end - start <= crate::MAX_COVERAGE_DAYS,
				Error::<T>::InvalidPeriod
			);
			let id = NextCoverageId::<T>::get();
			let next = id.checked_add(1).ok_or(Error::<T>::IdsExhausted)?;
			let mut list = PatientCoverages::<T>::get(&patient, payer);
			list.try_push(id).map_err(|_| Error::<T>::TooManyCoverages)?;
			let deposit = T::CoverageDeposit::get();
			T::Currency::hold(&HoldReason::CoverageDeposit.into(), &who, deposit)?;
			NextCoverageId::<T>::put(next);
			PatientCoverages::<T>::insert(&patient, payer, list);
			Coverages::<T>::insert(
				id,
				Coverage {
					payer,
					policy,
					patient: patient.clone(),
					start,
					end,
					depositor: who,
					deposit,
				},
			);
			Self::deposit_event(Event::CoverageRecorded { coverage: id, payer, policy, patient });
			Ok(())
		}

		/// Brings coverage `coverage`'s last day forward to `end`, which is today or later and
		/// not before its first day (coverage is never ended retroactively: services already
		/// given stay covered).
		///
		/// Origin: a member of the coverage's payer, actively holding `Insurer`. Emits
		/// [`Event::CoverageEnded`].
		#[pallet::call_index(2)]
		#[pallet::weight(T::WeightInfo::end_coverage())]
		pub fn end_coverage(
			origin: OriginFor<T>,
			coverage: CoverageId,
			end: Day,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			let payer = T::Registry::acting_with_role(&who, Role::Insurer)
				.ok_or(Error::<T>::NotAuthorized)?;
			let today = day_of(T::Time::now());
			Coverages::<T>::try_mutate(coverage, |maybe| {
				let c = maybe.as_mut().ok_or(Error::<T>::UnknownCoverage)?;
				ensure!(c.payer == payer, Error::<T>::NotAuthorized);
				ensure!(end >= today && end >= c.start && end < c.end, Error::<T>::InvalidPeriod);
				c.end = end;
				Ok::<_, DispatchError>(())
			})?;
			Self::deposit_event(Event::CoverageEnded { coverage, end });
			Ok(())
		}

		/// Removes coverage `coverage` once its last day and the claim window after it have
		/// passed (no claim can be made under it any more), returning its deposit.
		///
		/// Origin: any signed account. Emits [`Event::CoverageRemoved`].
		#[pallet::call_index(3)]
		#[pallet::weight(T::WeightInfo::remove_coverage())]
		pub fn remove_coverage(origin: OriginFor<T>, coverage: CoverageId) -> DispatchResult {
			ensure_signed(origin)?;
			let c = Coverages::<T>::get(coverage).ok_or(Error::<T>::UnknownCoverage)?;
			let today = day_of(T::Time::now());
			ensure!(today > c.end.saturating_add(T::ClaimWindow::get()), Error::<T>::CoverageInUse);
			T::Currency::release(
				&HoldReason::CoverageDeposit.into(),
				&c.depositor,
				c.deposit,
				Precision::Exact,
			)?;
			Coverages::<T>::remove(coverage);
			PatientCoverages::<T>::mutate_exists(&c.patient, c.payer, |list| {
				if let Some(ids) = list {
					ids.retain(|id| *id != coverage);
					if ids.is_empty() {
						*list = None;
					}
				}
			});
			Self::deposit_event(Event::CoverageRemoved { coverage });
			Ok(())
		}

		/// Submits a claim or a preauthorization, checks it against the chain's facts and
		/// adjudicates it by the policy's rules (module docs): approved in this block, queued
		/// for the payer, or kept as `error` with its fraud signals.
		///
		/// Origin: a member of an organisation actively holding `Hospital`, `Clinic`,
		/// `Laboratory` or `Pharmacy`: the provider. Holds [`Config::ClaimDeposit`]. Emits
		/// [`Event::ClaimSubmitted`], [`Event::SignalRaised`] per signal, and
		/// [`Event::ClaimAdjudicated`] when the rules decide it.
		#[pallet::call_index(4)]
		#[pallet::weight(
			T::WeightInfo::submit_claim(submission.lines.len() as u32)
				.saturating_add(T::Consent::decision_weight().saturating_mul(2))
		)]
		pub fn submit_claim(origin: OriginFor<T>, submission: SubmissionOf<T>) -> DispatchResult {
			let who = ensure_signed(origin)?;
			let provider = T::Registry::organization_of(&who)
				.filter(|org| PROVIDER_ROLES.iter().any(|r| T::Registry::has_active_role(*org, *r)))
				.ok_or(Error::<T>::NotAuthorized)?;
			let now = T::Time::now();
			let today = day_of(now);
			Self::check_form(&submission, today)?;
			let coverage =
				Coverages::<T>::get(submission.coverage).ok_or(Error::<T>::UnknownCoverage)?;
			let date = submission.service_date;
			ensure!(coverage.start <= date && date <= coverage.end, Error::<T>::NotCovered);
			let (version, policy) = Self::version_for(coverage.policy, date)?;
			let patient = coverage.patient;
			if T::RequirePaymentConsent::get() {
				Self::check_payment_consent(&submission, &patient, coverage.payer, now)?;
			}
			let mut prior_auth = match submission.prior_auth {
				Some(id) => {
					Some((id, Self::usable_prior_auth(id, provider, submission.coverage, date)?))
				},
				None => None,
			};

			let id = NextClaimId::<T>::get();
			let next = id.checked_add(1).ok_or(Error::<T>::IdsExhausted)?;
			let mut claim = Claim {
				use_: submission.use_,
				provider,
				payer: coverage.payer,
				coverage: submission.coverage,
				policy: (coverage.policy, version),
				patient,
				service_date: date,
				bundle: submission.bundle,
				encounter: submission.encounter,
				prior_auth: submission.prior_auth,
				lines: BoundedVec::truncate_from(
					submission.lines.into_iter().map(Line::from).collect(),
				),
				status: ClaimStatus::Active,
				outcome: Outcome::Queued,
				decision: ClaimDecision::Pending,
				reasons: 0,
				signals: 0,
				response: None,
				appealed: false,
				auto_adjudicated: false,
				settlement: Settlement::None,
				remittance: None,
				submitted_at: now,
				updated_at: now,
				depositor: who.clone(),
				deposit: T::ClaimDeposit::get(),
			};
			let fingerprints = Self::check_facts(&mut claim);
			if claim.signals & !Signal::Duplicate.bit() != 0 {
				claim.outcome = Outcome::Error;
				claim.decision = ClaimDecision::Denied;
				claim.reasons = ReasonCode::FactsNotVerified.bit();
			} else {
				claim.reasons = Self::rule_reasons(&claim, &policy.rules, &prior_auth);
				if claim.reasons == 0 {
					claim.outcome = Outcome::Complete;
					claim.decision = ClaimDecision::Approved;
					claim.auto_adjudicated = true;
					for line in claim.lines.iter_mut() {
						line.approved = line.amount;
					}
					if let Some((_, pa)) = prior_auth.as_mut() {
						Self::draw(claim.lines.as_mut(), pa, &policy.rules);
						pa.updated_at = now;
					}
				}
			}

			T::Currency::hold(&HoldReason::ClaimDeposit.into(), &who, claim.deposit)?;
			NextClaimId::<T>::put(next);
			if let Some((pa_id, pa)) = prior_auth {
				if claim.auto_adjudicated {
					Claims::<T>::insert(pa_id, pa);
				}
			}
			if claim.holds_index() {
				for fp in &fingerprints {
					Fingerprints::<T>::mutate(fp, |n| *n = Some(n.unwrap_or(0).saturating_add(1)));
				}
				for pack in Self::packs(&claim) {
					ClaimedPacks::<T>::mutate(pack, |n| {
						*n = Some(n.unwrap_or(0).saturating_add(1))
					});
				}
			}
			ProviderClaims::<T>::insert(provider, id, ());
			PayerClaims::<T>::insert(claim.payer, id, ());
			if claim.signals != 0 {
				Flagged::<T>::insert(id, ());
			}
			Self::deposit_event(Event::ClaimSubmitted {
				claim: id,
				use_: claim.use_,
				provider,
				payer: claim.payer,
			});
			for signal in Signal::of(claim.signals) {
				Self::deposit_event(Event::SignalRaised { claim: id, signal });
			}
			if claim.decision != ClaimDecision::Pending {
				Self::deposit_event(Event::ClaimAdjudicated {
					claim: id,
					outcome: claim.outcome,
					decision: claim.decision,
					approved: claim.approved(),
					automatic: true,
				});
			}
			Claims::<T>::insert(id, claim);
			Ok(())
		}

		/// Decides queued claim `claim`: `approved` gives the amount approved per line (each at
		/// most the line's amount); all of it → approved, none → denied, else partial. A denial
		/// or a partial approval needs `reason`. `response` commits to the payer's response
		/// document. An approved line of a claim that names a prior authorisation draws on it,
		/// as far as it has room.
		///
		/// Origin: a member of the claim's payer, actively holding `Insurer`. Emits
		/// [`Event::ClaimAdjudicated`].
		#[pallet::call_index(5)]
		#[pallet::weight(T::WeightInfo::adjudicate(approved.len() as u32))]
		pub fn adjudicate(
			origin: OriginFor<T>,
			claim: ClaimId,
			approved: AmountsOf<T>,
			reason: Option<ReasonCode>,
			response: Commitment,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			let mut c = Claims::<T>::get(claim).ok_or(Error::<T>::UnknownClaim)?;
			ensure!(
				T::Registry::acting_with_role(&who, Role::Insurer) == Some(c.payer),
				Error::<T>::NotAuthorized
			);
			ensure!(c.status == ClaimStatus::Active, Error::<T>::NotActive);
			ensure!(c.decision == ClaimDecision::Pending, Error::<T>::NotPending);
			ensure!(
				approved.len() == c.lines.len()
					&& approved.iter().zip(c.lines.iter()).all(|(a, l)| *a <= l.amount),
				Error::<T>::InvalidDecision
			);
			let all = approved.iter().zip(c.lines.iter()).all(|(a, l)| *a == l.amount);
			let (outcome, decision) = if all {
				(Outcome::Complete, ClaimDecision::Approved)
			} else if approved.iter().all(|a| *a == 0) {
				(Outcome::Complete, ClaimDecision::Denied)
			} else {
				(Outcome::Partial, ClaimDecision::Partial)
			};
			ensure!(
				decision == ClaimDecision::Approved || reason.is_some(),
				Error::<T>::ReasonRequired
			);
			for (line, amount) in c.lines.iter_mut().zip(approved.iter()) {
				line.approved = *amount;
			}
			let now = T::Time::now();
			if let Some(pa_id) = c.prior_auth {
				if let Some(mut pa) = Claims::<T>::get(pa_id).filter(|pa| pa.is_approved_in_force())
				{
					Self::draw_approved(c.lines.as_mut(), &mut pa);
					pa.updated_at = now;
					Claims::<T>::insert(pa_id, pa);
				}
			}
			if let Some(reason) = reason {
				c.reasons |= reason.bit();
			}
			c.outcome = outcome;
			c.decision = decision;
			c.response = Some(response);
			c.updated_at = now;
			let approved = c.approved();
			Claims::<T>::insert(claim, c);
			Self::deposit_event(Event::ClaimAdjudicated {
				claim,
				outcome,
				decision,
				approved,
				automatic: false,
			});
			Ok(())
		}

		/// Appeals denied or partly approved claim `claim`, once, with a commitment to the
		/// appeal's bundle: it goes back to the payer (queued, pending); what it drew on a prior
		/// authorisation is given back.
		///
		/// Origin: a member of the claim's provider, with a provider role in good standing.
		/// Emits [`Event::ClaimAppealed`].
		#[pallet::call_index(6)]
		#[pallet::weight(T::WeightInfo::appeal())]
		pub fn appeal(origin: OriginFor<T>, claim: ClaimId, bundle: Commitment) -> DispatchResult {
			let who = ensure_signed(origin)?;
			let mut c = Self::of_provider(&who, claim)?;
			ensure!(c.status == ClaimStatus::Active, Error::<T>::NotActive);
			ensure!(
				c.use_ == ClaimUse::Claim
					&& matches!(c.decision, ClaimDecision::Denied | ClaimDecision::Partial)
					&& c.outcome != Outcome::Error
					&& !c.appealed && c.settlement == Settlement::None,
				Error::<T>::NotAppealable
			);
			Self::give_back(&mut c);
			for line in c.lines.iter_mut() {
				line.approved = 0;
			}
			c.bundle = bundle;
			c.appealed = true;
			c.outcome = Outcome::Queued;
			c.decision = ClaimDecision::Pending;
			c.updated_at = T::Time::now();
			Claims::<T>::insert(claim, c);
			Self::deposit_event(Event::ClaimAppealed { claim });
			Self::deposit_event(Event::ClaimAdjudicated {
				claim,
				outcome: Outcome::Queued,
				decision: ClaimDecision::Pending,
				approved: 0,
				automatic: false,
			});
			Ok(())
		}

		/// Withdraws active claim `claim` (cancelled, or entered-in-error), before any payment
		/// was instructed: its fingerprints and packs are freed (a corrected claim can be
		/// submitted) and what it drew on a prior authorisation is given back.
		///
		/// Origin: a member of the claim's provider, with a provider role in good standing.
		/// Emits [`Event::ClaimCancelled`].
		#[pallet::call_index(7)]
		#[pallet::weight(T::WeightInfo::cancel(T::MaxLines::get()))]
		pub fn cancel(
			origin: OriginFor<T>,
			claim: ClaimId,
			entered_in_error: bool,
		) -> DispatchResultWithPostInfo {
			let who = ensure_signed(origin)?;
			let mut c = Self::of_provider(&who, claim)?;
			ensure!(c.status == ClaimStatus::Active, Error::<T>::NotActive);
			ensure!(c.settlement == Settlement::None, Error::<T>::PaymentInstructed);
			let lines = c.lines.len() as u32;
			Self::unindex(&c);
			Self::give_back(&mut c);
			c.status =
				if entered_in_error { ClaimStatus::EnteredInError } else { ClaimStatus::Cancelled };
			c.updated_at = T::Time::now();
			Claims::<T>::insert(claim, c);
			Self::deposit_event(Event::ClaimCancelled { claim, entered_in_error });
			Ok(Some(T::WeightInfo::cancel(lines)).into())
		}

		/// Records the payment instruction of approved (or partly approved) claim `claim`: a
		/// commitment to the remittance (X12 835, EFT trace). After a dispute, instructs again.
		///
		/// Origin: a member of the claim's payer, actively holding `Insurer`. Emits
		/// [`Event::PaymentInstructed`].
		#[pallet::call_index(8)]
		#[pallet::weight(T::WeightInfo::instruct_payment())]
		pub fn instruct_payment(
			origin: OriginFor<T>,
			claim: ClaimId,
			remittance: Commitment,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			let mut c = Claims::<T>::get(claim).ok_or(Error::<T>::UnknownClaim)?;
			ensure!(
				T::Registry::acting_with_role(&who, Role::Insurer) == Some(c.payer),
				Error::<T>::NotAuthorized
			);
			ensure!(c.status == ClaimStatus::Active, Error::<T>::NotActive);
			ensure!(
				c.use_ == ClaimUse::Claim
					&& matches!(c.decision, ClaimDecision::Approved | ClaimDecision::Partial)
					&& matches!(c.settlement, Settlement::None | Settlement::Disputed),
				Error::<T>::NotPayable
			);
			c.settlement = Settlement::Instructed;
			c.remittance = Some(remittance);
			c.updated_at = T::Time::now();
			Claims::<T>::insert(claim, c);
			Self::deposit_event(Event::PaymentInstructed { claim, remittance });
			Ok(())
		}

		/// Confirms receipt of the payment instructed for claim `claim` (settled).
		///
		/// Origin: a member of the claim's provider, with a provider role in good standing.
		/// Emits [`Event::PaymentConfirmed`].
		#[pallet::call_index(9)]
		#[pallet::weight(T::WeightInfo::confirm_payment())]
		pub fn confirm_payment(origin: OriginFor<T>, claim: ClaimId) -> DispatchResult {
			Self::answer_payment(origin, claim, Settlement::Confirmed)?;
			Self::deposit_event(Event::PaymentConfirmed { claim });
			Ok(())
		}

		/// Disputes the payment instructed for claim `claim` (not received, or not as
		/// instructed); the payer may instruct again.
		///
		/// Origin: a member of the claim's provider, with a provider role in good standing.
		/// Emits [`Event::PaymentDisputed`].
		#[pallet::call_index(10)]
		#[pallet::weight(T::WeightInfo::dispute_payment())]
		pub fn dispute_payment(origin: OriginFor<T>, claim: ClaimId) -> DispatchResult {
			Self::answer_payment(origin, claim, Settlement::Disputed)?;
			Self::deposit_event(Event::PaymentDisputed { claim });
			Ok(())
		}

		/// Removes claim `claim` once [`Config::ClaimRetention`] has passed since its last
		/// change, with its index entries, returning its deposit to whoever paid it.
		///
		/// Origin: any signed account. Emits [`Event::ClaimRemoved`].
		#[pallet::call_index(11)]
		#[pallet::weight(T::WeightInfo::remove_claim(T::MaxLines::get()))]
		pub fn remove_claim(origin: OriginFor<T>, claim: ClaimId) -> DispatchResultWithPostInfo {
			ensure_signed(origin)?;
			let mut c = Claims::<T>::get(claim).ok_or(Error::<T>::UnknownClaim)?;
			ensure!(
				T::Time::now() >= c.updated_at.saturating_add(T::ClaimRetention::get()),
				Error::<T>::TooEarly
			);
			Self::give_back(&mut c);
			T::Currency::release(
				&HoldReason::ClaimDeposit.into(),
				&c.depositor,
				c.deposit,
				Precision::Exact,
			)?;
			let lines = c.lines.len() as u32;
			Self::unindex(&c);
			ProviderClaims::<T>::remove(c.provider, claim);
			PayerClaims::<T>::remove(c.payer, claim);
			Flagged::<T>::remove(claim);
			Claims::<T>::remove(claim);
			Self::deposit_event(Event::ClaimRemoved { claim });
			Ok(Some(T::WeightInfo::remove_claim(lines)).into())
		}
	}

	impl<T: Config> Pallet<T> {
		/// The form of a submission: lines well formed, no line twice, references that fit its
		/// use, a service date the use allows.
		fn check_form(s: &SubmissionOf<T>, today: Day) -> DispatchResult {
			ensure!(!s.lines.is_empty(), Error::<T>::NoLines);
			let is_claim = s.use_ == ClaimUse::Claim;
			for line in s.lines.iter() {
				ensure!(
					line.code.is_valid()
						&& line.units >= 1 && line.amount >= 1
						&& line.amount <= crate::MAX_LINE_AMOUNT
						&& line.pack.is_some() == (is_claim && line.code.is_drug()),
					if !is_claim && line.pack.is_some() {
						Error::<T>::UnexpectedReference
					} else {
						Error::<T>::InvalidLine
					}
				);
			}
			let keys: Vec<_> = s.lines.iter().map(|l| (l.code, l.pack.as_ref())).collect();
			let packs: Vec<_> =
				s.lines.iter().filter_map(|l| l.pack.as_ref().map(|p| (l.code, p))).collect();
			ensure!(
				!healthchain_primitives::has_duplicates(&keys)
					&& !healthchain_primitives::has_duplicates(&packs),
				Error::<T>::DuplicateLine
			);
			if is_claim {
				ensure!(
					s.service_date <= today && today - s.service_date <= T::ClaimWindow::get(),
					Error::<T>::InvalidServiceDate
				);
			} else {
				ensure!(
					s.encounter.is_none() && s.prior_auth.is_none(),
					Error::<T>::UnexpectedReference
				);
				ensure!(s.service_date >= today, Error::<T>::InvalidServiceDate);
			}
			Ok(())
		}

		/// Whether the patient's consents permit the payer `Access` for purpose `Payment` to
		/// what the claim is about: `Encounters` for service lines, `Medications` for drug
		/// lines (at most two decisions).
		fn check_payment_consent(
			s: &SubmissionOf<T>,
			patient: &T::AccountId,
			payer: OrganizationId,
			now: Moment,
		) -> DispatchResult {
			let mut classes = Vec::with_capacity(2);
			if s.lines.iter().any(|l| !l.code.is_drug()) {
				classes.push(DataClass::Encounters);
			}
			if s.lines.iter().any(|l| l.code.is_drug()) {
				classes.push(DataClass::Medications);
			}
			for class in classes {
				let decision = T::Consent::decide(
					patient,
					payer,
					Action::Access,
					class,
					Purpose::Payment,
					now,
				);
				ensure!(decision.is_permit(), Error::<T>::NoPaymentConsent);
			}
			Ok(())
		}

		/// Preauthorization `id`, provided it is an approved (or partly approved) one in force,
		/// of `provider`, under `coverage`.
		fn usable_prior_auth(
			id: ClaimId,
			provider: OrganizationId,
			coverage: CoverageId,
			date: Day,
		) -> Result<ClaimOf<T>, DispatchError> {
			let pa = Claims::<T>::get(id).ok_or(Error::<T>::InvalidPriorAuth)?;
			ensure!(
				pa.use_ == ClaimUse::Preauthorization
					&& pa.is_approved_in_force()
					&& pa.provider == provider
					&& pa.coverage == coverage
					&& !pa.auto_adjudicated
					&& pa.service_date <= date
					&& date - pa.service_date <= crate::PRIOR_AUTH_DAYS,
				Error::<T>::InvalidPriorAuth
			);
			Ok(pa)
		}

		/// The version of policy `policy` that applies to service date `date`: the most recent
		/// of its last [`crate::POLICY_LOOKBACK`] versions whose period holds the date.
		fn version_for(
			policy: PolicyId,
			date: Day,
		) -> Result<(u32, PolicyVersionOf<T>), DispatchError> {
			let head = Policies::<T>::get(policy).ok_or(Error::<T>::UnknownPolicy)?;
			let oldest = head.latest.saturating_sub(crate::POLICY_LOOKBACK - 1).max(1);
			(oldest..=head.latest)
				.rev()
				.filter_map(|v| PolicyVersions::<T>::get(policy, v).map(|p| (v, p)))
				.find(|(_, p)| p.valid_from <= date && date <= p.valid_until)
				.ok_or_else(|| Error::<T>::PolicyNotInForce.into())
		}

		/// Checks a claim's facts, setting its signals; returns the fingerprints of its lines
		/// (claims only). Reads: one per role of the provider, the encounter record, and per
		/// line its fingerprint and (drug lines) the pack and its claim.
		fn check_facts(c: &mut ClaimOf<T>) -> Vec<H256> {
			if c.use_ != ClaimUse::Claim {
				return Vec::new();
			}
			let mut signals = 0u8;
			let active_on_date = PROVIDER_ROLES.iter().any(|role| {
				T::Registry::role_active_since(c.provider, *role)
					.is_some_and(|since| day_of(since) <= c.service_date)
			});
			if !active_on_date {
				signals |= Signal::ProviderNotActive.bit();
			}
			let needs_encounter = c.lines.iter().any(|l| !l.code.is_drug());
			let encounter_ok = c.encounter.as_ref().map(|id| {
				T::Records::record_facts(id).is_some_and(|r| {
					r.in_force
						&& r.custodian == c.provider
						&& r.subject == c.patient
						&& r.class == DataClass::Encounters
				})
			});
			if encounter_ok == Some(false) || (needs_encounter && encounter_ok.is_none()) {
				signals |= Signal::NoEncounter.bit();
			}
			for pack in Self::packs(c) {
				if ClaimedPacks::<T>::contains_key(&pack) {
					signals |= Signal::Duplicate.bit();
				}
				match T::Packs::dispensed(&pack) {
					None => signals |= Signal::NotDispensed.bit(),
					Some((by, at)) => {
						// A day either way: the chain's days are UTC, a pharmacy's are local.
						if by != c.provider || day_of(at).abs_diff(c.service_date) > 1 {
							signals |= Signal::DispensedElsewhere.bit();
						}
					},
				}
			}
			let fingerprints = Self::fingerprints(c);
			if fingerprints.iter().any(Fingerprints::<T>::contains_key) {
				signals |= Signal::Duplicate.bit();
			}
			c.signals = signals;
			fingerprints
		}

		/// Why the rules cannot approve claim `c` by themselves (a set of reason bits; none: it
		/// can be approved).
		fn rule_reasons(
			c: &ClaimOf<T>,
			rules: &[Rule],
			prior_auth: &Option<(ClaimId, ClaimOf<T>)>,
		) -> u16 {
			let mut reasons = 0u16;
			if c.signals & Signal::Duplicate.bit() != 0 {
				reasons |= ReasonCode::Duplicate.bit();
			}
			for line in c.lines.iter() {
				let Some(rule) = rules.iter().find(|r| r.code == line.code) else {
					reasons |= ReasonCode::NotCovered.bit();
					continue;
				};
				if line.units > rule.max_units {
					reasons |= ReasonCode::UnitsExceeded.bit();
				}
				if line.amount > rule.max_unit_amount.saturating_mul(line.units.into()) {
					reasons |= ReasonCode::AmountExceeded.bit();
				}
				if rule.prior_auth {
					// A preauthorization of such a code is the payer's to review; a claim needs
					// one with room for every line of the code together.
					let (units, amount) = c
						.lines
						.iter()
						.filter(|l| l.code == line.code)
						.fold((0u32, 0u128), |(u, a), l| {
							(u.saturating_add(l.units), a.saturating_add(l.amount))
						});
					let room = prior_auth.as_ref().is_some_and(|(_, pa)| {
						c.use_ == ClaimUse::Claim
							&& pa.lines.iter().any(|p| {
								p.code == line.code
									&& p.units.saturating_sub(p.used.0) >= units
									&& p.approved.saturating_sub(p.used.1) >= amount
							})
					});
					if !room {
						reasons |= ReasonCode::PriorAuthRequired.bit();
					}
				}
			}
			reasons
		}

		/// Draws the approved lines of a claim that need prior authorisation under `rules` on
		/// preauthorization `pa` (the rules checked there is room).
		fn draw(lines: &mut [Line], pa: &mut ClaimOf<T>, rules: &[Rule]) {
			for line in lines.iter_mut() {
				let needs = rules.iter().any(|r| r.code == line.code && r.prior_auth);
				if needs {
					Self::draw_line(line, pa);
				}
			}
		}

		/// Draws every approved line of a claim whose code the preauthorization lists on it, as
		/// far as it has room (a payer's decision).
		fn draw_approved(lines: &mut [Line], pa: &mut ClaimOf<T>) {
			for line in lines.iter_mut().filter(|l| l.approved > 0) {
				Self::draw_line(line, pa);
			}
		}

		fn draw_line(line: &mut Line, pa: &mut ClaimOf<T>) {
			if let Some(p) = pa.lines.iter_mut().find(|p| p.code == line.code) {
				let units = line.units.min(p.units.saturating_sub(p.used.0));
				let amount = line.approved.min(p.approved.saturating_sub(p.used.1));
				p.used = (p.used.0.saturating_add(units), p.used.1.saturating_add(amount));
				line.drawn =
					(line.drawn.0.saturating_add(units), line.drawn.1.saturating_add(amount));
			}
		}

		/// Gives back to its preauthorization what claim `c` drew on it.
		fn give_back(c: &mut ClaimOf<T>) {
			let Some(pa_id) = c.prior_auth else { return };
			if c.lines.iter().all(|l| l.drawn == (0, 0)) {
				return;
			}
			let mut pa = Claims::<T>::get(pa_id);
			for line in c.lines.iter_mut() {
				let p =
					pa.as_mut().and_then(|pa| pa.lines.iter_mut().find(|p| p.code == line.code));
				if let Some(p) = p {
					p.used = (
						p.used.0.saturating_sub(line.drawn.0),
						p.used.1.saturating_sub(line.drawn.1),
					);
				}
				line.drawn = (0, 0);
			}
			if let Some(mut pa) = pa {
				pa.updated_at = T::Time::now();
				Claims::<T>::insert(pa_id, pa);
			}
		}

		/// The packs claim `c`'s drug lines name.
		pub(crate) fn packs(c: &ClaimOf<T>) -> Vec<PackKey> {
			c.lines
				.iter()
				.filter_map(|l| match (&l.code, &l.pack) {
					(healthchain_primitives::claims::ServiceCode::Drug(gtin), Some(serial)) => {
						Some(PackKey { gtin: *gtin, serial: serial.clone() })
					},
					_ => None,
				})
				.collect()
		}

		/// The keyed fingerprint of line `line` of claim `c`.
		pub(crate) fn fingerprint_of(c: &ClaimOf<T>, line: &Line) -> H256 {
			fingerprint(
				&c.patient,
				c.provider,
				c.service_date,
				&line.code,
				line.pack.as_ref().map(|p| &p[..]),
			)
		}

		/// The distinct fingerprints of claim `c`'s lines, sorted.
		pub(crate) fn fingerprints(c: &ClaimOf<T>) -> Vec<H256> {
			let mut all: Vec<H256> = c.lines.iter().map(|l| Self::fingerprint_of(c, l)).collect();
			all.sort();
			all.dedup();
			all
		}

		/// Releases claim `c`'s fingerprints and claimed packs.
		fn unindex(c: &ClaimOf<T>) {
			if !c.holds_index() {
				return;
			}
			let release = |n: &mut Option<u32>| {
				*n = n.and_then(|n| n.checked_sub(1)).filter(|n| *n > 0);
			};
			for fp in Self::fingerprints(c) {
				Fingerprints::<T>::mutate(fp, release);
			}
			for pack in Self::packs(c) {
				ClaimedPacks::<T>::mutate(&pack, release);
			}
		}

		/// Claim `claim`, provided `who` acts for its provider with a provider role in good
		/// standing.
		fn of_provider(who: &T::AccountId, claim: ClaimId) -> Result<ClaimOf<T>, DispatchError> {
			let c = Claims::<T>::get(claim).ok_or(Error::<T>::UnknownClaim)?;
			let acts = T::Registry::organization_of(who) == Some(c.provider)
				&& PROVIDER_ROLES.iter().any(|r| T::Registry::has_active_role(c.provider, *r));
			ensure!(acts, Error::<T>::NotAuthorized);
			Ok(c)
		}

		/// The provider's answer to a payment instruction.
		fn answer_payment(
			origin: OriginFor<T>,
			claim: ClaimId,
			answer: Settlement,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			let mut c = Self::of_provider(&who, claim)?;
			ensure!(c.settlement == Settlement::Instructed, Error::<T>::NoPaymentInstruction);
			c.settlement = answer;
			c.updated_at = T::Time::now();
			Claims::<T>::insert(claim, c);
			Ok(())
		}

		fn info(id: ClaimId, c: ClaimOf<T>) -> ClaimInfo<T::AccountId> {
			ClaimInfo {
				id,
				use_: c.use_,
				provider: c.provider,
				payer: c.payer,
				coverage: c.coverage,
				policy: c.policy,
				patient: c.patient.clone(),
				service_date: c.service_date,
				bundle: c.bundle,
				encounter: c.encounter,
				prior_auth: c.prior_auth,
				billed: c.billed(),
				approved: c.approved(),
				lines: c
					.lines
					.iter()
					.enumerate()
					.map(|(i, l)| LineInfo {
						sequence: i as u32 + 1,
						code: l.code,
						units: l.units,
						amount: l.amount,
						pack: l.pack.clone().map(|p| p.into_inner()),
						approved: l.approved,
						used: l.used,
					})
					.collect(),
				status: c.status,
				outcome: c.outcome,
				decision: c.decision,
				reasons: ReasonCode::of(c.reasons),
				signals: Signal::of(c.signals),
				response: c.response,
				appealed: c.appealed,
				auto_adjudicated: c.auto_adjudicated,
				settlement: c.settlement,
				remittance: c.remittance,
				submitted_at: c.submitted_at,
				updated_at: c.updated_at,
			}
		}

		/// Claim `id`, for the runtime API.
		pub fn claim_info(id: ClaimId) -> Option<ClaimInfo<T::AccountId>> {
			Claims::<T>::get(id).map(|c| Self::info(id, c))
		}

		/// The claims of `party`, at most `limit` (≤ 100), after claim `after` in the index's
		/// order, for the runtime API.
		pub fn claims_of(
			party: Party,
			after: Option<ClaimId>,
			limit: u32,
		) -> Vec<ClaimInfo<T::AccountId>> {
			let limit = limit.min(100) as usize;
			let ids: Vec<ClaimId> = match (party, after) {
				(Party::Provider(org), None) => {
					ProviderClaims::<T>::iter_key_prefix(org).take(limit).collect()
				},
				(Party::Provider(org), Some(from)) => ProviderClaims::<T>::iter_key_prefix_from(
					org,
					ProviderClaims::<T>::hashed_key_for(org, from),
				)
				.take(limit)
				.collect(),
				(Party::Payer(org), None) => {
					PayerClaims::<T>::iter_key_prefix(org).take(limit).collect()
				},
				(Party::Payer(org), Some(from)) => PayerClaims::<T>::iter_key_prefix_from(
					org,
					PayerClaims::<T>::hashed_key_for(org, from),
				)
				.take(limit)
				.collect(),
			};
			ids.into_iter().filter_map(Self::claim_info).collect()
		}

		/// Claims with fraud signals, at most `limit` (≤ 100), after claim `after` in the
		/// index's order.
		pub fn flagged(after: Option<ClaimId>, limit: u32) -> Vec<ClaimInfo<T::AccountId>> {
			let limit = limit.min(100) as usize;
			let ids: Vec<ClaimId> = match after {
				None => Flagged::<T>::iter_keys().take(limit).collect(),
				Some(from) => Flagged::<T>::iter_keys_from(Flagged::<T>::hashed_key_for(from))
					.take(limit)
					.collect(),
			};
			ids.into_iter().filter_map(Self::claim_info).collect()
		}

		/// The coverages of `patient` in force on `day`.
		pub fn eligibility(patient: &T::AccountId, day: Day) -> Vec<CoverageInfo<T::AccountId>> {
			PatientCoverages::<T>::iter_prefix_values(patient)
				.flatten()
				.filter_map(|id| Coverages::<T>::get(id).map(|c| (id, c)))
				.filter(|(_, c)| c.start <= day && day <= c.end)
				.map(|(id, c)| CoverageInfo {
					id,
					payer: c.payer,
					policy: c.policy,
					patient: c.patient,
					start: c.start,
					end: c.end,
				})
				.collect()
		}

		/// Version `version` (the latest if `None`) of policy `id`.
		pub fn policy_info(id: PolicyId, version: Option<u32>) -> Option<PolicyInfo> {
			let head = Policies::<T>::get(id)?;
			let version = version.unwrap_or(head.latest);
			let v = PolicyVersions::<T>::get(id, version)?;
			Some(PolicyInfo {
				id,
				version,
				latest: head.latest,
				payer: head.payer,
				document: v.document,
				valid_from: v.valid_from,
				valid_until: v.valid_until,
				rules: v.rules.into_inner(),
			})
		}
	}
}

/// What the benchmarks need from the runtime.
#[cfg(feature = "runtime-benchmarks")]
pub trait BenchmarkHelper<AccountId> {
	/// Sets the chain's clock to `at` (ms).
	fn set_now(at: healthchain_primitives::consent::Moment);

	/// An organisation actively holding `role` (since long before any service date the
	/// benchmarks use), and a funded member account of it.
	fn organization_with_role(
		role: healthchain_primitives::Role,
	) -> (healthchain_primitives::OrganizationId, AccountId);

	/// An organisation holding every role of [`PROVIDER_ROLES`], all but the last active only
	/// since after day of `after` (so that checking the provider's role on a service date at
	/// `after` reads all of them), and a funded member account of it.
	fn provider_of_every_kind(
		after: healthchain_primitives::consent::Moment,
	) -> (healthchain_primitives::OrganizationId, AccountId);

	/// Gives `patient` a consent to `payer` for purpose `Payment` (access to encounters and
	/// medications). The decisions' weight is charged separately
	/// (`ConsentVerifier::decision_weight`).
	fn payment_consent(patient: &AccountId, payer: healthchain_primitives::OrganizationId);

	/// An encounter record in force, anchored by `provider` for `patient`.
	fn encounter(
		provider: healthchain_primitives::OrganizationId,
		patient: &AccountId,
	) -> healthchain_primitives::records::RecordId;

	/// A pack of product `gtin` dispensed by `pharmacy` now, with serial number `n`.
	fn dispensed_pack(
		pharmacy: healthchain_primitives::OrganizationId,
		gtin: healthchain_primitives::provenance::Gtin,
		n: u32,
	) -> healthchain_primitives::provenance::PackKey;
}
