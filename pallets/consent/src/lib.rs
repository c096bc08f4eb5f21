//! # Consent — patients decide who sees what, for which purpose, until when
//!
//! A patient (the *subject*, known on chain only by an account they control) grants or denies an
//! organisation — or every organisation holding a role — actions on classes of their health data
//! for purposes, over a validity period; revokes at any time with immediate effect; replaces a
//! consent with a new version. Proxies (guardians, legal representatives) appointed by the
//! patient may do the same on their behalf. Clinicians may open time-boxed **break-glass**
//! access in an emergency and must justify it afterwards. Records and trials ask this pallet
//! through [`healthchain_primitives::ConsentVerifier`].
//!
//! ## Decisions
//!
//! `decide(subject, organisation, action, class, purpose, at)` looks at the subject's consents
//! that were in force at `at` (validity period, not yet revoked or replaced at that time) and
//! that cover the request: the grantee is the organisation or a role it actively holds, and the
//! consent lists the action, the purpose and a class covering the requested one (`All` covers
//! every class except the sensitive ones, which must be named). Then:
//!
//! 1. any covering **deny** wins: `Deny { consent }`, citing the oldest such deny;
//! 2. else any covering **permit**: `Permit { consent }`, citing the oldest such permit;
//! 3. else `NotApplicable` — which callers treat as "not allowed".
//!
//! Expiry needs no scheduler: it is checked at decision time against the chain's timestamp.
//!
//! ## Break-glass
//!
//! A member of an organisation actively holding a clinical role (`Hospital`, `Clinic`) opens
//! emergency access to one patient for at most [`Config::MaxBreakGlassDuration`]. The event names
//! the patient, so their app sees it. A justification commitment is due within
//! [`Config::JustificationPeriod`] of opening; once that passes without one, anyone may
//! `flag_overdue`, which records the flag and emits an event, and queries show the session as
//! overdue whether flagged or not.
//!
//! ## Deposits
//!
//! Each stored consent holds [`Config::ConsentDeposit`] from whoever granted it, until it is
//! removed (only once it is no longer in force). Each proxy holds [`Config::ProxyDeposit`] from the
//! patient; each break-glass session [`Config::BreakGlassDeposit`] from the opener, until closed.
//! A patient who holds no tokens is sponsored by a consortium organisation ([`Config::Sponsors`],
//! `pallet-sponsorship`): the sponsor's paying account holds their consent and proxy deposits,
//! and is recorded beside each deposit so that it gets it back.
//!
//! ## Privacy
//!
//! Stored: the subject's account (a key the patient chose, possibly a pseudonym used only for
//! consents), organisation ids and role codes, one-byte codes for data classes, purposes and
//! actions, timestamps, and a 32-byte salted commitment for break-glass justifications. No
//! names, identifiers, diagnoses or free text: a consent says *that* a patient lets a hospital
//! read lab results, never what they are. The data class codes are coarse by design (privacy
//! rule 4), and a patient who does not want even that linkable can use a separate account per
//! relationship.

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

pub use types::{Actions, Classes, Consent, ConsentRule, ConsentTerms, Proxy, Purposes, Session};
pub use weights::WeightInfo;

/// What the benchmarks need from the runtime: an organisation in the registry.
#[cfg(feature = "runtime-benchmarks")]
pub trait BenchmarkHelper<AccountId> {
	/// An organisation actively holding `role`, and a member account of it with enough funds
	/// for a few deposits.
	fn organization_with_role(
		role: healthchain_primitives::Role,
	) -> (healthchain_primitives::OrganizationId, AccountId);

	/// An organisation actively holding every role (`Role::ALL`), and a member account of it
	/// with enough funds for a few deposits: a consent to any role is given to it.
	fn organization_with_every_role() -> (healthchain_primitives::OrganizationId, AccountId);
}

/// How a new consent's rule reaches the patient's list of rules (`insert_consent`), stored under
/// the key both carry.
enum ListChange<Rules> {
	/// A replacement of this consent: the list, read whole, is written back with the old
	/// version's rule ended and the new one added.
	Replace(healthchain_primitives::consent::ConsentId, alloc::vec::Vec<u8>, Rules),
	/// A grant: the new rule is appended to the list.
	Append(alloc::vec::Vec<u8>),
}

#[frame_support::pallet]
pub mod pallet {
	use alloc::vec::Vec;

	use codec::DecodeAll;
	use frame_support::{
		pallet_prelude::*,
		storage::StorageDecodeLength,
		traits::{
			fungible::{Inspect, Mutate, MutateHold},
			tokens::Precision,
			Time,
		},
	};
	use frame_system::pallet_prelude::*;
	use healthchain_primitives::{
		consent::{
			Actor, BreakGlassInfo, ConsentId, ConsentInfo, ConsentStatus, Decision, Grantee,
			Moment, OnConsentEnded, Provision, ProxyKind, SessionId, MAX_SESSIONS_PAGE,
		},
		Action, Commitment, ConsentVerifier, DataClass, OrganizationId, OrganizationRegistry,
		Purpose, Role, Sponsors,
	};

	use super::{Consent, ConsentRule, ConsentTerms, ListChange, Proxy, Session, WeightInfo};

	/// A patient's list of consent rules, as [`SubjectConsents`] stores it.
	pub type ConsentRules<T> = BoundedVec<ConsentRule, <T as Config>::MaxConsentsPerSubject>;

	/// The balance type of [`Config::Currency`].
	pub type BalanceOf<T> =
		<<T as Config>::Currency as Inspect<<T as frame_system::Config>::AccountId>>::Balance;

	/// A consent as stored.
	pub type ConsentOf<T> =
		Consent<<T as frame_system::Config>::AccountId, BalanceOf<T>, BlockNumberFor<T>>;

	/// A proxy as stored.
	pub type ProxyOf<T> = Proxy<<T as frame_system::Config>::AccountId, BalanceOf<T>>;

	/// A break-glass session as stored.
	pub type SessionOf<T> = Session<<T as frame_system::Config>::AccountId, BalanceOf<T>>;

	/// The in-code storage version.
	/// 1: [`SubjectConsents`] holds each consent's [`ConsentRule`] instead of its id
	/// ([`crate::migrations::v1`]).
	/// 2: each [`Proxy`] records who paid its deposit (a patient's sponsor may)
	/// ([`crate::migrations::v2`]).
	pub const STORAGE_VERSION: StorageVersion = StorageVersion::new(2);

	#[pallet::pallet]
	#[pallet::storage_version(STORAGE_VERSION)]
	pub struct Pallet<T>(_);

	/// Configuration of the consent pallet.
	#[pallet::config]
	pub trait Config: frame_system::Config {
		/// The currency deposits are held in.
		type Currency: MutateHold<Self::AccountId, Reason = Self::RuntimeHoldReason>
			+ Mutate<Self::AccountId>;

		/// The runtime's hold reasons, which include this pallet's [`HoldReason`].
		type RuntimeHoldReason: From<HoldReason>;

		/// The consortium registry: which organisation an account acts for, with which roles.
		type Registry: OrganizationRegistry<Self::AccountId>;

