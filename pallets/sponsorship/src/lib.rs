//! # Sponsorship — patients act on chain without holding tokens
//!
//! A patient grants and revokes consents, appoints proxies and withdraws from trials. Asking them
//! to hold the chain's fee token first would mean someone funds their account, and every such
//! transfer is a public link: funded by the same wallet, two pseudonyms a patient keeps for two
//! providers become one person. Instead a consortium organisation — typically the provider the
//! pseudonym was created for — **sponsors** the account: it pays that account's fees for the
//! patient operations the runtime lists ([`Config::SponsoredCalls`]), and the deposits those
//! operations hold, from one of its member accounts (the *payer*). Nothing moves to or from the
//! patient's account, which may hold nothing at all.
//!
//! ## Offered, then accepted
//!
//! A member **offers** to sponsor an account ([`Pallet::sponsor`]); the offer pays nothing until
//! the account itself **accepts** it ([`Pallet::accept_sponsorship`], whose fee the offering
//! member pays, outside any allowance, as it pays for the account refusing the offer). Until
//! then the account's transactions are paid as if nobody sponsored it. So no member can make itself the payer of a patient who did not ask
//! for it — a payer that then cannot pay would otherwise leave the patient's revocations and
//! withdrawals refused in the pool. Offers from several members may wait side by side, each
//! with its deposit, so no offer keeps another out; the offering member (or governance, or
//! anyone once that member has left its organisation) withdraws an offer nobody accepted.
//!
//! ## Fees
//!
//! [`PayFromSponsor`] is the runtime's `OnChargeTransaction` (pallet-transaction-payment): for a
//! listed call signed by a sponsored account, it takes the fee from the payer instead of the
//! signer, counting it against the sponsorship's **allowance** — the most the sponsor pays for
//! that account per [`Config::Period`]. Everything else pays its own fee as before. The checks run
//! when the transaction pool validates the transaction, so an account no member sponsors (and
//! which holds nothing), an exhausted allowance, a tip (sponsors do not buy priority) or a payer
//! that cannot pay is refused before it reaches a block. The signer still signs with the standard
//! transaction extensions only: no wallet needs to know about sponsorship.
//!
//! A sponsorship is **in force** while its payer is still a member account of the sponsoring
//! organisation and that organisation is active in the registry (no suspended role); otherwise it
//! pays nothing. Anyone may end it once the payer is no longer a member; a suspension only pauses
//! it (then the payer or governance may end it).
//!
//! ## Deposits
//!
//! Pallets that hold deposits for patient operations (consent, proxies) ask
//! [`healthchain_primitives::Sponsors::deposit_payer`] for the patient's own operations and hold
//! from the payer of a sponsorship in force, recording who paid, so the deposit returns to that
//! account when the item is removed (the payer may remove the patient's ended consents itself).
//! At most `MaxConsentsPerSubject` consent deposits and `MaxProxies` proxy deposits per patient
//! can be outstanding, a bound the sponsor knows in advance.
//!
//! ## No sponsor can hold a patient
//!
//! Declining — [`Pallet::end_sponsorship`] signed by the sponsored account itself — is paid by
//! the sponsor beyond the allowance (once per sponsorship: it ends it), so a member that
//! sponsors an account with a tiny allowance cannot keep it from every other sponsor. Accepting
//! another member's offer ends the sponsorship the account had (the way out of a sponsor whose
//! payer cannot pay even a refusal), and governance may end any sponsorship.
//!
//! ## Accounts
//!
//! A sponsorship gives the patient's account a *sufficient* reference (`frame_system`), so that an
//! account holding nothing exists and has a nonce. The reference is never dropped: the account
//! stays (about 80 bytes) after the sponsorship ends, so its nonce never restarts and none of the
//! transactions it signed — public in the blocks — can be replayed if it is sponsored again.
//!
//! ## Privacy
//!
//! Stored per sponsored account: the sponsoring organisation's id, its paying member account,
//! the allowance, the fees spent in the current period and the deposit. This says that the
//! account is someone the organisation pays for — a patient of that provider, which the
//! provider's own records already show for a pseudonym created for it — and nothing about care;
//! the same link is visible in every sponsored extrinsic (the payer's balance events beside the
//! patient's signature) and in the `sponsor` extrinsic itself. No transfer ever reaches the
//! patient's account, so pseudonyms a patient keeps with different providers, each sponsored by
//! its own provider, share nothing on chain (docs/privacy.md).

