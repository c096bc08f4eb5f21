//! # Trials — a clinical-trial registry that keeps outcomes honest
//!
//! A `TrialSponsor` registers a trial before it starts: a commitment to the full WHO Trial
//! Registration Data Set record, phase, study type, target size, key dates, and the hashes of the
//! protocol and statistical analysis plan and of every primary and secondary outcome — all fixed
//! at registration. An `EthicsCommittee` approves each protocol version before recruiting;
//! amendments are numbered, each with its own approval, and are the only way to change outcomes,
//! so every change stays visible. Participants (research pseudonyms: accounts the patient uses
//! for research) are enrolled only under the current protocol version and with one research
//! consent to the sponsor that covers the trial's declared data use — every data class and
//! action it registered — with no deny of any of it (pallet-consent, via
//! [`healthchain_primitives::ConsentVerifier`]). A participant (or their proxy) withdraws at any
//! time with `withdraw`; revoking the research consent withdraws too, as does replacing it by
//! one that no longer covers the data use (pallet-consent tells this pallet through
//! [`healthchain_primitives::consent::OnConsentEnded`]). Results carry one commitment per
//! outcome.
//!
//! ## Independence
//!
//! An ethics approval must come from an organisation other than the sponsor, even when the
//! sponsor also holds `EthicsCommittee`.
//!
//! ## Flags
//!
//! Computed on chain from the registry's own data, reported by queries at any time and raised
//! (stored, with an event) by `submit_results` and by anyone calling `check_flags`:
//!
//! - `LateRegistration`: the declared first enrolment is before the registration;
//! - `OutcomeSwitched`: results report an outcome that is not among the outcomes in force
//!   (registered or amended in), or leave a primary outcome in force without a result;
//! - `ResultsOverdue`: no results 12 months after the primary completion date;
//! - `StatusStale`: an open trial without any update for 12 months.
//!
//! ## Status (after ClinicalTrials.gov)
//!
//! `NotYetRecruiting → Recruiting ⇄ Suspended → ActiveNotRecruiting → Completed`;
//! `Terminated(reason)` from recruiting, suspended or active; `Withdrawn` before anyone enrolled.
//! `Recruiting` needs an ethics approval of the protocol version in force.
//!
//! ## Deposits
//!
//! Registration holds [`Config::TrialDeposit`] and each amendment [`Config::AmendmentDeposit`]
//! from the member that made it: the registry is a public, permanent record (WHO, ICMJE: a
//! registration is never removed), so these deposits are the price of permanent storage and
//! are not released. Each enrolment holds [`Config::EnrolmentDeposit`] from the enrolling member
//! until the participant withdraws (by themselves, by the sponsor, or by the end of their
//! consent), when the enrolment is removed and the deposit returned.
//!
//! ## Privacy
//!
//! Trials are public by design (WHO, ICMJE). On chain: organisation ids, codes for phase, type,
//! status and reasons, dates, counts, and 32-byte commitments (record, protocol, SAP, outcomes,
//! results). Participants appear only as research pseudonym accounts, unlinkable to their care
//! accounts unless they choose to reuse one. No free text.

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

pub use types::{Amendment, Enrolment, Protocol, Registration, Trial};
pub use weights::WeightInfo;