		/// The chain's clock (milliseconds since the epoch): validity periods, expiry and
		/// break-glass deadlines are measured on it.
		type Time: Time<Moment = Moment>;

		/// Deposit held for each stored consent from its grantor.
		#[pallet::constant]
		type ConsentDeposit: Get<BalanceOf<Self>>;

		/// Deposit held for each proxy from the patient.
		#[pallet::constant]
		type ProxyDeposit: Get<BalanceOf<Self>>;

		/// Deposit held for each break-glass session from the member who opened it.
		#[pallet::constant]
		type BreakGlassDeposit: Get<BalanceOf<Self>>;

		/// Most consents stored per patient (in force or not); also bounds a decision's cost.
		// Lowering it wants a migration of the lists longer than the new bound. Without one, such
		// a list is still read whole and never overwritten (`Pallet::stored_rules`); `try_state`
		// reports it. (A comment, not docs: the docs are in the metadata clients use.)
		#[pallet::constant]
		type MaxConsentsPerSubject: Get<u32>;

		/// Most proxies per patient.
		#[pallet::constant]
		type MaxProxies: Get<u32>;

		/// Most break-glass sessions whose access window is open at once, per patient. Sessions
		/// whose window has ended leave this bound, justified or not, so it only fills when this
		/// many organisations hold emergency access to one patient at the same moment.
		#[pallet::constant]
		type MaxOpenSessions: Get<u32>;

		/// Longest break-glass access (ms).
		#[pallet::constant]
		type MaxBreakGlassDuration: Get<Moment>;

		/// Time from opening a break-glass session to its justification deadline (ms).
		#[pallet::constant]
		type JustificationPeriod: Get<Moment>;

		/// Consortium governance: may end any break-glass session's access early.
		type GovernanceOrigin: EnsureOrigin<Self::RuntimeOrigin>;

		/// Told when a consent is revoked or replaced (trials withdraw what rested on it).
		type OnConsentEnded: OnConsentEnded<Self::AccountId>;

		/// Who pays the deposits of a patient who holds no tokens (their sponsor), and what
		/// sponsorship adds to the weight of the calls a patient signs.
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
		/// The deposit of a stored consent.
		ConsentDeposit,
		/// The deposit of a proxy appointment.
		ProxyDeposit,
		/// The deposit of a break-glass session.
		BreakGlassDeposit,
	}

	/// The id the next consent gets.
	#[pallet::storage]
	pub type NextConsentId<T> = StorageValue<_, ConsentId, ValueQuery>;

	/// Consents by id. Ids are assigned by the chain in sequence, so `Twox64Concat` cannot be
	/// steered by users.
	#[pallet::storage]
	pub type Consents<T: Config> =
		StorageMap<_, Twox64Concat, ConsentId, ConsentOf<T>, OptionQuery>;

	/// The decision-relevant terms of each patient's stored consents ([`ConsentRule`]), oldest
	/// first: one read answers any question about the patient. Kept equal to [`Consents`] by
	/// every call that changes a consent (checked by `try_state`).
	#[pallet::storage]
	pub type SubjectConsents<T: Config> =
		StorageMap<_, Blake2_128Concat, T::AccountId, ConsentRules<T>, ValueQuery>;

	/// The proxies each patient appointed.
	#[pallet::storage]
	pub type Proxies<T: Config> = StorageMap<
		_,
		Blake2_128Concat,
		T::AccountId,
		BoundedVec<ProxyOf<T>, T::MaxProxies>,
		ValueQuery,
	>;

	/// The id the next break-glass session gets.
	#[pallet::storage]
	pub type NextSessionId<T> = StorageValue<_, SessionId, ValueQuery>;

	/// Break-glass sessions by id (sequential, hence `Twox64Concat`).
	#[pallet::storage]
	pub type Sessions<T: Config> =
		StorageMap<_, Twox64Concat, SessionId, SessionOf<T>, OptionQuery>;

	/// The break-glass sessions on each patient whose access window may still be open, oldest
	/// first. Sessions whose window has ended are dropped from it by the next opening on the
	/// same patient or by [`Pallet::end_break_glass`]; they stay in [`Sessions`] and
	/// [`SubjectSessions`].
	#[pallet::storage]
	pub type OpenSessions<T: Config> = StorageMap<
		_,
		Blake2_128Concat,
		T::AccountId,
		BoundedVec<SessionId, T::MaxOpenSessions>,
		ValueQuery,
	>;

	/// Every stored break-glass session of each patient (open, ended, overdue, flagged) until
	/// it is closed. A map, not a bounded list, so no number of forgotten sessions can fill it;
	/// each entry is paid for by its session's deposit.
	#[pallet::storage]
	pub type SubjectSessions<T: Config> = StorageDoubleMap<
		_,
		Blake2_128Concat,
		T::AccountId,
		Twox64Concat,
		SessionId,
		(),
		OptionQuery,
	>;

	/// Events of the consent pallet.
	#[pallet::event]
	#[pallet::generate_deposit(pub(super) fn deposit_event)]
	pub enum Event<T: Config> {
		/// A consent was granted.
		ConsentGranted {
			/// The new consent.
			consent: ConsentId,
			/// The patient.
			subject: T::AccountId,
			/// Who signed it (the patient or a proxy).
			grantor: T::AccountId,
			/// Permit or deny. (The grantee and scope are in the stored consent, not here: a
			/// patient's account beside an organisation stays out of the event history, which
			/// outlives the consent's removal.)
			provision: Provision,
		},
		/// A consent was revoked; it is no longer in force.
		ConsentRevoked {
			/// The consent.
			consent: ConsentId,
			/// The patient.
			subject: T::AccountId,
			/// Who revoked it.
			by: T::AccountId,
		},
		/// A consent was replaced by a new version.
		ConsentReplaced {
			/// The replaced consent, now superseded.
			old: ConsentId,
			/// The new version.
			new: ConsentId,
			/// The patient.
			subject: T::AccountId,
			/// Who replaced it (the patient or a proxy).
			by: T::AccountId,
		},
		/// A consent no longer in force was removed and its deposit returned.
		ConsentRemoved {
			/// The consent.
			consent: ConsentId,
			/// The patient.
			subject: T::AccountId,
		},
		/// A patient appointed a proxy.
		ProxyAppointed {
			/// The patient.
			subject: T::AccountId,
			/// The proxy.
			proxy: T::AccountId,
			/// Guardian or legal representative.
			kind: ProxyKind,
			/// End of the appointment (ms), if any.
			until: Option<Moment>,
		},
		/// A proxy appointment ended.
		ProxyRemoved {
			/// The patient.
			subject: T::AccountId,
			/// The former proxy.
			proxy: T::AccountId,
		},
		/// Emergency access to a patient's data was opened. It names the patient, so their app
		/// sees it; the organisation holding access is in the stored session (`Sessions`), not
		/// in the event history, which outlives the session.
		BreakGlassOpened {
			/// The session.
			session: SessionId,
			/// The patient.
			subject: T::AccountId,
			/// Access ends at (ms).
			expires_at: Moment,
			/// The justification is due by (ms).
			justification_due: Moment,
		},
		/// A break-glass session was justified.
		BreakGlassJustified {
			/// The session.
			session: SessionId,
			/// Whether the justification came after the deadline.
			late: bool,
		},
		/// A break-glass justification is overdue, and now flagged.
		JustificationOverdue {
			/// The session.
			session: SessionId,
		},
		/// A justified break-glass session was closed and its deposit returned.
		BreakGlassClosed {
			/// The session.
			session: SessionId,
		},
		/// A break-glass session left the patient's open sessions: its access was ended early
		/// by the patient, a proxy or governance, or had already run out.
		BreakGlassEnded {
			/// The session.
			session: SessionId,
			/// Whether access was still open and was cut short now.
			early: bool,
		},
	}