#![cfg_attr(not(feature = "std"), no_std)]

extern crate alloc;

pub use pallet::*;

#[cfg(feature = "runtime-benchmarks")]
mod benchmarking;
#[cfg(test)]
mod mock;
mod payment;
#[cfg(test)]
mod tests;
#[cfg(any(feature = "try-runtime", feature = "std", test))]
mod try_state;
pub mod types;
pub mod weights;

pub use payment::{
	OnSponsoredFee, PayFromSponsor, ALLOWANCE_EXHAUSTED, SPONSORED_FEE_WRITES, SPONSORED_TIP,
};
pub use types::{Offer, Sponsorship};
pub use weights::WeightInfo;

/// What the benchmarks need from the runtime.
#[cfg(feature = "runtime-benchmarks")]
pub trait BenchmarkHelper<AccountId, RuntimeCall> {
	/// An active organisation and a member account of it with enough funds for a sponsorship
	/// deposit and many fees.
	fn sponsoring_member() -> (healthchain_primitives::OrganizationId, AccountId);
	/// A member account of another active organisation, funded like [`Self::sponsoring_member`]
	/// (a sponsorship an acceptance replaces).
	fn another_sponsoring_member() -> (healthchain_primitives::OrganizationId, AccountId);
	/// A call that [`Config::SponsoredCalls`] contains.
	fn sponsored_call() -> RuntimeCall;
}

#[frame_support::pallet]
pub mod pallet {
	use frame_support::{
		pallet_prelude::*,
		traits::{
			fungible::{Inspect, Mutate, MutateHold},
			tokens::Precision,
			Contains, IsSubType,
		},
	};
	use frame_system::pallet_prelude::*;
	use healthchain_primitives::{OrganizationId, OrganizationRegistry, Sponsors};
	use sp_runtime::{
		traits::{Saturating, Zero},
		transaction_validity::{InvalidTransaction, TransactionValidityError},
	};

	use super::{Offer, Sponsorship, WeightInfo};

	/// The balance type of [`Config::Currency`].
	pub type BalanceOf<T> =
		<<T as Config>::Currency as Inspect<<T as frame_system::Config>::AccountId>>::Balance;

	/// A sponsorship as stored.
	pub type SponsorshipOf<T> =
		Sponsorship<<T as frame_system::Config>::AccountId, BalanceOf<T>, BlockNumberFor<T>>;

	/// An offer as stored.
	pub type OfferOf<T> = Offer<BalanceOf<T>>;

	#[pallet::pallet]
	#[pallet::storage_version(STORAGE_VERSION)]
	pub struct Pallet<T>(_);

	/// The in-code storage version.
	pub const STORAGE_VERSION: StorageVersion = StorageVersion::new(0);

	/// Configuration of the sponsorship pallet.
	#[pallet::config]
	pub trait Config: frame_system::Config {
		/// The currency fees are paid and the sponsorship deposit held in.
		type Currency: MutateHold<Self::AccountId, Reason = Self::RuntimeHoldReason>
			+ Mutate<Self::AccountId>;

		/// The runtime's hold reasons, which include this pallet's [`HoldReason`].
		type RuntimeHoldReason: From<HoldReason>;

		/// The consortium registry: sponsors are member accounts of active organisations.
		type Registry: OrganizationRegistry<Self::AccountId>;

		/// The calls whose fee a sponsorship pays: the patient operations. Declining one's own
		/// sponsorship ([`Pallet::end_sponsorship`] by the sponsored account) is always paid,
		/// whatever this says and whatever is left of the allowance.
		type SponsoredCalls: Contains<<Self as frame_system::Config>::RuntimeCall>;

		/// Consortium governance: may end any sponsorship (the way out of a sponsorship whose
		/// payer can no longer pay even a refusal).
		type GovernanceOrigin: EnsureOrigin<Self::RuntimeOrigin>;

		/// Deposit held from the payer for each sponsorship (its entry and the sponsored
		/// account's record in `frame_system`).
		#[pallet::constant]
		type SponsorshipDeposit: Get<BalanceOf<Self>>;

		/// The period an allowance applies to, in blocks.
		#[pallet::constant]
		type Period: Get<BlockNumberFor<Self>>;