/// Twelve months, for the overdue and stale flags (365 days, in ms).
pub const TWELVE_MONTHS: healthchain_primitives::Moment = 365 * 24 * 60 * 60 * 1000;

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
		consent::{ConsentId, Moment},
		trials::{AmendmentInfo, TrialFlag, TrialId, TrialInfo, TrialStatus, Withdrawal},
		Commitment, ConsentVerifier, OrganizationId, OrganizationRegistry, Purpose, Role, Sponsors,
	};

	use super::{Amendment, Enrolment, Protocol, Registration, Trial, WeightInfo, TWELVE_MONTHS};

	/// The balance type of [`Config::Currency`].
	pub type BalanceOf<T> =
		<<T as Config>::Currency as Inspect<<T as frame_system::Config>::AccountId>>::Balance;

	/// A trial as stored.
	pub type TrialOf<T> = Trial<
		<T as frame_system::Config>::AccountId,
		BalanceOf<T>,
		BlockNumberFor<T>,
		<T as Config>::MaxOutcomes,
	>;

	/// A registration as the call takes it.
	pub type RegistrationOf<T> = Registration<<T as Config>::MaxOutcomes>;

	/// Outcome commitments.
	pub type OutcomesOf<T> = BoundedVec<Commitment, <T as Config>::MaxOutcomes>;

	/// Results per outcome: (outcome commitment, result commitment).
	pub type ResultsOf<T> = BoundedVec<(Commitment, Commitment), <T as Config>::MaxResults>;

	/// An enrolment as stored.
	pub type EnrolmentOf<T> = Enrolment<<T as frame_system::Config>::AccountId, BalanceOf<T>>;

	/// The in-code storage version.
	const STORAGE_VERSION: StorageVersion = StorageVersion::new(0);

	#[pallet::pallet]
	#[pallet::storage_version(STORAGE_VERSION)]
	pub struct Pallet<T>(_);

	/// Configuration of the trials registry.
	#[pallet::config]
	pub trait Config: frame_system::Config {
		/// The currency deposits are held in.
		type Currency: MutateHold<Self::AccountId, Reason = Self::RuntimeHoldReason>
			+ Mutate<Self::AccountId>;

		/// The runtime's hold reasons, which include this pallet's [`HoldReason`].
		type RuntimeHoldReason: From<HoldReason>;

		/// The consortium registry.
		type Registry: OrganizationRegistry<Self::AccountId>;

		/// Patient consent, asked before enrolment.
		type Consent: ConsentVerifier<Self::AccountId>;

		/// The chain's clock (ms since the epoch).
		type Time: Time<Moment = Moment>;

		/// Deposit held per registered trial.
		#[pallet::constant]
		type TrialDeposit: Get<BalanceOf<Self>>;

		/// Deposit held per enrolment, until the participant withdraws.
		#[pallet::constant]
		type EnrolmentDeposit: Get<BalanceOf<Self>>;

		/// Deposit held per amendment (kept: amendments are permanent).
		#[pallet::constant]
		type AmendmentDeposit: Get<BalanceOf<Self>>;

		/// Most trials one participant pseudonym is enrolled in at once; also bounds what the
		/// end of one consent has to look at.
		#[pallet::constant]
		type MaxTrialsPerParticipant: Get<u32>;

		/// Most primary (and, separately, secondary) outcomes per protocol version.
		#[pallet::constant]
		type MaxOutcomes: Get<u32>;

		/// Most per-outcome results (at least twice `MaxOutcomes`).
		#[pallet::constant]
		type MaxResults: Get<u32>;

		/// Most amendments per trial.
		#[pallet::constant]
		type MaxAmendments: Get<u32>;

		/// Sponsorship of patients who hold no tokens: a participant's withdrawal may be paid
		/// for by their sponsor, which adds to its weight.
		type Sponsors: Sponsors<Self::AccountId>;

		/// Weights of this pallet's calls, from its benchmarks.
		type WeightInfo: WeightInfo;

		/// Sets up what the benchmarks need from other pallets.
		#[cfg(feature = "runtime-benchmarks")]
		type BenchmarkHelper: crate::BenchmarkHelper<Self::AccountId>;
	}

	/// Reasons this pallet holds funds.
	#[pallet::composite_enum]
	pub enum HoldReason {
		/// The deposit of a registered trial.
		TrialDeposit,
		/// The deposit of an enrolment.
		EnrolmentDeposit,
		/// The deposit of an amendment.
		AmendmentDeposit,
	}

	/// The id the next trial gets.
	#[pallet::storage]
	pub type NextTrialId<T> = StorageValue<_, TrialId, ValueQuery>;

	/// Trials by id (sequential, hence `Twox64Concat`).
	#[pallet::storage]
	pub type Trials<T: Config> = StorageMap<_, Twox64Concat, TrialId, TrialOf<T>, OptionQuery>;

	/// Amendments by trial and the protocol version they created (2, 3, …).
	#[pallet::storage]
	pub type Amendments<T: Config> = StorageDoubleMap<
		_,
		Twox64Concat,
		TrialId,
		Twox64Concat,
		u32,
		Amendment<T::MaxOutcomes>,
		OptionQuery,
	>;

	/// Enrolments by trial and participant pseudonym.
	#[pallet::storage]
	pub type Enrolments<T: Config> = StorageDoubleMap<
		_,
		Twox64Concat,
		TrialId,
		Blake2_128Concat,
		T::AccountId,
		EnrolmentOf<T>,
		OptionQuery,
	>;

	/// The trials each participant pseudonym is enrolled in now.
	#[pallet::storage]
	pub type Participations<T: Config> = StorageMap<
		_,
		Blake2_128Concat,
		T::AccountId,
		BoundedVec<TrialId, T::MaxTrialsPerParticipant>,
		ValueQuery,
	>;

	/// Events of the trials registry.
	#[pallet::event]
	#[pallet::generate_deposit(pub(super) fn deposit_event)]
	pub enum Event<T: Config> {
		/// A trial was registered.
		TrialRegistered {
			/// The trial.
			trial: TrialId,
			/// The sponsor.
			sponsor: OrganizationId,
		},
		/// An ethics committee approved the protocol version in force.
		EthicsApproved {
			/// The trial.
			trial: TrialId,
			/// The approved version.
			version: u32,
			/// The committee.
			committee: OrganizationId,
		},
		/// The status changed.
		StatusChanged {
			/// The trial.
			trial: TrialId,
			/// From.
			from: TrialStatus,
			/// To.
			to: TrialStatus,
		},
		/// The protocol was amended.
		Amended {
			/// The trial.
			trial: TrialId,
			/// The new protocol version.
			version: u32,
			/// Whether the outcomes changed.
			outcomes_changed: bool,
			/// Whether earlier participants must consent again.
			reconsent_required: bool,
		},
		/// A participant was enrolled.
		ParticipantEnrolled {
			/// The trial.
			trial: TrialId,
			/// The participant's research pseudonym.
			participant: T::AccountId,
			/// The protocol version.
			version: u32,
			/// The consent that allowed it.
			consent: ConsentId,
		},
		/// A participant consented again under the version in force.
		ParticipantReconsented {
			/// The trial.
			trial: TrialId,
			/// The participant.
			participant: T::AccountId,
			/// The protocol version.
			version: u32,
		},
		/// A participant's enrolment ended; the enrolment was removed and its deposit returned.
		ParticipantWithdrawn {
			/// The trial.
			trial: TrialId,
			/// The participant.
			participant: T::AccountId,
			/// Who or what ended it.
			reason: Withdrawal,
		},
		/// The enrolment of a participant in a closed trial was released and its deposit returned.
		EnrolmentReleased {
			/// The trial.
			trial: TrialId,
			/// The participant.
			participant: T::AccountId,
		},
		/// Results were submitted.
		ResultsSubmitted {
			/// The trial.
			trial: TrialId,
			/// Whether they switched outcomes.
			outcome_switched: bool,
		},
		/// An integrity flag was raised.
		FlagRaised {
			/// The trial.
			trial: TrialId,
			/// The flag.
			flag: TrialFlag,
		},
	}

	/// Errors of the trials registry.
	#[pallet::error]
	pub enum Error<T> {
		/// No such trial.
		NotFound,
		/// The caller does not act for the sponsor (or for an ethics committee) with the role in
		/// good standing.
		NotAuthorized,
		/// A protocol needs at least one primary outcome.
		NoPrimaryOutcome,
		/// The same outcome is listed twice.
		DuplicateOutcome,
		/// Primary completion must come after first enrolment.
		InvalidDates,
		/// The target sample size must be at least 1.
		InvalidTarget,
		/// Not a legal status change.
		InvalidTransition,
		/// The protocol version in force has no ethics approval.
		NotApproved,
		/// The protocol version in force is already approved.
		AlreadyApproved,
		/// A trial that has enrolled anyone (even if they withdrew since) cannot be withdrawn.
		HasParticipants,
		/// The trial is closed.
		Closed,
		/// The trial has `MaxAmendments` amendments.
		TooManyAmendments,
		/// The trial is not recruiting.
		NotRecruiting,
		/// Enrolment must name the protocol version in force.
		OutdatedProtocol,
		/// The participant has no research consent to the sponsor in force that covers the
		/// trial's data use (or a consent denies part of it).
		NoConsent,
		/// The ethics committee is the sponsor itself: an approval must be independent.
		NotIndependent,
		/// The data use must name at least one data class and one action.
		EmptyDataUse,
		/// The data use lists a data class or an action twice.
		DuplicateDataUse,
		/// A sensitive category (genomics, mental health, sexual or reproductive health, substance
		/// use) is named in plain: on chain it is `Restricted`, the category stays in the
		/// committed document (docs/privacy.md).
		SensitiveCategory,
		/// The participant is enrolled in `MaxTrialsPerParticipant` trials already.
		TooManyTrials,
		/// The trial has as many participants as a count can hold.
		TooManyParticipants,
		/// The trial is still open: only a closed trial's enrolments are released.
		NotClosed,
		/// The participant is already enrolled.
		AlreadyEnrolled,
		/// The participant is not enrolled.
		NotEnrolled,
		/// Results were already submitted: they are not submitted twice, and the protocol is
		/// no longer amended.
		ResultsAlreadySubmitted,
		/// No flag holds that is not raised already.
		NothingToFlag,
		/// All trial ids are used.
		IdsExhausted,
		/// Results are not due yet: they are accepted from a `Completed` or `Terminated` trial,
		/// or an `ActiveNotRecruiting` one past its primary completion date.
		ResultsNotDue,
	}

	#[pallet::hooks]
	impl<T: Config> Hooks<BlockNumberFor<T>> for Pallet<T> {
		fn integrity_test() {
			assert!(T::MaxOutcomes::get() >= 1, "a trial needs a primary outcome");
			assert!(
				T::MaxResults::get() >= 2 * T::MaxOutcomes::get(),
				"results must fit every outcome"
			);
		}

		#[cfg(feature = "try-runtime")]
		fn try_state(_n: BlockNumberFor<T>) -> Result<(), sp_runtime::TryRuntimeError> {
			Self::do_try_state()
		}
	}

	#[pallet::call]
	impl<T: Config> Pallet<T> {
		/// Registers a trial, `NotYetRecruiting`, protocol version 1.
		///
		/// Origin: a member of an organisation actively holding `TrialSponsor`, which becomes
		/// the sponsor. Holds [`Config::TrialDeposit`]. Emits [`Event::TrialRegistered`] (and
		/// [`Event::FlagRaised`] for a late registration).
		#[pallet::call_index(0)]
		#[pallet::weight(T::WeightInfo::register())]
		pub fn register(origin: OriginFor<T>, registration: RegistrationOf<T>) -> DispatchResult {
			let who = ensure_signed(origin)?;
			let sponsor = T::Registry::acting_with_role(&who, Role::TrialSponsor)
				.ok_or(Error::<T>::NotAuthorized)?;
			Self::check_outcomes(&registration.primary_outcomes, &registration.secondary_outcomes)?;
			ensure!(
				registration.primary_completion > registration.first_enrolment,
				Error::<T>::InvalidDates
			);
			ensure!(registration.target_size >= 1, Error::<T>::InvalidTarget);
			let data_use = &registration.data_use;
			ensure!(
				!data_use.classes.is_empty() && !data_use.actions.is_empty(),
				Error::<T>::EmptyDataUse
			);
			ensure!(
				!healthchain_primitives::has_duplicates(&data_use.classes)
					&& !healthchain_primitives::has_duplicates(&data_use.actions),
				Error::<T>::DuplicateDataUse
			);
			ensure!(
				data_use.classes.iter().all(|c| c.is_allowed_on_chain()),
				Error::<T>::SensitiveCategory
			);
			let id = NextTrialId::<T>::get();
			let next = id.checked_add(1).ok_or(Error::<T>::IdsExhausted)?;
			let deposit = T::TrialDeposit::get();
			T::Currency::hold(&HoldReason::TrialDeposit.into(), &who, deposit)?;

			let now = T::Time::now();
			NextTrialId::<T>::put(next);
			let trial = Trial {
				sponsor,
				record: registration.record,
				phase: registration.phase,
				study_type: registration.study_type,
				target_size: registration.target_size,
				first_enrolment: registration.first_enrolment,
				primary_completion: registration.primary_completion,
				registered_at: now,
				registered_block: frame_system::Pallet::<T>::block_number(),
				status: TrialStatus::NotYetRecruiting,
				updated_at: now,
				registered_primary: registration.primary_outcomes.clone(),
				protocol: Protocol {
					version: 1,
					protocol: registration.protocol,
					sap: registration.sap,
					primary_outcomes: registration.primary_outcomes,
					secondary_outcomes: registration.secondary_outcomes,
					approval: None,
					reconsent_required: false,
				},
				data_use: registration.data_use,
				enrolled: 0,
				withdrawn: 0,
				released: 0,
				reconsent_from: 0,
				raised_flags: 0,
				results: None,
				depositor: who,
				deposit,
			};
			Trials::<T>::insert(id, trial);
			Self::deposit_event(Event::TrialRegistered { trial: id, sponsor });
			Self::raise_flags(id, now);
			Ok(())
		}

		/// Approves the protocol version in force of trial `trial`.
		///
		/// Origin: a member of an organisation actively holding `EthicsCommittee`, other than
		/// the trial's sponsor. Emits
		/// [`Event::EthicsApproved`].
		#[pallet::call_index(1)]
		#[pallet::weight(T::WeightInfo::approve())]
		pub fn approve(origin: OriginFor<T>, trial: TrialId) -> DispatchResult {
			let who = ensure_signed(origin)?;
			let committee = T::Registry::acting_with_role(&who, Role::EthicsCommittee)
				.ok_or(Error::<T>::NotAuthorized)?;
			let now = T::Time::now();
			let version = Self::mutate_open(trial, |t| {
				ensure!(committee != t.sponsor, Error::<T>::NotIndependent);
				ensure!(t.protocol.approval.is_none(), Error::<T>::AlreadyApproved);
				t.protocol.approval = Some((committee, now));
				Ok(t.protocol.version)
			})?;
			Self::deposit_event(Event::EthicsApproved { trial, version, committee });
			Ok(())
		}

		/// Moves trial `trial` to `status`.
		///
		/// Origin: a member of the sponsor. `Recruiting` needs an approval of the version in
		/// force; `Withdrawn` needs no participants. Emits [`Event::StatusChanged`].
		#[pallet::call_index(2)]
		#[pallet::weight(T::WeightInfo::set_status())]
		pub fn set_status(
			origin: OriginFor<T>,
			trial: TrialId,
			status: TrialStatus,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			let mut t = Self::sponsored_by(&who, trial)?;
			let from = t.status;
			ensure!(from.can_become(status), Error::<T>::InvalidTransition);
			if status == TrialStatus::Recruiting {
				ensure!(t.protocol.approval.is_some(), Error::<T>::NotApproved);
			}
			if status == TrialStatus::Withdrawn {
				ensure!(t.enrolled == 0 && t.withdrawn == 0, Error::<T>::HasParticipants);
			}
			t.status = status;
			t.updated_at = T::Time::now();
			Trials::<T>::insert(trial, t);
			Self::deposit_event(Event::StatusChanged { trial, from, to: status });
			Ok(())
		}

		/// Amends trial `trial`: new protocol and SAP hashes and the outcomes from now on; the
		/// new version needs its own ethics approval before anyone else is enrolled. Refused
		/// once results are submitted: the protocol stays the one the results report on.
		///
		/// Origin: a member of the sponsor. Holds [`Config::AmendmentDeposit`] from it. Emits
		/// [`Event::Amended`].
		#[pallet::call_index(3)]
		#[pallet::weight(T::WeightInfo::amend())]
		pub fn amend(
			origin: OriginFor<T>,
			trial: TrialId,
			protocol: Commitment,
			sap: Commitment,
			primary_outcomes: OutcomesOf<T>,
			secondary_outcomes: OutcomesOf<T>,
			reconsent_required: bool,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			let mut t = Self::sponsored_by(&who, trial)?;
			ensure!(!t.status.is_closed(), Error::<T>::Closed);
			ensure!(t.results.is_none(), Error::<T>::ResultsAlreadySubmitted);
			Self::check_outcomes(&primary_outcomes, &secondary_outcomes)?;
			let version = t.protocol.version.checked_add(1).ok_or(Error::<T>::TooManyAmendments)?;
			ensure!(
				version <= T::MaxAmendments::get().saturating_add(1),
				Error::<T>::TooManyAmendments
			);
			let amendment_deposit = T::AmendmentDeposit::get();
			T::Currency::hold(&HoldReason::AmendmentDeposit.into(), &who, amendment_deposit)?;
			let now = T::Time::now();
			let outcomes_changed = primary_outcomes != t.protocol.primary_outcomes
				|| secondary_outcomes != t.protocol.secondary_outcomes;
			Amendments::<T>::insert(
				trial,
				version,
				Amendment {
					protocol,
					sap,
					primary_outcomes: primary_outcomes.clone(),
					secondary_outcomes: secondary_outcomes.clone(),
					reconsent_required,
					at: now,
				},
			);
			t.protocol = Protocol {
				version,
				protocol,
				sap,
				primary_outcomes,
				secondary_outcomes,
				approval: None,
				reconsent_required,
			};
			if reconsent_required {
				t.reconsent_from = version;
			}
			t.updated_at = now;
			Trials::<T>::insert(trial, t);
			Self::deposit_event(Event::Amended {
				trial,
				version,
				outcomes_changed,
				reconsent_required,
			});
			Ok(())
		}

		/// Enrols `participant` (a research pseudonym account) under protocol `version`, which
		/// must be the approved version in force, provided one research consent of the
		/// participant to the sponsor covers the trial's whole data use and none denies any of
		/// it.
		///
		/// Origin: a member of the sponsor. Holds [`Config::EnrolmentDeposit`]. Emits
		/// [`Event::ParticipantEnrolled`].
		#[pallet::call_index(4)]
		#[pallet::weight(T::WeightInfo::enroll().saturating_add(T::Consent::decision_weight()))]
		pub fn enroll(
			origin: OriginFor<T>,
			trial: TrialId,
			participant: T::AccountId,
			version: u32,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			let mut t = Self::sponsored_by(&who, trial)?;
			ensure!(t.status == TrialStatus::Recruiting, Error::<T>::NotRecruiting);
			ensure!(version == t.protocol.version, Error::<T>::OutdatedProtocol);
			ensure!(t.protocol.approval.is_some(), Error::<T>::NotApproved);
			ensure!(
				!Enrolments::<T>::contains_key(trial, &participant),
				Error::<T>::AlreadyEnrolled
			);
			let now = T::Time::now();
			let consent = Self::covering_consent(&t, &participant, now)?;
			let enrolled = t.enrolled.checked_add(1).ok_or(Error::<T>::TooManyParticipants)?;
			let mut participations = Participations::<T>::get(&participant);
			participations.try_push(trial).map_err(|_| Error::<T>::TooManyTrials)?;
			let deposit = T::EnrolmentDeposit::get();
			T::Currency::hold(&HoldReason::EnrolmentDeposit.into(), &who, deposit)?;
			Participations::<T>::insert(&participant, participations);
			Enrolments::<T>::insert(
				trial,
				&participant,
				Enrolment { version, consent, at: now, depositor: who, deposit },
			);
			t.enrolled = enrolled;
			t.updated_at = now;
			Trials::<T>::insert(trial, t);
			Self::deposit_event(Event::ParticipantEnrolled {
				trial,
				participant,
				version,
				consent,
			});
			Ok(())
		}

		/// Records that `participant` consented again under the version in force (their
		/// research consent to the sponsor is checked again against the trial's data use).
		///
		/// Origin: a member of the sponsor. Emits [`Event::ParticipantReconsented`].
		#[pallet::call_index(5)]
		#[pallet::weight(
			T::WeightInfo::reconsent().saturating_add(T::Consent::decision_weight())
		)]
		pub fn reconsent(
			origin: OriginFor<T>,
			trial: TrialId,
			participant: T::AccountId,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			let mut t = Self::sponsored_by(&who, trial)?;
			let mut enrolment =
				Enrolments::<T>::get(trial, &participant).ok_or(Error::<T>::NotEnrolled)?;
			ensure!(t.protocol.approval.is_some(), Error::<T>::NotApproved);
			let now = T::Time::now();
			enrolment.consent = Self::covering_consent(&t, &participant, now)?;
			let version = t.protocol.version;
			enrolment.version = version;
			Enrolments::<T>::insert(trial, &participant, enrolment);
			t.updated_at = now;
			Trials::<T>::insert(trial, t);
			Self::deposit_event(Event::ParticipantReconsented { trial, participant, version });
			Ok(())
		}

		/// Submits the results: their hash and one result commitment per outcome (named by the
		/// outcome's commitment). Raises `OutcomeSwitched` when an outcome is not in force or a
		/// primary outcome in force has no result. Accepted once, from a trial `Completed` or
		/// `Terminated`, or `ActiveNotRecruiting` past its primary completion date: results
		/// committed before a trial ran would silence `ResultsOverdue` without reporting
		/// anything. After them the protocol is no longer amended.
		///
		/// Origin: a member of the sponsor. Emits [`Event::ResultsSubmitted`].
		#[pallet::call_index(6)]
		#[pallet::weight(T::WeightInfo::submit_results())]
		pub fn submit_results(
			origin: OriginFor<T>,
			trial: TrialId,
			results: Commitment,
			outcomes: ResultsOf<T>,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			let mut t = Self::sponsored_by(&who, trial)?;
			ensure!(t.results.is_none(), Error::<T>::ResultsAlreadySubmitted);
			let now = T::Time::now();
			let due = match t.status {
				TrialStatus::Completed | TrialStatus::Terminated(_) => true,
				TrialStatus::ActiveNotRecruiting => now >= t.primary_completion,
				_ => false,
			};
			ensure!(due, Error::<T>::ResultsNotDue);
			let in_force = |o: &Commitment| {
				t.protocol.primary_outcomes.contains(o) || t.protocol.secondary_outcomes.contains(o)
			};
			let unregistered = outcomes.iter().any(|(o, _)| !in_force(o));
			let primary_missing =
				t.protocol.primary_outcomes.iter().any(|p| !outcomes.iter().any(|(o, _)| o == p));
			let outcome_switched = unregistered || primary_missing;
			t.results = Some((results, now));
			t.updated_at = now;
			if outcome_switched {
				t.raised_flags |= TrialFlag::OutcomeSwitched.bit();
			}
			Trials::<T>::insert(trial, t);
			Self::deposit_event(Event::ResultsSubmitted { trial, outcome_switched });
			if outcome_switched {
				Self::deposit_event(Event::FlagRaised { trial, flag: TrialFlag::OutcomeSwitched });
			}
			Ok(())
		}

		/// Raises every flag of trial `trial` that holds now and is not raised yet.
		///
		/// Origin: any signed account (a regulator, a journal, a watchdog). Emits
		/// [`Event::FlagRaised`] per new flag.
		#[pallet::call_index(7)]
		#[pallet::weight(T::WeightInfo::check_flags())]
		pub fn check_flags(origin: OriginFor<T>, trial: TrialId) -> DispatchResult {
			ensure_signed(origin)?;
			ensure!(Trials::<T>::contains_key(trial), Error::<T>::NotFound);
			ensure!(Self::raise_flags(trial, T::Time::now()) > 0, Error::<T>::NothingToFlag);
			Ok(())
		}

		/// Ends `participant`'s enrolment in trial `trial`: the enrolment is removed, the
		/// withdrawal counted on the trial and the deposit returned to whoever paid it. Data
		/// already collected stays governed by the protocol; no new data may be collected.
		///
		/// Origin: signed by the participant or their proxy (`ByParticipant`), or by a member of
		/// the sponsor (`BySponsor`). Emits [`Event::ParticipantWithdrawn`].
		#[pallet::call_index(8)]
		#[pallet::weight(T::WeightInfo::withdraw().saturating_add(T::Sponsors::sponsored_call_weight()))]
		pub fn withdraw(
			origin: OriginFor<T>,
			trial: TrialId,
			participant: T::AccountId,
		) -> DispatchResultWithPostInfo {
			let who = ensure_signed(origin)?;
			let t = Trials::<T>::get(trial).ok_or(Error::<T>::NotFound)?;
			ensure!(Enrolments::<T>::contains_key(trial, &participant), Error::<T>::NotEnrolled);
			let reason = if T::Consent::may_act_for(&who, &participant, T::Time::now()) {
				Withdrawal::ByParticipant
			} else if T::Registry::acting_with_role(&who, Role::TrialSponsor) == Some(t.sponsor) {
				Withdrawal::BySponsor
			} else {
				return Err(Error::<T>::NotAuthorized.into());
			};
			Self::end_enrolment(trial, t, &participant, reason)?;
			// A sponsor's part of the weight only when a sponsor paid the fee.
			let used = T::WeightInfo::withdraw()
				.saturating_add(T::Sponsors::sponsored_call_weight_used(&who));
			Ok(Some(used).into())
		}

		/// Releases `participant`'s enrolment in closed trial `trial`: the enrolment is removed,
		/// its deposit returned to whoever paid it and the participant's slot among
		/// `MaxTrialsPerParticipant` freed; the participant still counts as enrolled.
		///
		/// Origin: any signed account, once the trial is closed (completed, terminated or
		/// withdrawn). Emits [`Event::EnrolmentReleased`].
		#[pallet::call_index(9)]
		#[pallet::weight(T::WeightInfo::release_enrolment())]
		pub fn release_enrolment(
			origin: OriginFor<T>,
			trial: TrialId,
			participant: T::AccountId,
		) -> DispatchResult {
			ensure_signed(origin)?;
			let mut t = Trials::<T>::get(trial).ok_or(Error::<T>::NotFound)?;
			ensure!(t.status.is_closed(), Error::<T>::NotClosed);
			Self::remove_enrolment(trial, &participant)?;
			t.released = t.released.saturating_add(1);
			Trials::<T>::insert(trial, t);
			Self::deposit_event(Event::EnrolmentReleased { trial, participant });
			Ok(())
		}
	}

	impl<T: Config> Pallet<T> {
		/// Trial `trial`, provided `who` acts for its sponsor with `TrialSponsor` in good standing.
		fn sponsored_by(who: &T::AccountId, trial: TrialId) -> Result<TrialOf<T>, DispatchError> {
			let t = Trials::<T>::get(trial).ok_or(Error::<T>::NotFound)?;
			ensure!(
				T::Registry::acting_with_role(who, Role::TrialSponsor) == Some(t.sponsor),
				Error::<T>::NotAuthorized
			);
			Ok(t)
		}

		/// The research consent of `participant` to the sponsor of `t` that covers its data use
		/// at `now`.
		fn covering_consent(
			t: &TrialOf<T>,
			participant: &T::AccountId,
			now: Moment,
		) -> Result<ConsentId, DispatchError> {
			T::Consent::consent_covering(
				participant,
				t.sponsor,
				Purpose::Research,
				&t.data_use.actions,
				&t.data_use.classes,
				now,
			)
			.ok_or_else(|| Error::<T>::NoConsent.into())
		}

		/// Removes `participant`'s enrolment in `trial` (stored as `t`), returns its deposit,
		/// counts the withdrawal and announces it.
		pub(crate) fn end_enrolment(
			trial: TrialId,
			mut t: TrialOf<T>,
			participant: &T::AccountId,
			reason: Withdrawal,
		) -> DispatchResult {
			Self::remove_enrolment(trial, participant)?;
			t.enrolled = t.enrolled.saturating_sub(1);
			t.withdrawn = t.withdrawn.saturating_add(1);
			t.updated_at = T::Time::now();
			Trials::<T>::insert(trial, t);
			Self::deposit_event(Event::ParticipantWithdrawn {
				trial,
				participant: participant.clone(),
				reason,
			});
			Ok(())
		}

		/// Removes `participant`'s enrolment in `trial` and its participation entry, and
		/// returns the enrolment's deposit.
		fn remove_enrolment(trial: TrialId, participant: &T::AccountId) -> DispatchResult {
			let enrolment =
				Enrolments::<T>::get(trial, participant).ok_or(Error::<T>::NotEnrolled)?;
			T::Currency::release(
				&HoldReason::EnrolmentDeposit.into(),
				&enrolment.depositor,
				enrolment.deposit,
				Precision::Exact,
			)?;
			Enrolments::<T>::remove(trial, participant);
			Participations::<T>::mutate_exists(participant, |list| {
				if let Some(ids) = list {
					ids.retain(|id| *id != trial);
					if ids.is_empty() {
						*list = None;
					}
				}
			});
			Ok(())
		}

		/// Applies `f` to an open trial and stamps `updated_at`.
		fn mutate_open<R>(
			trial: TrialId,
			f: impl FnOnce(&mut TrialOf<T>) -> Result<R, DispatchError>,
		) -> Result<R, DispatchError> {
			Trials::<T>::try_mutate(trial, |maybe| {
				let t = maybe.as_mut().ok_or(Error::<T>::NotFound)?;
				ensure!(!t.status.is_closed(), Error::<T>::Closed);
				let r = f(t)?;
				t.updated_at = T::Time::now();
				Ok(r)
			})
		}

		fn check_outcomes(primary: &[Commitment], secondary: &[Commitment]) -> DispatchResult {
			ensure!(!primary.is_empty(), Error::<T>::NoPrimaryOutcome);
			let all: Vec<&Commitment> = primary.iter().chain(secondary.iter()).collect();
			let duplicate = all.iter().enumerate().any(|(i, o)| all.iter().take(i).any(|p| p == o));
			ensure!(!duplicate, Error::<T>::DuplicateOutcome);
			Ok(())
		}

		/// The flags of `t` at `now`, as a bit set.
		pub fn flags_at(t: &TrialOf<T>, now: Moment) -> u8 {
			let mut flags = t.raised_flags & TrialFlag::OutcomeSwitched.bit();
			if t.first_enrolment < t.registered_at {
				flags |= TrialFlag::LateRegistration.bit();
			}
			// A withdrawn trial never enrolled anyone: it owes no results.
			if t.results.is_none()
				&& t.status != TrialStatus::Withdrawn
				&& now >= t.primary_completion.saturating_add(TWELVE_MONTHS)
			{
				flags |= TrialFlag::ResultsOverdue.bit();
			}
			if !t.status.is_closed() && now >= t.updated_at.saturating_add(TWELVE_MONTHS) {
				flags |= TrialFlag::StatusStale.bit();
			}
			flags
		}

		/// Stores and announces the flags of `trial` that hold at `now` and were not raised;
		/// returns how many.
		fn raise_flags(trial: TrialId, now: Moment) -> u32 {
			let Some(mut t) = Trials::<T>::get(trial) else { return 0 };
			let new = Self::flags_at(&t, now) & !t.raised_flags;
			if new == 0 {
				return 0;
			}
			t.raised_flags |= new;
			Trials::<T>::insert(trial, t);
			let mut count = 0;
			for flag in TrialFlag::ALL.into_iter().filter(|f| new & f.bit() != 0) {
				Self::deposit_event(Event::FlagRaised { trial, flag });
				count += 1;
			}
			count
		}

		fn info(id: TrialId, t: TrialOf<T>, now: Moment) -> TrialInfo {
			let flags = Self::flags_at(&t, now);
			TrialInfo {
				id,
				sponsor: t.sponsor,
				record: t.record,
				phase: t.phase,
				study_type: t.study_type,
				target_size: t.target_size,
				first_enrolment: t.first_enrolment,
				primary_completion: t.primary_completion,
				registered_at: t.registered_at,
				status: t.status,
				updated_at: t.updated_at,
				version: t.protocol.version,
				protocol: t.protocol.protocol,
				sap: t.protocol.sap,
				primary_outcomes: t.protocol.primary_outcomes.into_inner(),
				secondary_outcomes: t.protocol.secondary_outcomes.into_inner(),
				approval: t.protocol.approval,
				data_use: t.data_use,
				enrolled: t.enrolled,
				withdrawn: t.withdrawn,
				results: t.results,
				flags: TrialFlag::ALL.into_iter().filter(|f| flags & f.bit() != 0).collect(),
			}
		}

		/// Trial `id` with its flags now.
		pub fn trial_info(id: TrialId) -> Option<TrialInfo> {
			Trials::<T>::get(id).map(|t| Self::info(id, t, T::Time::now()))
		}

		/// The amendments of trial `id`, in order.
		pub fn amendments(id: TrialId) -> Vec<AmendmentInfo> {
			let Some(t) = Trials::<T>::get(id) else { return Vec::new() };
			(2..=t.protocol.version)
				.filter_map(|v| {
					Amendments::<T>::get(id, v).map(|a| AmendmentInfo {
						version: v,
						protocol: a.protocol,
						sap: a.sap,
						primary_outcomes: a.primary_outcomes.into_inner(),
						secondary_outcomes: a.secondary_outcomes.into_inner(),
						reconsent_required: a.reconsent_required,
						at: a.at,
					})
				})
				.collect()
		}

		/// The trials among ids `from .. from + limit` (`limit` ≤ 100) that pass the filters:
		/// at most `limit` trials are read whatever the filters match, so a page may hold fewer
		/// (even none) while later ids remain; the next page starts at `from + limit`.
		pub fn trials(
			sponsor: Option<OrganizationId>,
			status: Option<TrialStatus>,
			from: TrialId,
			limit: u32,
		) -> Vec<TrialInfo> {
			let now = T::Time::now();
			let end = from.saturating_add(limit.min(100)).min(NextTrialId::<T>::get());
			(from..end)
				.filter_map(|id| Trials::<T>::get(id).map(|t| (id, t)))
				.filter(|(_, t)| sponsor.is_none_or(|s| s == t.sponsor))
				.filter(|(_, t)| status.is_none_or(|s| s == t.status))
				.map(|(id, t)| Self::info(id, t, now))
				.collect()
		}

		/// Whether `participant` of `trial` must consent again: `None` if not enrolled.
		pub fn needs_reconsent(trial: TrialId, participant: &T::AccountId) -> Option<bool> {
			let t = Trials::<T>::get(trial)?;
			Enrolments::<T>::get(trial, participant).map(|e| e.version < t.reconsent_from)
		}
	}
}