	/// Errors of the consent pallet.
	#[pallet::error]
	pub enum Error<T> {
		/// No such consent.
		ConsentNotFound,
		/// The account is not a proxy of this patient.
		ProxyNotFound,
		/// No such break-glass session.
		SessionNotFound,
		/// The caller may not do this: not the patient, not their proxy, not a member of the
		/// organisation concerned.
		NotAuthorized,
		/// The grantee organisation does not exist.
		UnknownOrganization,
		/// A consent must name at least one data class, purpose and action.
		EmptyScope,
		/// A data class, purpose or action is listed twice.
		Duplicate,
		/// A sensitive category (genomics, mental health, sexual or reproductive health, substance
		/// use) is named in plain: on chain it is `Restricted`, the category stays in the
		/// committed document (docs/privacy.md).
		SensitiveCategory,
		/// The period is empty, already over, or longer than allowed.
		InvalidPeriod,
		/// A time computed from the arguments does not fit the clock's range.
		TimeOverflow,
		/// The patient already has `MaxConsentsPerSubject` consents stored.
		TooManyConsents,
		/// The consent is not active (revoked or superseded).
		NotActive,
		/// The consent is still in force: revoke it first.
		StillInForce,
		/// The proxy is already appointed.
		ProxyAlreadyAppointed,
		/// The organisation already has an open break-glass session on this patient.
		SessionAlreadyOpen,
		/// A patient cannot be their own proxy.
		SelfProxy,
		/// The patient already has `MaxProxies` proxies.
		TooManyProxies,
		/// Break-glass needs an organisation actively holding a clinical role.
		NotClinical,
		/// `MaxOpenSessions` organisations already hold open break-glass access to this patient.
		TooManySessions,
		/// The session already has a justification.
		AlreadyJustified,
		/// The justification is not overdue (not yet due, or given).
		NotOverdue,
		/// The missing justification is already flagged.
		AlreadyFlagged,
		/// Only a justified session can be closed.
		NotJustified,
		/// All consent ids are used.
		ConsentIdsExhausted,
		/// All break-glass session ids are used.
		SessionIdsExhausted,
		/// The session's access is still open: only the patient or governance may end it early.
		StillOpen,
		/// The session is not among the patient's open sessions (already ended or dropped).
		NotOpen,
	}

	#[pallet::hooks]
	impl<T: Config> Hooks<BlockNumberFor<T>> for Pallet<T> {
		fn integrity_test() {
			assert!(T::MaxConsentsPerSubject::get() >= 1, "a patient must be able to consent");
			assert!(T::MaxBreakGlassDuration::get() >= 1, "break-glass needs a duration");
		}

		#[cfg(feature = "try-runtime")]
		fn try_state(_n: BlockNumberFor<T>) -> Result<(), sp_runtime::TryRuntimeError> {
			Self::do_try_state()
		}
	}