		/// The largest allowance a sponsor may grant one account per period: what a stolen
		/// patient key can cost a sponsor at most, per period.
		#[pallet::constant]
		type MaxAllowance: Get<BalanceOf<Self>>;

		/// Weights of this pallet's calls and of its fee path, from its benchmarks.
		type WeightInfo: WeightInfo;

		/// Sets up what the benchmarks need from other pallets.
		#[cfg(feature = "runtime-benchmarks")]
		type BenchmarkHelper: crate::BenchmarkHelper<
			Self::AccountId,
			<Self as frame_system::Config>::RuntimeCall,
		>;
	}

	/// Reasons this pallet holds funds.
	#[pallet::composite_enum]
	pub enum HoldReason {
		/// The deposit of a sponsorship.
		SponsorshipDeposit,
	}

	/// The sponsorship of each sponsored account.
	#[pallet::storage]
	pub type Sponsorships<T: Config> =
		StorageMap<_, Blake2_128Concat, T::AccountId, SponsorshipOf<T>, OptionQuery>;

	/// The sponsorships offered to each account and not yet accepted, by the offering member
	/// (the payer it would have). Each holds its deposit from that member.
	#[pallet::storage]
	pub type Offers<T: Config> = StorageDoubleMap<
		_,
		Blake2_128Concat,
		T::AccountId,
		Blake2_128Concat,
		T::AccountId,
		OfferOf<T>,
		OptionQuery,
	>;

	/// Events of the sponsorship pallet.
	#[pallet::event]
	#[pallet::generate_deposit(pub(super) fn deposit_event)]
	pub enum Event<T: Config> {
		/// `account` accepted an offer: an organisation now pays its patient operations (which
		/// one is in [`Sponsorships`]). The event names neither the organisation nor its paying
		/// member, but the history still pairs the account with both: the accepting extrinsic
		/// names the member, whose fee it pays (`Balances::Withdraw`), and membership names the
		/// organisation (docs/privacy.md).
		Sponsored {
			/// The sponsored account.
			account: T::AccountId,
			/// The most the sponsor pays in fees per period.
			allowance: BalanceOf<T>,
		},
		/// The allowance of `account`'s sponsorship changed.
		AllowanceSet {
			/// The sponsored account.
			account: T::AccountId,
			/// The new allowance per period.
			allowance: BalanceOf<T>,
		},
		/// A sponsorship ended; its deposit was returned to the payer.
		SponsorshipEnded {
			/// The formerly sponsored account.
			account: T::AccountId,
		},
		/// A member offered to sponsor `account` (which member is in [`Offers`] while the offer
		/// waits); it pays nothing until `account` accepts it.
		Offered {
			/// The account offered a sponsorship.
			account: T::AccountId,
			/// The most the sponsor would pay in fees per period.
			allowance: BalanceOf<T>,
		},
		/// An offer to sponsor `account` was withdrawn; its deposit was returned to the member
		/// that offered it.
		OfferWithdrawn {
			/// The account the offer was made to.
			account: T::AccountId,
		},
	}

	/// Errors of the sponsorship pallet.
	#[pallet::error]
	pub enum Error<T> {
		/// The caller is not a member account of an active organisation.
		NotMember,
		/// The caller already pays for the account.
		AlreadySponsored,
		/// The account is not sponsored.
		NotSponsored,
		/// The allowance is zero or above `MaxAllowance`.
		InvalidAllowance,
		/// Only the sponsored account or a member of the sponsoring organisation may do this
		/// while the sponsorship is in force.
		NotAuthorized,
		/// A member account cannot sponsor itself.
		SelfSponsorship,
		/// This member already offered to sponsor the account.
		AlreadyOffered,
		/// The member named made no offer to the account.
		NoOffer,
		/// The offer cannot pay: the member that made it has left its organisation, or the
		/// organisation is suspended.
		OfferNotInForce,
	}

	#[pallet::hooks]
	impl<T: Config> Hooks<BlockNumberFor<T>> for Pallet<T> {
		fn integrity_test() {
			assert!(!T::Period::get().is_zero(), "an allowance needs a period");
			assert!(!T::MaxAllowance::get().is_zero(), "a sponsor must be able to pay something");
		}