impl<T: Config> healthchain_primitives::consent::OnConsentEnded<T::AccountId> for Pallet<T> {
	/// Withdraws the participant from every trial whose enrolment rests on `consent`, unless
	/// `successor` (the consent replacing it) alone still covers that trial's data use, in
	/// which case the enrolment cites the successor. Each of the participant's enrolments (at
	/// most `MaxTrialsPerParticipant`) is read; one resting on the ended consent also reads its
	/// trial and, with a successor, the trial's sponsor in the registry (the successor itself
	/// once), and a withdrawal releases its deposit. The weight returned is the benchmark's for
	/// as many enrolments as the participant has (its intercept, at none, when there are none).
	fn on_consent_ended(
		subject: &T::AccountId,
		consent: healthchain_primitives::ConsentId,
		successor: Option<healthchain_primitives::ConsentId>,
	) -> frame_support::weights::Weight {
		use frame_support::traits::Time;
		use healthchain_primitives::{ConsentVerifier, Purpose};
		let now = T::Time::now();
		let participations = Participations::<T>::get(subject);
		// The benchmark's line at the patient's enrolments; for a patient in none, its
		// intercept (the time and the participations read, with the proof of both, and one
		// write that does not happen) rather than a whole enrolment.
		let used = T::WeightInfo::consent_ended(participations.len() as u32);
		for trial in participations {
			let Some(mut enrolment) = Enrolments::<T>::get(trial, subject) else { continue };
			if enrolment.consent != consent {
				continue;
			}
			let Some(t) = Trials::<T>::get(trial) else { continue };
			let still_covered = successor.filter(|next| {
				T::Consent::covers(
					*next,
					subject,
					t.sponsor,
					Purpose::Research,
					&t.data_use.actions,
					&t.data_use.classes,
					now,
				)
			});
			match still_covered {
				Some(next) => {
					enrolment.consent = next;
					Enrolments::<T>::insert(trial, subject, enrolment);
				},
				None => {
					// Cannot fail: the enrolment was just read and its deposit is held.
					let ended = Self::end_enrolment(
						trial,
						t,
						subject,
						healthchain_primitives::trials::Withdrawal::ConsentEnded,
					);
					frame_support::defensive_assert!(ended.is_ok(), "enrolment could not end");
				},
			}
		}
		used
	}

	fn weight() -> frame_support::weights::Weight {
		use frame_support::traits::Get;
		T::WeightInfo::consent_ended(T::MaxTrialsPerParticipant::get())
	}
}

/// What the benchmarks need from the runtime.
#[cfg(feature = "runtime-benchmarks")]
pub trait BenchmarkHelper<AccountId> {
	/// An organisation actively holding `role`, and a funded member account of it.
	fn organization_with_role(
		role: healthchain_primitives::Role,
	) -> (healthchain_primitives::OrganizationId, AccountId);

	/// Another organisation actively holding `role` alone, with a funded member account: a
	/// different one for each `index`, none of them [`Self::organization_with_role`]'s.
	fn other_organization_with_role(
		role: healthchain_primitives::Role,
		index: u32,
	) -> (healthchain_primitives::OrganizationId, AccountId);

	/// Gives `subject` a research consent to `grantee` covering `data_use`. The weight of the
	/// decision over a patient's full list of consents is charged separately
	/// (`ConsentVerifier::decision_weight`).
	fn research_consent(
		subject: &AccountId,
		grantee: healthchain_primitives::consent::Grantee,
		data_use: &healthchain_primitives::trials::DataUse,
	) -> healthchain_primitives::ConsentId;
}