	#[pallet::call]
	impl<T: Config> Pallet<T> {
		/// Grants (or denies) `terms` on `subject`'s data.
		///
		/// Origin: signed by `subject`, or by a proxy `subject` appointed whose appointment has
		/// not ended. Holds [`Config::ConsentDeposit`] from the signer, or from the signer's
		/// sponsor ([`Config::Sponsors`]). Emits [`Event::ConsentGranted`].
		#[pallet::call_index(0)]
		#[pallet::weight(
			T::WeightInfo::grant(Pallet::<T>::most_listed().saturating_sub(1))
				.saturating_add(T::Sponsors::sponsored_call_weight())
		)]
		pub fn grant(
			origin: OriginFor<T>,
			subject: T::AccountId,
			terms: ConsentTerms,
		) -> DispatchResultWithPostInfo {
			let who = ensure_signed(origin)?;
			Self::ensure_may_act_for(&who, &subject)?;
			let (_, listed, sponsorship) = Self::insert_consent(who.clone(), subject, terms, None)?;
			Ok(Some(T::WeightInfo::grant(listed).saturating_add(sponsorship)).into())
		}

		/// Revokes consent `consent`, with effect from this block; what rested on it follows
		/// ([`Config::OnConsentEnded`]: trial enrolments are withdrawn).
		///
		/// Origin: signed by its subject or their proxy. Emits [`Event::ConsentRevoked`].
		#[pallet::call_index(1)]
		#[pallet::weight(
			T::WeightInfo::revoke(Pallet::<T>::most_listed())
				.saturating_add(T::OnConsentEnded::weight())
				.saturating_add(T::Sponsors::sponsored_call_weight())
		)]
		pub fn revoke(origin: OriginFor<T>, consent: ConsentId) -> DispatchResultWithPostInfo {
			let who = ensure_signed(origin)?;
			let mut stored = Consents::<T>::get(consent).ok_or(Error::<T>::ConsentNotFound)?;
			Self::ensure_may_act_for(&who, &stored.subject)?;
			ensure!(stored.status == ConsentStatus::Active, Error::<T>::NotActive);
			let now = T::Time::now();
			stored.status = ConsentStatus::Revoked;
			stored.ended_at = Some(now);
			let subject = stored.subject.clone();
			Consents::<T>::insert(consent, stored);
			let listed = Self::end_rule(&subject, consent, now)?;
			Self::deposit_event(Event::ConsentRevoked {
				consent,
				subject: subject.clone(),
				by: who.clone(),
			});
			let hook = T::OnConsentEnded::on_consent_ended(&subject, consent, None);
			let own = T::WeightInfo::revoke(listed).saturating_add(hook);
			Ok(Some(Self::signed_weight(own, &who)).into())
		}

		/// Replaces active consent `consent` with a new version carrying `terms`; the old one
		/// is superseded from this block. What rested on the old version follows
		/// ([`Config::OnConsentEnded`]: a trial enrolment moves to the new version if that alone
		/// still covers the trial's data use, else it is withdrawn).
		///
		/// Origin: signed by its subject or their proxy. Holds [`Config::ConsentDeposit`] for the
		/// new version from the signer or their sponsor. Emits [`Event::ConsentGranted`] and
		/// [`Event::ConsentReplaced`].
		#[pallet::call_index(2)]
		#[pallet::weight(
			T::WeightInfo::replace(Pallet::<T>::most_listed().saturating_sub(1))
				.saturating_add(T::OnConsentEnded::weight())
				.saturating_add(T::Sponsors::sponsored_call_weight())
		)]
		pub fn replace(
			origin: OriginFor<T>,
			consent: ConsentId,
			terms: ConsentTerms,
		) -> DispatchResultWithPostInfo {
			let who = ensure_signed(origin)?;
			let mut old = Consents::<T>::get(consent).ok_or(Error::<T>::ConsentNotFound)?;
			Self::ensure_may_act_for(&who, &old.subject)?;
			ensure!(old.status == ConsentStatus::Active, Error::<T>::NotActive);
			let subject = old.subject.clone();
			// Also ends the old version's rule, in the same write of the patient's list.
			let (new, listed, sponsorship) =
				Self::insert_consent(who.clone(), subject.clone(), terms, Some(consent))?;
			old.status = ConsentStatus::Superseded;
			old.superseded_by = Some(new);
			old.ended_at = Some(T::Time::now());
			Consents::<T>::insert(consent, old);
			Self::deposit_event(Event::ConsentReplaced {
				old: consent,
				new,
				subject: subject.clone(),
				by: who.clone(),
			});
			let hook = T::OnConsentEnded::on_consent_ended(&subject, consent, Some(new));
			let own = T::WeightInfo::replace(listed).saturating_add(hook);
			Ok(Some(own.saturating_add(sponsorship)).into())
		}

		/// Removes a consent that is no longer in force (revoked, superseded or expired) and
		/// returns its deposit to whoever paid it.
		///
		/// Origin: signed by its subject or their proxy, or by whoever paid its deposit (a
		/// sponsor whose patient holds no tokens can take its deposit back). Emits
		/// [`Event::ConsentRemoved`].
		#[pallet::call_index(3)]
		#[pallet::weight(
			T::WeightInfo::remove(Pallet::<T>::most_listed())
				.saturating_add(T::Sponsors::sponsored_call_weight())
		)]
		pub fn remove(origin: OriginFor<T>, consent: ConsentId) -> DispatchResultWithPostInfo {
			let who = ensure_signed(origin)?;
			let stored = Consents::<T>::get(consent).ok_or(Error::<T>::ConsentNotFound)?;
			if who != stored.depositor {
				Self::ensure_may_act_for(&who, &stored.subject)?;
			}
			let now = T::Time::now();
			ensure!(
				stored.status != ConsentStatus::Active || stored.expired_at(now),
				Error::<T>::StillInForce
			);
			T::Currency::release(
				&HoldReason::ConsentDeposit.into(),
				&stored.depositor,
				stored.deposit,
				Precision::Exact,
			)?;
			let listed = Self::change_rules(&stored.subject, |rules| {
				let listed = rules.len() as u32;
				rules.retain(|rule| rule.id != consent);
				listed
			})?;
			Consents::<T>::remove(consent);
			Self::deposit_event(Event::ConsentRemoved { consent, subject: stored.subject });
			Ok(Some(Self::signed_weight(T::WeightInfo::remove(listed), &who)).into())
		}

		/// Appoints `proxy` to grant, replace and revoke consents on the caller's behalf, until
		/// `until` (ms, exclusive) if given.
		///
		/// Origin: signed by the patient. Holds [`Config::ProxyDeposit`] from them or their
		/// sponsor. Emits [`Event::ProxyAppointed`].
		#[pallet::call_index(4)]
		#[pallet::weight(
			T::WeightInfo::appoint_proxy().saturating_add(T::Sponsors::sponsored_call_weight())
		)]
		pub fn appoint_proxy(
			origin: OriginFor<T>,
			proxy: T::AccountId,
			kind: ProxyKind,
			until: Option<Moment>,
		) -> DispatchResultWithPostInfo {
			let subject = ensure_signed(origin)?;
			ensure!(proxy != subject, Error::<T>::SelfProxy);
			ensure!(until.is_none_or(|u| u > T::Time::now()), Error::<T>::InvalidPeriod);
			let mut proxies = Proxies::<T>::get(&subject);
			ensure!(!proxies.iter().any(|p| p.account == proxy), Error::<T>::ProxyAlreadyAppointed);
			let deposit = T::ProxyDeposit::get();
			let (depositor, sponsorship) = T::Sponsors::deposit_payer_and_weight_used(&subject);
			proxies
				.try_push(Proxy {
					account: proxy.clone(),
					kind,
					until,
					depositor: depositor.clone(),
					deposit,
				})
				.map_err(|_| Error::<T>::TooManyProxies)?;
			T::Currency::hold(&HoldReason::ProxyDeposit.into(), &depositor, deposit)?;
			Proxies::<T>::insert(&subject, proxies);
			let used = T::WeightInfo::appoint_proxy().saturating_add(sponsorship);
			Self::deposit_event(Event::ProxyAppointed { subject, proxy, kind, until });
			Ok(Some(used).into())
		}

		/// Ends `proxy`'s appointment for `subject` and returns the deposit to whoever paid it.
		///
		/// Origin: signed by the patient, or by the proxy stepping down; or, once the appointment
		/// has ended (`until` passed), by whoever paid its deposit (a sponsor takes it back).
		/// Emits [`Event::ProxyRemoved`].
		#[pallet::call_index(5)]
		#[pallet::weight(
			T::WeightInfo::remove_proxy().saturating_add(T::Sponsors::sponsored_call_weight())
		)]
		pub fn remove_proxy(
			origin: OriginFor<T>,
			subject: T::AccountId,
			proxy: T::AccountId,
		) -> DispatchResultWithPostInfo {
			let who = ensure_signed(origin)?;
			let mut proxies = Proxies::<T>::get(&subject);
			let index = proxies.iter().position(|p| p.account == proxy);
			// Whoever paid the deposit (a patient's sponsor) may take back that of an
			// appointment that has ended; only the patient or the proxy ends one. Asked last:
			// only that path reads the clock (what the benchmark measures).
			let ended_and_paid_by_caller = || {
				index.and_then(|i| proxies.get(i)).is_some_and(|p| {
					p.depositor == who && p.until.is_some_and(|until| until <= T::Time::now())
				})
			};
			ensure!(
				who == subject || who == proxy || ended_and_paid_by_caller(),
				Error::<T>::NotAuthorized
			);
			let removed = proxies.remove(index.ok_or(Error::<T>::ProxyNotFound)?);
			T::Currency::release(
				&HoldReason::ProxyDeposit.into(),
				&removed.depositor,
				removed.deposit,
				Precision::Exact,
			)?;
			if proxies.is_empty() {
				Proxies::<T>::remove(&subject);
			} else {
				Proxies::<T>::insert(&subject, proxies);
			}
			Self::deposit_event(Event::ProxyRemoved { subject, proxy });
			Ok(Some(Self::signed_weight(T::WeightInfo::remove_proxy(), &who)).into())
		}

		/// Opens emergency access to `subject`'s data for `duration` ms, for the caller's
		/// organisation, with purpose `EmergencyTreatment`.
		///
		/// Sessions on the patient whose access has ended are first dropped from the patient's
		/// open sessions (they stay stored, and visible as overdue until justified), so only
		/// `MaxOpenSessions` organisations holding access at the same moment can refuse another.
		///
		/// Origin: signed by a member of an organisation actively holding a clinical role. Holds
		/// [`Config::BreakGlassDeposit`] from the caller. Emits [`Event::BreakGlassOpened`].
		#[pallet::call_index(6)]
		#[pallet::weight(T::WeightInfo::open_break_glass())]
		pub fn open_break_glass(
			origin: OriginFor<T>,
			subject: T::AccountId,
			duration: Moment,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			let organization = Role::ALL
				.into_iter()
				.filter(|role| role.is_clinical())
				.find_map(|role| T::Registry::acting_with_role(&who, role))
				.ok_or(Error::<T>::NotClinical)?;
			ensure!(
				duration >= 1 && duration <= T::MaxBreakGlassDuration::get(),
				Error::<T>::InvalidPeriod
			);
			let now = T::Time::now();
			let mut open = OpenSessions::<T>::get(&subject);
			let mut already_open = false;
			// At most `MaxOpenSessions` reads, each a distinct session: the benchmark's case.
			open.retain(|id| match Sessions::<T>::get(id) {
				Some(s) if s.open_at(now) => {
					already_open |= s.organization == organization;
					true
				},
				_ => false,
			});
			ensure!(!already_open, Error::<T>::SessionAlreadyOpen);
			let id = NextSessionId::<T>::get();
			let next = id.checked_add(1).ok_or(Error::<T>::SessionIdsExhausted)?;
			open.try_push(id).map_err(|_| Error::<T>::TooManySessions)?;
			let expires_at = now.checked_add(duration).ok_or(Error::<T>::TimeOverflow)?;
			let justification_due =
				now.checked_add(T::JustificationPeriod::get()).ok_or(Error::<T>::TimeOverflow)?;
			let deposit = T::BreakGlassDeposit::get();
			T::Currency::hold(&HoldReason::BreakGlassDeposit.into(), &who, deposit)?;

			NextSessionId::<T>::put(next);
			OpenSessions::<T>::insert(&subject, open);
			SubjectSessions::<T>::insert(&subject, id, ());
			Sessions::<T>::insert(
				id,
				Session {
					subject: subject.clone(),
					organization,
					opened_by: who.clone(),
					opened_at: now,
					expires_at,
					justification_due,
					justification: None,
					flagged: false,
					deposit,
				},
			);
			Self::deposit_event(Event::BreakGlassOpened {
				session: id,
				subject,
				expires_at,
				justification_due,
			});
			Ok(())
		}

		/// Records the salted commitment to the off-chain justification of session `session`.
		/// Late justifications are accepted and marked late; a flag stays.
		///
		/// Origin: signed by a member of the organisation that opened it. Emits
		/// [`Event::BreakGlassJustified`].
		#[pallet::call_index(7)]
		#[pallet::weight(T::WeightInfo::justify())]
		pub fn justify(
			origin: OriginFor<T>,
			session: SessionId,
			justification: Commitment,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			let mut stored = Sessions::<T>::get(session).ok_or(Error::<T>::SessionNotFound)?;
			ensure!(
				T::Registry::organization_of(&who) == Some(stored.organization),
				Error::<T>::NotAuthorized
			);
			ensure!(stored.justification.is_none(), Error::<T>::AlreadyJustified);
			let late = stored.overdue_at(T::Time::now());
			stored.justification = Some(justification);
			Sessions::<T>::insert(session, stored);
			Self::deposit_event(Event::BreakGlassJustified { session, late });
			Ok(())
		}

		/// Flags session `session` whose justification is missing past its deadline.
		///
		/// Origin: any signed account (the patient, a regulator, a watchdog). Emits
		/// [`Event::JustificationOverdue`].
		#[pallet::call_index(8)]
		#[pallet::weight(T::WeightInfo::flag_overdue())]
		pub fn flag_overdue(origin: OriginFor<T>, session: SessionId) -> DispatchResult {
			ensure_signed(origin)?;
			let mut stored = Sessions::<T>::get(session).ok_or(Error::<T>::SessionNotFound)?;
			ensure!(!stored.flagged, Error::<T>::AlreadyFlagged);
			ensure!(stored.overdue_at(T::Time::now()), Error::<T>::NotOverdue);
			stored.flagged = true;
			Sessions::<T>::insert(session, stored);
			Self::deposit_event(Event::JustificationOverdue { session });
			Ok(())
		}

		/// Closes a justified session — ending access now if still open — removes it and
		/// returns the deposit to whoever opened it.
		///
		/// Origin: signed by a member of the organisation that opened it, or, once its access
		/// has ended, by the account that opened it (which so gets its deposit back after
		/// leaving the organisation or the organisation's removal). Emits
		/// [`Event::BreakGlassClosed`].
		#[pallet::call_index(9)]
		#[pallet::weight(T::WeightInfo::close_break_glass())]
		pub fn close_break_glass(origin: OriginFor<T>, session: SessionId) -> DispatchResult {
			let who = ensure_signed(origin)?;
			let stored = Sessions::<T>::get(session).ok_or(Error::<T>::SessionNotFound)?;
			// The organisation's members first; the opener's path also reads the clock (what
			// the benchmark measures).
			ensure!(
				T::Registry::organization_of(&who) == Some(stored.organization)
					|| (who == stored.opened_by && !stored.open_at(T::Time::now())),
				Error::<T>::NotAuthorized
			);
			ensure!(stored.justification.is_some(), Error::<T>::NotJustified);
			T::Currency::release(
				&HoldReason::BreakGlassDeposit.into(),
				&stored.opened_by,
				stored.deposit,
				Precision::Exact,
			)?;
			OpenSessions::<T>::mutate_exists(&stored.subject, |ids| {
				if let Some(list) = ids {
					list.retain(|id| *id != session);
					if list.is_empty() {
						*ids = None;
					}
				}
			});
			SubjectSessions::<T>::remove(&stored.subject, session);
			Sessions::<T>::remove(session);
			Self::deposit_event(Event::BreakGlassClosed { session });
			Ok(())
		}

		/// Takes session `session` out of its patient's open sessions, ending its access now if
		/// it is still open. The session stays stored (and overdue until justified); only
		/// [`Pallet::close_break_glass`] removes it.
		///
		/// Origin: the patient themselves, or [`Config::GovernanceOrigin`], at any time; any
		/// other signed account (a proxy included: emergency care is not theirs to cut short)
		/// once the session's access has run out (tidying). Emits [`Event::BreakGlassEnded`].
		#[pallet::call_index(10)]
		#[pallet::weight(
			T::WeightInfo::end_break_glass().saturating_add(T::Sponsors::sponsored_call_weight())
		)]
		pub fn end_break_glass(
			origin: OriginFor<T>,
			session: SessionId,
		) -> DispatchResultWithPostInfo {
			let mut stored = Sessions::<T>::get(session).ok_or(Error::<T>::SessionNotFound)?;
			// Governance pays no fee: only a signer's call keeps a sponsor's part.
			let (privileged, used) = match T::GovernanceOrigin::try_origin(origin) {
				Ok(_) => (true, T::WeightInfo::end_break_glass()),
				Err(origin) => {
					let who = ensure_signed(origin)?;
					let used = Self::signed_weight(T::WeightInfo::end_break_glass(), &who);
					(who == stored.subject, used)
				},
			};
			let now = T::Time::now();
			let early = stored.open_at(now);
			ensure!(privileged || !early, Error::<T>::StillOpen);
			let mut open = OpenSessions::<T>::get(&stored.subject);
			let listed = open.contains(&session);
			ensure!(early || listed, Error::<T>::NotOpen);
			open.retain(|id| *id != session);
			if open.is_empty() {
				OpenSessions::<T>::remove(&stored.subject);
			} else {
				OpenSessions::<T>::insert(&stored.subject, open);
			}
			if early {
				stored.expires_at = now;
			}
			Sessions::<T>::insert(session, stored);
			Self::deposit_event(Event::BreakGlassEnded { session, early });
			Ok(Some(used).into())
		}
	}

	impl<T: Config> Pallet<T> {
		/// What a call `who` signed used: `own` — its benchmarked weight, and for a call that
		/// ended a consent what the hook reported (at most [`OnConsentEnded::weight`], which the
		/// call was charged) — and sponsorship's part, all of it only when a sponsor paid
		/// ([`Sponsors::sponsored_call_weight_used`]).
		fn signed_weight(own: Weight, who: &T::AccountId) -> Weight {
			own.saturating_add(T::Sponsors::sponsored_call_weight_used(who))
		}

		/// `who` may act for `subject`: it is the subject, or a proxy whose appointment has
		/// not ended.
		fn ensure_may_act_for(who: &T::AccountId, subject: &T::AccountId) -> DispatchResult {
			// The patient acting for themselves needs no clock and no proxy list.
			let may = who == subject
				|| <Self as ConsentVerifier<T::AccountId>>::may_act_for(
					who,
					subject,
					T::Time::now(),
				);
			ensure!(may, Error::<T>::NotAuthorized);
			Ok(())
		}

		/// The most consents a patient's list holds, which the calls that change it are
		/// charged for before they run.
		fn most_listed() -> u32 {
			T::MaxConsentsPerSubject::get()
		}

		/// Validates `terms`, holds the deposit from `grantor` and stores a new consent; returns
		/// its id, how many consents the patient's list held before it (what the call is
		/// charged for) and what sponsorship added to the call `grantor` signed
		/// ([`Sponsors::sponsored_call_weight_used`], from the deposit payer's look-up when the
		/// patient signs).
		///
		/// It writes before its last check (the bound, after a grant's append), so it runs only
		/// inside a storage layer, which undoes those writes on a refusal: every dispatchable
		/// runs in one, and anywhere else it returns `NoLayer` before it writes.
		#[frame_support::require_transactional]
		fn insert_consent(
			grantor: T::AccountId,
			subject: T::AccountId,
			terms: ConsentTerms,
			supersedes: Option<ConsentId>,
		) -> Result<(ConsentId, u32, Weight), DispatchError> {
			ensure!(
				!terms.classes.is_empty()
					&& !terms.purposes.is_empty()
					&& !terms.actions.is_empty(),
				Error::<T>::EmptyScope
			);
			ensure!(
				!healthchain_primitives::has_duplicates(&terms.classes)
					&& !healthchain_primitives::has_duplicates(&terms.purposes)
					&& !healthchain_primitives::has_duplicates(&terms.actions),
				Error::<T>::Duplicate
			);
			ensure!(
				terms.classes.iter().all(|c| c.is_allowed_on_chain()),
				Error::<T>::SensitiveCategory
			);
			if let Grantee::Organization(org) = terms.grantee {
				ensure!(T::Registry::exists(org), Error::<T>::UnknownOrganization);
			}
			let now = T::Time::now();
			// A consent is never in force before the block that stores it: a start in the past
			// means "from now".
			let valid_from = terms.valid_from.map_or(now, |from| from.max(now));
			if let Some(until) = terms.valid_until {
				ensure!(until > valid_from, Error::<T>::InvalidPeriod);
			}
			// A replacement rewrites the patient's list, in which it also ends the old version's
			// rule, and is refused here if the list it read is at or above the bound. A grant
			// appends its rule without decoding or re-encoding the list in the runtime and checks
			// the bound after the append, below. Either way a list at or above the bound, which
			// only a lowered bound would leave ([`Self::stored_rules`]), is refused by its
			// length, not read as empty and overwritten.
			let key = SubjectConsents::<T>::hashed_key_for(&subject);
			let change = match supersedes {
				Some(old) => {
					let rules = Self::stored_rules(&key)?;
					ensure!(
						(rules.len() as u32) < T::MaxConsentsPerSubject::get(),
						Error::<T>::TooManyConsents
					);
					ListChange::Replace(old, key, rules)
				},
				None => ListChange::Append(key),
			};
			let id = NextConsentId::<T>::get();
			let next = id.checked_add(1).ok_or(Error::<T>::ConsentIdsExhausted)?;
			let deposit = T::ConsentDeposit::get();
			// A patient's sponsor pays for the patient's own consents only, not for those a
			// sponsored account signs as somebody's proxy: that bounds what a sponsor can be
			// made to hold to `MaxConsentsPerSubject` deposits per sponsored patient.
			let (depositor, sponsorship) = if grantor == subject {
				T::Sponsors::deposit_payer_and_weight_used(&subject)
			} else {
				(grantor.clone(), T::Sponsors::sponsored_call_weight_used(&grantor))
			};
			let consent = Consent {
				subject: subject.clone(),
				grantor: grantor.clone(),
				grantee: terms.grantee,
				provision: terms.provision,
				classes: terms.classes,
				purposes: terms.purposes,
				actions: terms.actions,
				valid_from,
				valid_until: terms.valid_until,
				status: ConsentStatus::Active,
				supersedes,
				superseded_by: None,
				created: frame_system::Pallet::<T>::block_number(),
				created_at: now,
				ended_at: None,
				depositor: depositor.clone(),
				deposit,
			};
			let rule = ConsentRule::of(id, &consent);
			T::Currency::hold(&HoldReason::ConsentDeposit.into(), &depositor, deposit)?;

			NextConsentId::<T>::put(next);
			let listed = match change {
				// A replacement ends the old version from this block; the list, within the bound
				// (checked above), gains one rule.
				ListChange::Replace(old, key, mut rules) => {
					let listed = rules.len() as u32;
					Self::end_rule_in(&mut rules, old, now);
					rules.push(rule);
					frame_support::defensive_assert!(
						rules.len() as u32 <= T::MaxConsentsPerSubject::get(),
						"a replacement lengthened a list past the bound"
					);
					frame_support::storage::unhashed::put(&key, &rules);
					listed
				},
				// `try_append`'s append on the key hashed above, with the bound checked after it:
				// the append brings the stored list into the block's overlay, so its length (the
				// encoding's prefix) is read back from there, where reading it first, as
				// `try_append` does, looked the stored list up in the state twice in one call (for
				// the length, then for the append). A refusal undoes the append with the rest of
				// the call (the storage layer above). A count of 0 after an append is one that
				// wrapped (a corrupt prefix of `u32::MAX`): refused like any list past the bound.
				ListChange::Append(key) => {
					sp_io::storage::append(&key, rule.encode());
					let after = <ConsentRules<T> as StorageDecodeLength>::decode_len(&key)
						.unwrap_or(0) as u32;
					ensure!(
						(1..=T::MaxConsentsPerSubject::get()).contains(&after),
						Error::<T>::TooManyConsents
					);
					after - 1
				},
			};
			Consents::<T>::insert(id, consent);
			Self::deposit_event(Event::ConsentGranted {
				consent: id,
				subject,
				grantor,
				provision: terms.provision,
			});
			Ok((id, listed, sponsorship))
		}

		/// Marks the rule of consent `id` in `subject`'s list as ended at `at` (a revocation);
		/// returns how many consents the list holds (what the revocation is charged for).
		fn end_rule(
			subject: &T::AccountId,
			id: ConsentId,
			at: Moment,
		) -> Result<u32, DispatchError> {
			Self::change_rules(subject, |rules| {
				Self::end_rule_in(rules, id, at);
				rules.len() as u32
			})
		}

		/// Marks the rule of consent `id` in `rules` as ended at `at`.
		fn end_rule_in(rules: &mut [ConsentRule], id: ConsentId, at: Moment) {
			if let Some(rule) = rules.iter_mut().find(|rule| rule.id == id) {
				rule.ended_at = Some(at);
			}
		}

		/// The list of rules stored under `key` (a key of [`SubjectConsents`]), whatever its
		/// length; empty if none is stored, [`DispatchError::Corruption`] if what is stored is
		/// not exactly a list of rules (it does not decode, or bytes follow the list).
		///
		/// A list longer than [`Config::MaxConsentsPerSubject`] does not decode as
		/// [`ConsentRules`]: one stored before the bound was lowered, were a runtime upgrade ever
		/// to lower it without migrating the lists. FRAME reads such a value as empty, so a
		/// decision would ignore every consent of the patient, and a revocation or removal
		/// writing the list back would erase them all. Every read of the list goes through
		/// this: decisions see the whole list, revocations and removals (which never lengthen
		/// it) change it and write it back whole ([`Self::change_rules`]), and grants and
		/// replacements refuse it by its length and write nothing (`insert_consent`).
		/// The calls that read such a list do more than they were charged for before they ran,
		/// by the rules beyond the bound — at most the largest bound ever in force less the
		/// current one, per list read — and no call makes a new such list: revocations,
		/// removals and refused replacements, the decisions of `decide`, `records::log_access`,
		/// `trials::enroll`/`reconsent` and `claims::submit_claim` (all benchmarked at the
		/// bound), and a refused grant, whose proof holds the whole stored list, not the
		/// bound's. `try_state` reports such a list.
		pub(crate) fn stored_rules(key: &[u8]) -> Result<Vec<ConsentRule>, DispatchError> {
			sp_io::storage::get(key).map_or(Ok(Vec::new()), |stored| {
				Vec::<ConsentRule>::decode_all(&mut &stored[..])
					.map_err(|_| DispatchError::Corruption)
			})
		}

		/// `subject`'s list of rules as stored, whatever its length ([`Self::stored_rules`]); a
		/// stored value that is not a list of rules gives none, so every decision on it is
		/// `NotApplicable` ("not allowed"), and is logged.
		pub(crate) fn rules_of(subject: &T::AccountId) -> Vec<ConsentRule> {
			let key = SubjectConsents::<T>::hashed_key_for(subject);
			Self::stored_rules(&key).unwrap_or_else(|_| {
				log::error!(
					target: "runtime::consent",
					"the consent list at 0x{} is not a list of rules: no consent is read from it",
					key.iter().map(|b| alloc::format!("{b:02x}")).collect::<alloc::string::String>()
				);
				Vec::new()
			})
		}

		/// Changes `subject`'s list of rules with `change`, which must not lengthen it, and
		/// writes it back whole, whatever its length ([`Self::stored_rules`]); returns what
		/// `change` returns. A stored value that is not a list of rules is left as it is, and
		/// the call fails ([`DispatchError::Corruption`]).
		fn change_rules<R>(
			subject: &T::AccountId,
			change: impl FnOnce(&mut Vec<ConsentRule>) -> R,
		) -> Result<R, DispatchError> {
			let key = SubjectConsents::<T>::hashed_key_for(subject);
			let mut rules = Self::stored_rules(&key)?;
			let listed = rules.len();
			let result = change(&mut rules);
			frame_support::defensive_assert!(
				rules.len() <= listed,
				"only grants and replacements lengthen a list"
			);
			frame_support::storage::unhashed::put(&key, &rules);
			Ok(result)
		}

		/// Whether consent `rule` covers `action` on `class` for `purpose` (the grantee is
		/// checked apart, with [`GranteeCheck`]).
		fn covers(rule: &ConsentRule, action: Action, class: DataClass, purpose: Purpose) -> bool {
			rule.actions.contains(&action)
				&& rule.purposes.contains(&purpose)
				&& rule.classes.iter().any(|granted| granted.covers(class))
		}

		/// The decision for `organization` (see the crate docs for the rule).
		pub fn decide_for_organization(
			subject: &T::AccountId,
			organization: OrganizationId,
			action: Action,
			class: DataClass,
			purpose: Purpose,
			at: Moment,
		) -> Decision {
			// A question about a named sensitive category is one about `Restricted` data.
			let class = class.on_chain();
			let mut permit = None;
			let mut grantee = GranteeCheck::<T>::new(organization);
			for rule in Self::rules_of(subject) {
				if !rule.in_force_at(at)
					|| !Self::covers(&rule, action, class, purpose)
					|| !grantee.matches(rule.grantee)
				{
					continue;
				}
				match rule.provision {
					// Ids are in ascending order: the first deny found is the oldest.
					Provision::Deny => return Decision::Deny { consent: rule.id },
					Provision::Permit => {
						permit.get_or_insert(rule.id);
					},
				}
			}
			permit.map_or(Decision::NotApplicable, |consent| Decision::Permit { consent })
		}

		/// The decision for `actor` at `at` (default: now), for the runtime API.
		pub fn decide(
			subject: &T::AccountId,
			actor: Actor<T::AccountId>,
			action: Action,
			class: DataClass,
			purpose: Purpose,
			at: Option<Moment>,
		) -> Decision {
			let organization = match actor {
				Actor::Organization(org) => Some(org),
				Actor::Account(account) => T::Registry::organization_of(&account),
			};
			let at = at.unwrap_or_else(T::Time::now);
			organization.map_or(Decision::NotApplicable, |org| {
				Self::decide_for_organization(subject, org, action, class, purpose, at)
			})
		}

		/// Consent `id` as queries report it, at the current time.
		pub fn consent_info(id: ConsentId) -> Option<ConsentInfo<T::AccountId>> {
			let c = Consents::<T>::get(id)?;
			let now = T::Time::now();
			Some(ConsentInfo {
				id,
				expired: c.expired_at(now),
				subject: c.subject,
				grantor: c.grantor,
				grantee: c.grantee,
				provision: c.provision,
				classes: c.classes.into_inner(),
				purposes: c.purposes.into_inner(),
				actions: c.actions.into_inner(),
				valid_from: c.valid_from,
				valid_until: c.valid_until,
				status: c.status,
				supersedes: c.supersedes,
				superseded_by: c.superseded_by,
				created: c.created.try_into().unwrap_or(u32::MAX),
				created_at: c.created_at,
				ended_at: c.ended_at,
			})
		}

		/// The consents stored for `subject`, oldest first.
		pub fn consents_of(subject: &T::AccountId) -> Vec<ConsentInfo<T::AccountId>> {
			Self::rules_of(subject)
				.into_iter()
				.filter_map(|rule| Self::consent_info(rule.id))
				.collect()
		}

		/// The proxies `subject` appointed.
		pub fn proxies_of(
			subject: &T::AccountId,
		) -> Vec<(T::AccountId, ProxyKind, Option<Moment>)> {
			Proxies::<T>::get(subject).into_iter().map(|p| (p.account, p.kind, p.until)).collect()
		}

		fn session_info(
			id: SessionId,
			s: SessionOf<T>,
			now: Moment,
		) -> BreakGlassInfo<T::AccountId> {
			BreakGlassInfo {
				id,
				open: s.open_at(now),
				overdue: s.overdue_at(now),
				subject: s.subject,
				organization: s.organization,
				opened_by: s.opened_by,
				opened_at: s.opened_at,
				expires_at: s.expires_at,
				justification_due: s.justification_due,
				justification: s.justification,
				flagged: s.flagged,
			}
		}

		/// Stored break-glass sessions (open, ended, overdue or justified but not yet closed),
		/// with their state now: those on `subject` if given, else all. One page of at most
		/// `limit` (capped at [`MAX_SESSIONS_PAGE`]) in storage order, starting after session
		/// `after`; the last id returned is the next page's `after`.
		pub fn break_glass_sessions(
			subject: Option<&T::AccountId>,
			after: Option<SessionId>,
			limit: u32,
		) -> Vec<BreakGlassInfo<T::AccountId>> {
			let now = T::Time::now();
			let limit = limit.min(MAX_SESSIONS_PAGE) as usize;
			match subject {
				Some(subject) => {
					let ids = match after {
						Some(after) => SubjectSessions::<T>::iter_key_prefix_from(
							subject,
							SubjectSessions::<T>::hashed_key_for(subject, after),
						),
						None => SubjectSessions::<T>::iter_key_prefix(subject),
					};
					ids.take(limit)
						.filter_map(|id| Sessions::<T>::get(id).map(|s| (id, s)))
						.map(|(id, s)| Self::session_info(id, s, now))
						.collect()
				},
				None => {
					let sessions = match after {
						Some(after) => {
							Sessions::<T>::iter_from(Sessions::<T>::hashed_key_for(after))
						},
						None => Sessions::<T>::iter(),
					};
					sessions.take(limit).map(|(id, s)| Self::session_info(id, s, now)).collect()
				},
			}
		}
	}

	/// Whether consents are given to one organisation, asking the registry at most once per
	/// question (its good standing, each role) however many consents a decision looks at.
	struct GranteeCheck<T> {
		organization: OrganizationId,
		active: Option<bool>,
		roles: Vec<(Role, bool)>,
		_config: core::marker::PhantomData<T>,
	}

	impl<T: Config> GranteeCheck<T> {
		fn new(organization: OrganizationId) -> Self {
			Self { organization, active: None, roles: Vec::new(), _config: Default::default() }
		}

		/// Whether a consent to `grantee` is given to the organisation: by name while it is in
		/// good standing (a member holding at least one role and none of them suspended), or
		/// through a role it actively holds.
		fn matches(&mut self, grantee: Grantee) -> bool {
			match grantee {
				Grantee::Organization(org) => {
					org == self.organization
						&& *self
							.active
							.get_or_insert_with(|| T::Registry::is_active(self.organization))
				},
				Grantee::Role(role) => match self.roles.iter().find(|(r, _)| *r == role) {
					Some((_, holds)) => *holds,
					None => {
						let holds = T::Registry::has_active_role(self.organization, role);
						self.roles.push((role, holds));
						holds
					},
				},
			}
		}
	}

	impl<T: Config> ConsentVerifier<T::AccountId> for Pallet<T> {
		fn decide(
			subject: &T::AccountId,
			organization: OrganizationId,
			action: Action,
			class: DataClass,
			purpose: Purpose,
			at: Moment,
		) -> Decision {
			Self::decide_for_organization(subject, organization, action, class, purpose, at)
		}

		fn consent_covering(
			subject: &T::AccountId,
			organization: OrganizationId,
			purpose: Purpose,
			actions: &[Action],
			classes: &[DataClass],
			at: Moment,
		) -> Option<ConsentId> {
			// A data use naming a sensitive category is one of `Restricted` data.
			let classes: Vec<DataClass> = classes.iter().map(|c| c.on_chain()).collect();
			let classes = classes.as_slice();
			let mut permit = None;
			let mut grantee = GranteeCheck::<T>::new(organization);
			for c in Self::rules_of(subject) {
				if !c.in_force_at(at)
					|| !c.purposes.contains(&purpose)
					|| !grantee.matches(c.grantee)
				{
					continue;
				}
				match c.provision {
					Provision::Deny => {
						// Overlap either way: a deny of lab results withholds a data use
						// declared as `All`, and a deny of `All` withholds lab results.
						let denies_some = actions.iter().any(|a| c.actions.contains(a))
							&& classes.iter().any(|class| {
								c.classes.iter().any(|d| d.covers(*class) || class.covers(*d))
							});
						if denies_some {
							return None;
						}
					},
					Provision::Permit if permit.is_none() && c.covers_all(actions, classes) => {
						permit = Some(c.id);
					},
					Provision::Permit => {},
				}
			}
			permit
		}

		fn covers(
			consent: ConsentId,
			subject: &T::AccountId,
			organization: OrganizationId,
			purpose: Purpose,
			actions: &[Action],
			classes: &[DataClass],
			at: Moment,
		) -> bool {
			let classes: Vec<DataClass> = classes.iter().map(|c| c.on_chain()).collect();
			Consents::<T>::get(consent).is_some_and(|c| {
				&c.subject == subject
					&& c.provision == Provision::Permit
					&& c.in_force_at(at)
					&& c.purposes.contains(&purpose)
					&& crate::types::covers_all(&c.actions, &c.classes, actions, &classes)
					&& GranteeCheck::<T>::new(organization).matches(c.grantee)
			})
		}

		fn may_act_for(who: &T::AccountId, subject: &T::AccountId, at: Moment) -> bool {
			who == subject
				|| Proxies::<T>::get(subject)
					.iter()
					.any(|p| &p.account == who && p.until.is_none_or(|until| at < until))
		}

		// Both read the patient's consents and the registry; `consent_covering` checks more of
		// each rule (every action and class asked), so the larger of the two is charged.
		fn decision_weight() -> Weight {
			T::WeightInfo::decide().max(T::WeightInfo::consent_covering())
		}

		// A session open at `at` is one of its patient's `OpenSessions`: every call that takes
		// one out of that list ends its access first (`end_break_glass`) or deletes it
		// (`close_break_glass`), or finds it run out (`open_break_glass`); `try_state` checks it.
		fn break_glass_open(
			session: SessionId,
			subject: &T::AccountId,
			organization: OrganizationId,
			at: Moment,
		) -> bool {
			Sessions::<T>::get(session).is_some_and(|s| {
				s.subject == *subject && s.organization == organization && s.open_at(at)
			})
		}
	}
}