		#[cfg(feature = "try-runtime")]
		fn try_state(_n: BlockNumberFor<T>) -> Result<(), sp_runtime::TryRuntimeError> {
			Self::do_try_state()
		}
	}

	#[pallet::call]
	impl<T: Config> Pallet<T> {
		/// Offers to sponsor `account`: once `account` accepts
		/// ([`Pallet::accept_sponsorship`]), the caller pays the fees of the patient operations
		/// it signs, up to `allowance` per [`Config::Period`], and their deposits. Until then the
		/// offer pays nothing.
		///
		/// Origin: signed by a member account of an active organisation, which would be the
		/// payer. Holds [`Config::SponsorshipDeposit`] from it, and gives `account` a sufficient
		/// reference, so that an account holding nothing exists and can sign its acceptance.
		/// Emits [`Event::Offered`].
		#[pallet::call_index(0)]
		#[pallet::weight(T::WeightInfo::sponsor())]
		pub fn sponsor(
			origin: OriginFor<T>,
			account: T::AccountId,
			allowance: BalanceOf<T>,
		) -> DispatchResult {
			let payer = ensure_signed(origin)?;
			let organization = T::Registry::organization_of(&payer)
				.filter(|org| T::Registry::is_active(*org))
				.ok_or(Error::<T>::NotMember)?;
			ensure!(account != payer, Error::<T>::SelfSponsorship);
			Self::ensure_allowance(allowance)?;
			ensure!(
				Sponsorships::<T>::get(&account).is_none_or(|s| s.payer != payer),
				Error::<T>::AlreadySponsored
			);
			ensure!(!Offers::<T>::contains_key(&account, &payer), Error::<T>::AlreadyOffered);
			let deposit = T::SponsorshipDeposit::get();
			T::Currency::hold(&HoldReason::SponsorshipDeposit.into(), &payer, deposit)?;
			// The account exists from now on and never goes away, so its nonce never restarts
			// and no transaction it signed can be replayed (see the crate docs).
			if frame_system::Pallet::<T>::sufficients(&account) == 0 {
				frame_system::Pallet::<T>::inc_sufficients(&account);
			}
			Offers::<T>::insert(&account, &payer, Offer { organization, allowance, deposit });
			Self::deposit_event(Event::Offered { account, allowance });
			Ok(())
		}

		/// Sets the allowance of `account`'s sponsorship; what was spent this period counts
		/// against the new allowance.
		///
		/// Origin: signed by the sponsorship's payer. Emits [`Event::AllowanceSet`].
		#[pallet::call_index(1)]
		#[pallet::weight(T::WeightInfo::set_allowance())]
		pub fn set_allowance(
			origin: OriginFor<T>,
			account: T::AccountId,
			allowance: BalanceOf<T>,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			let mut sponsorship =
				Sponsorships::<T>::get(&account).ok_or(Error::<T>::NotSponsored)?;
			ensure!(who == sponsorship.payer, Error::<T>::NotAuthorized);
			Self::ensure_allowance(allowance)?;
			sponsorship.allowance = allowance;
			Sponsorships::<T>::insert(&account, sponsorship);
			Self::deposit_event(Event::AllowanceSet { account, allowance });
			Ok(())
		}

		/// Ends `account`'s sponsorship and returns its deposit to the payer. Deposits held for
		/// the account's consents and proxies stay held from the payer until those are removed
		/// (the payer may remove consents no longer in force itself). The account stays.
		///
		/// Origin: signed by the sponsored account (declining: the sponsor pays this fee beyond
		/// the allowance, so no sponsor can hold a patient), by the payer, or
		/// [`Config::GovernanceOrigin`]; by any signed account once the payer is no longer a
		/// member account of the sponsoring organisation (the sponsorship can never pay again).
		/// Emits [`Event::SponsorshipEnded`].
		#[pallet::call_index(2)]
		#[pallet::weight(
			T::WeightInfo::end_sponsorship()
				.saturating_add(<Pallet<T> as Sponsors<T::AccountId>>::sponsored_call_weight())
		)]
		pub fn end_sponsorship(
			origin: OriginFor<T>,
			account: T::AccountId,
		) -> DispatchResultWithPostInfo {
			let sponsorship = Sponsorships::<T>::get(&account).ok_or(Error::<T>::NotSponsored)?;
			// Whether a sponsor paid this fee (an account declining its own sponsorship in
			// force), asked before the sponsorship goes; governance pays no fee.
			let signer = Self::ensure_may_end(
				origin,
				&account,
				&sponsorship.payer,
				sponsorship.organization,
			)?;
			let fee_path = signer.map_or(Weight::zero(), |who| {
				<Self as Sponsors<T::AccountId>>::sponsored_call_weight_used(&who)
			});
			Self::release_deposit(&sponsorship.payer, sponsorship.deposit)?;
			Sponsorships::<T>::remove(&account);
			Self::deposit_event(Event::SponsorshipEnded { account });
			Ok(Some(T::WeightInfo::end_sponsorship().saturating_add(fee_path)).into())
		}

		/// Accepts `payer`'s offer to sponsor the caller: from now on `payer` pays the fees of
		/// the patient operations the caller signs, within the offer's allowance, and their
		/// deposits. The offer's deposit stays held for the sponsorship. A sponsorship the caller
		/// had ends (its deposit back to its payer; deposits it paid for consents and proxies stay
		/// held from it until those are removed): the way to another provider, also from a
		/// sponsor that no longer pays.
		///
		/// Origin: signed by the account the offer was made to. The fee of this call is paid by
		/// `payer` (outside the allowance) when the offer can pay: an account that holds nothing
		/// accepts. Emits [`Event::SponsorshipEnded`] for a sponsorship it ends, and
		/// [`Event::Sponsored`].
		#[pallet::call_index(3)]
		#[pallet::weight(
			T::WeightInfo::accept_sponsorship()
				.saturating_add(<Pallet<T> as Sponsors<T::AccountId>>::sponsored_call_weight())
		)]
		pub fn accept_sponsorship(origin: OriginFor<T>, payer: T::AccountId) -> DispatchResult {
			let account = ensure_signed(origin)?;
			let offer = Offers::<T>::get(&account, &payer).ok_or(Error::<T>::NoOffer)?;
			ensure!(Self::pays(offer.organization, &payer), Error::<T>::OfferNotInForce);
			if let Some(old) = Sponsorships::<T>::take(&account) {
				Self::release_deposit(&old.payer, old.deposit)?;
				Self::deposit_event(Event::SponsorshipEnded { account: account.clone() });
			}
			Offers::<T>::remove(&account, &payer);
			let allowance = offer.allowance;
			Sponsorships::<T>::insert(
				&account,
				Sponsorship {
					organization: offer.organization,
					payer,
					allowance,
					spent: Zero::zero(),
					period_start: frame_system::Pallet::<T>::block_number(),
					deposit: offer.deposit,
				},
			);
			Self::deposit_event(Event::Sponsored { account, allowance });
			Ok(())
		}

		/// Withdraws `payer`'s offer to sponsor `account` and returns its deposit to `payer`.
		///
		/// Origin: signed by `payer`, or by `account` (refusing it: `payer` pays that fee when
		/// the offer can pay, so an account that holds nothing refuses), or
		/// [`Config::GovernanceOrigin`]; by any signed account once `payer` is no longer a
		/// member account of the offering organisation (the offer can never pay). Emits
		/// [`Event::OfferWithdrawn`].
		#[pallet::call_index(4)]
		#[pallet::weight(
			T::WeightInfo::withdraw_offer()
				.saturating_add(<Pallet<T> as Sponsors<T::AccountId>>::sponsored_call_weight())
		)]
		pub fn withdraw_offer(
			origin: OriginFor<T>,
			account: T::AccountId,
			payer: T::AccountId,
		) -> DispatchResultWithPostInfo {
			let offer = Offers::<T>::get(&account, &payer).ok_or(Error::<T>::NoOffer)?;
			// When the account itself refuses, the fee path looked the offer and its member up
			// (`offer_paying`), whether or not the offer could pay; anyone else's fee path never
			// looks at offers.
			let signer = Self::ensure_may_end(origin, &account, &payer, offer.organization)?;
			let fee_path = if signer.as_ref() == Some(&account) {
				<Self as Sponsors<T::AccountId>>::sponsored_call_weight()
			} else {
				Weight::zero()
			};
			Self::release_deposit(&payer, offer.deposit)?;
			Offers::<T>::remove(&account, &payer);
			Self::deposit_event(Event::OfferWithdrawn { account });
			Ok(Some(T::WeightInfo::withdraw_offer().saturating_add(fee_path)).into())
		}
	}

	impl<T: Config> Pallet<T> {
		/// Who may end a sponsorship, or withdraw an offer, that `payer` made for `organization`
		/// to `account`: [`Config::GovernanceOrigin`] (`None`), or a signer (returned) that is
		/// `account`, `payer`, or anyone once `payer` is no longer a member account of
		/// `organization` (it can never pay again).
		fn ensure_may_end(
			origin: OriginFor<T>,
			account: &T::AccountId,
			payer: &T::AccountId,
			organization: OrganizationId,
		) -> Result<Option<T::AccountId>, DispatchError> {
			let origin = match T::GovernanceOrigin::try_origin(origin) {
				Ok(_) => return Ok(None),
				Err(origin) => origin,
			};
			let who = ensure_signed(origin)?;
			ensure!(
				who == *account
					|| who == *payer
					|| T::Registry::organization_of(payer) != Some(organization),
				Error::<T>::NotAuthorized
			);
			Ok(Some(who))
		}

		/// Returns exactly `deposit`, held for a sponsorship or an offer, to `payer`.
		fn release_deposit(payer: &T::AccountId, deposit: BalanceOf<T>) -> DispatchResult {
			T::Currency::release(
				&HoldReason::SponsorshipDeposit.into(),
				payer,
				deposit,
				Precision::Exact,
			)?;
			Ok(())
		}

		fn ensure_allowance(allowance: BalanceOf<T>) -> DispatchResult {
			ensure!(
				!allowance.is_zero() && allowance <= T::MaxAllowance::get(),
				Error::<T>::InvalidAllowance
			);
			Ok(())
		}

		/// Whether `s` pays: its payer is still a member account of the sponsoring
		/// organisation, and that organisation is active.
		pub fn in_force(s: &SponsorshipOf<T>) -> bool {
			Self::pays(s.organization, &s.payer)
		}

		/// Whether `payer` may pay for `organization`: it is still a member account of it, and
		/// the organisation is active.
		fn pays(organization: OrganizationId, payer: &T::AccountId) -> bool {
			T::Registry::organization_of(payer) == Some(organization)
				&& T::Registry::is_active(organization)
		}

		/// The member that pays the fee of `call` signed by `who` when `call` accepts or refuses
		/// an offer made to `who` that can pay: the offer is there and its member may still pay
		/// for its organisation. Either call takes the offer, so a member pays for one of them
		/// once per offer. `Ok(None)` otherwise: `who` pays, as for any other call. An error for
		/// a tip (sponsors do not buy priority). Reads, never writes.
		pub fn offer_paying(
			who: &T::AccountId,
			call: &<T as frame_system::Config>::RuntimeCall,
			tip: BalanceOf<T>,
		) -> Result<Option<T::AccountId>, TransactionValidityError>
		where
			<T as frame_system::Config>::RuntimeCall: IsSubType<Call<T>>,
		{
			let payer = match call.is_sub_type() {
				Some(Call::accept_sponsorship { payer }) => payer,
				Some(Call::withdraw_offer { account, payer }) if account == who => payer,
				_ => return Ok(None),
			};
			let Some(offer) = Offers::<T>::get(who, payer) else { return Ok(None) };
			if !Self::pays(offer.organization, payer) {
				return Ok(None);
			}
			if !tip.is_zero() {
				return Err(InvalidTransaction::Custom(crate::SPONSORED_TIP).into());
			}
			Ok(Some(payer.clone()))
		}

		/// The sponsorship of `who` if it is in force ([`Self::in_force`]), as stored.
		pub(crate) fn in_force_for(who: &T::AccountId) -> Option<SponsorshipOf<T>> {
			Sponsorships::<T>::get(who).filter(Self::in_force)
		}

		/// The sponsorship of `who` if it is in force, with its period rolled over to the
		/// current block when the last one has run out.
		pub fn active(who: &T::AccountId) -> Option<SponsorshipOf<T>> {
			let mut s = Self::in_force_for(who)?;
			let now = frame_system::Pallet::<T>::block_number();
			if now >= s.period_start.saturating_add(T::Period::get()) {
				s.period_start = now;
				s.spent = Zero::zero();
			}
			Some(s)
		}

		/// The sponsorship that pays `who`'s fee `fee` for `call`: `Ok(None)` when `call` is not
		/// a patient operation or `who` has no sponsorship in force (they pay themselves), an
		/// error when the sponsorship cannot pay this fee. `declining`: the call ends `who`'s
		/// own sponsorship, which the sponsor pays whatever is left of the allowance. Reads,
		/// never writes.
		pub fn sponsor_of(
			who: &T::AccountId,
			call: &<T as frame_system::Config>::RuntimeCall,
			declining: bool,
			fee: BalanceOf<T>,
			tip: BalanceOf<T>,
		) -> Result<Option<SponsorshipOf<T>>, TransactionValidityError> {
			if !declining && !T::SponsoredCalls::contains(call) {
				return Ok(None);
			}
			let Some(s) = Self::active(who) else { return Ok(None) };
			if !tip.is_zero() {
				return Err(InvalidTransaction::Custom(crate::SPONSORED_TIP).into());
			}
			if !declining && s.spent.saturating_add(fee) > s.allowance {
				return Err(InvalidTransaction::Custom(crate::ALLOWANCE_EXHAUSTED).into());
			}
			Ok(Some(s))
		}

		/// Counts `fee` against `who`'s sponsorship `s` (as [`Self::sponsor_of`] returned it).
		pub(crate) fn spend(who: &T::AccountId, mut s: SponsorshipOf<T>, fee: BalanceOf<T>) {
			s.spent = s.spent.saturating_add(fee);
			Sponsorships::<T>::insert(who, s);
		}

		/// Whether `call` signed by `who` declines `who`'s own sponsorship.
		pub fn declines(who: &T::AccountId, call: &<T as frame_system::Config>::RuntimeCall) -> bool
		where
			<T as frame_system::Config>::RuntimeCall: IsSubType<Call<T>>,
		{
			matches!(call.is_sub_type(), Some(Call::end_sponsorship { account }) if account == who)
		}

		/// Gives back `amount` of `who`'s spending this period (the part of a fee refunded
		/// after dispatch), if `who` is still sponsored.
		pub(crate) fn unspend(who: &T::AccountId, amount: BalanceOf<T>) {
			if amount.is_zero() {
				return;
			}
			Sponsorships::<T>::mutate(who, |s| {
				if let Some(s) = s {
					s.spent = s.spent.saturating_sub(amount);
				}
			});
		}
	}

	impl<T: Config> Sponsors<T::AccountId> for Pallet<T> {
		fn deposit_payer(who: &T::AccountId) -> T::AccountId {
			Self::in_force_for(who).map_or_else(|| who.clone(), |s| s.payer)
		}

		fn sponsored_call_weight() -> Weight {
			T::WeightInfo::charge_sponsored()
				.saturating_add(T::WeightInfo::deposit_payer().saturating_mul(2))
		}

		fn sponsored_call_weight_used(who: &T::AccountId) -> Weight {
			Self::deposit_payer_and_weight_used(who).1
		}

		fn deposit_payer_and_weight_used(who: &T::AccountId) -> (T::AccountId, Weight) {
			match Self::in_force_for(who) {
				Some(s) => (s.payer, Self::sponsored_call_weight()),
				None => (who.clone(), Self::lookups_weight()),
			}
		}
	}

	impl<T: Config> Pallet<T> {
		/// What the sponsorship look-ups of a call whose signer no sponsorship pays for cost:
		/// the fee path's (validation and charging), the deposit payer's and
		/// [`Sponsors::sponsored_call_weight_used`]'s (one look-up for both when the call asks
		/// [`Sponsors::deposit_payer_and_weight_used`]). Each reads at most what `deposit_payer`
		/// reads (a sponsorship and, if there is one, its payer's membership and organisation),
		/// the same keys each time, so their proof is one look-up's; the first reads them from
		/// the database and the rest from the block's overlay, so three look-ups' time covers
		/// four. Capped, as promised, by the up-front charge (which it never reaches with these
		/// benchmarks).
		fn lookups_weight() -> Weight {
			let lookup = T::WeightInfo::deposit_payer();
			Weight::from_parts(lookup.ref_time().saturating_mul(3), lookup.proof_size())
				.min(Self::sponsored_call_weight())
		}
	}
}
