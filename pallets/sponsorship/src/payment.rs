//! The fee path: [`PayFromSponsor`], the runtime's `OnChargeTransaction`.

use core::marker::PhantomData;

use frame_support::traits::{
	fungible::{Balanced, Credit, Inspect},
	IsSubType, NoDrop, OnUnbalanced,
};
use pallet_transaction_payment::{FungibleAdapter, OnChargeTransaction, TxCreditHold};
use sp_runtime::{
	traits::{DispatchInfoOf, PostDispatchInfoOf, Saturating, Zero},
	transaction_validity::TransactionValidityError,
};

use crate::{BalanceOf, Call, Config, Pallet};

/// `InvalidTransaction::Custom` code: the sponsorship's allowance for this period cannot cover
/// the fee.
pub const ALLOWANCE_EXHAUSTED: u8 = 1;
/// `InvalidTransaction::Custom` code: a sponsored transaction carries a tip (sponsors pay fees,
/// not priority).
pub const SPONSORED_TIP: u8 = 2;

/// Charges fees like [`FungibleAdapter`]`<F, OU>` — withdrawn before dispatch, the unused part
/// refunded after, the rest handed to `OU` — except that the fee of a patient operation
/// ([`Config::SponsoredCalls`]) signed by an account with a sponsorship in force is withdrawn
/// from the sponsorship's payer and counted against its allowance, the refund returning to both.
/// Declining one's own sponsorship is paid by the sponsor beyond the allowance (once per
/// sponsorship: it ends it), so a sponsor cannot hold a patient by exhausting the allowance.
/// Accepting or refusing an offer made to the signer ([`Pallet::accept_sponsorship`],
/// [`Pallet::withdraw_offer`]) is paid by the member that made it, when the offer can pay (once
/// per offer: either call takes it), and counts against no allowance.
///
/// Validation (`can_withdraw_fee`, run by the transaction pool) checks the same as charging, so
/// a transaction the sponsorship cannot pay is refused before it reaches a block.
///
/// `W` is told of every sponsored fee before it is charged ([`OnSponsoredFee`]), and may refuse
/// it; `()` lets every one through.
pub struct PayFromSponsor<T, F, OU, W = ()>(PhantomData<(T, F, OU, W)>);

/// The keys a sponsored fee writes beyond those of a fee its signer pays: the sponsorship's
/// spending (`Sponsorships` of the signer) and the payer's account, which the fee is withdrawn
/// from (the signer's own account is written anyway, for its nonce).
pub const SPONSORED_FEE_WRITES: u32 = 2;

/// Told of a sponsored fee, in block building and import, before [`PayFromSponsor`] writes
/// anything for it: a runtime that budgets the keys each block writes counts
/// [`SPONSORED_FEE_WRITES`] here, and refuses the transaction (as `ExhaustsResources`, say)
/// when its block has no room for them. Not told at validation: the pool's checks write nothing.
pub trait OnSponsoredFee {
	/// Counts a sponsored fee's writes, or refuses the transaction.
	fn on_sponsored_fee() -> Result<(), TransactionValidityError>;
}

impl OnSponsoredFee for () {
	fn on_sponsored_fee() -> Result<(), TransactionValidityError> {
		Ok(())
	}
}

impl<T, F, OU, W> TxCreditHold<T> for PayFromSponsor<T, F, OU, W>
where
	T: Config + pallet_transaction_payment::Config,
	F: Balanced<T::AccountId> + 'static,
{
	type Credit = NoDrop<Credit<T::AccountId, F>>;
}

/// What [`PayFromSponsor`] keeps between charging and correcting a fee: who paid, and for a
/// sponsored fee how much was counted against the allowance.
pub struct Charged<AccountId, Balance, Inner> {
	/// The payer and the fee counted against the allowance, when a sponsorship paid (or an
	/// offer being accepted, which counts nothing).
	sponsored: Option<(AccountId, Balance)>,
	/// What [`FungibleAdapter`] keeps (the tip's credit).
	inner: Inner,
}

impl<AccountId, Balance, Inner: Default> Default for Charged<AccountId, Balance, Inner> {
	fn default() -> Self {
		Self { sponsored: None, inner: Inner::default() }
	}
}

type Adapter<F, OU> = FungibleAdapter<F, OU>;
type AdapterInfo<T, F, OU> = <Adapter<F, OU> as OnChargeTransaction<T>>::LiquidityInfo;

impl<T, F, OU, W> OnChargeTransaction<T> for PayFromSponsor<T, F, OU, W>
where
	T: Config + pallet_transaction_payment::Config,
	<T as frame_system::Config>::RuntimeCall: IsSubType<Call<T>>,
	T::OnChargeTransaction: TxCreditHold<T, Credit = NoDrop<Credit<T::AccountId, F>>>,
	F: Balanced<T::AccountId> + Inspect<T::AccountId, Balance = BalanceOf<T>> + 'static,
	OU: OnUnbalanced<Credit<T::AccountId, F>>,
	W: OnSponsoredFee,
{
	type Balance = BalanceOf<T>;
	type LiquidityInfo = Charged<T::AccountId, BalanceOf<T>, AdapterInfo<T, F, OU>>;

	fn withdraw_fee(
		who: &T::AccountId,
		call: &T::RuntimeCall,
		info: &DispatchInfoOf<T::RuntimeCall>,
		fee: Self::Balance,
		tip: Self::Balance,
	) -> Result<Self::LiquidityInfo, TransactionValidityError> {
		if let Some(payer) = Pallet::<T>::offer_paying(who, call, tip)? {
			W::on_sponsored_fee()?;
			let inner = <Adapter<F, OU> as OnChargeTransaction<T>>::withdraw_fee(
				&payer, call, info, fee, tip,
			)?;
			// Nothing counted against an allowance, so nothing to give back after dispatch.
			return Ok(Charged { sponsored: Some((payer, Zero::zero())), inner });
		}
		let declining = Pallet::<T>::declines(who, call);
		match Pallet::<T>::sponsor_of(who, call, declining, fee, tip)? {
			Some(sponsorship) => {
				W::on_sponsored_fee()?;
				let payer = sponsorship.payer.clone();
				let inner = <Adapter<F, OU> as OnChargeTransaction<T>>::withdraw_fee(
					&payer, call, info, fee, tip,
				)?;
				Pallet::<T>::spend(who, sponsorship, fee);
				Ok(Charged { sponsored: Some((payer, fee)), inner })
			},
			None => Ok(Charged {
				sponsored: None,
				inner: <Adapter<F, OU> as OnChargeTransaction<T>>::withdraw_fee(
					who, call, info, fee, tip,
				)?,
			}),
		}
	}

	fn can_withdraw_fee(
		who: &T::AccountId,
		call: &T::RuntimeCall,
		info: &DispatchInfoOf<T::RuntimeCall>,
		fee: Self::Balance,
		tip: Self::Balance,
	) -> Result<(), TransactionValidityError> {
		if let Some(payer) = Pallet::<T>::offer_paying(who, call, tip)? {
			return <Adapter<F, OU> as OnChargeTransaction<T>>::can_withdraw_fee(
				&payer, call, info, fee, tip,
			);
		}
		let declining = Pallet::<T>::declines(who, call);
		match Pallet::<T>::sponsor_of(who, call, declining, fee, tip)? {
			Some(sponsorship) => <Adapter<F, OU> as OnChargeTransaction<T>>::can_withdraw_fee(
				&sponsorship.payer,
				call,
				info,
				fee,
				tip,
			),
			None => <Adapter<F, OU> as OnChargeTransaction<T>>::can_withdraw_fee(
				who, call, info, fee, tip,
			),
		}
	}

	fn correct_and_deposit_fee(
		who: &T::AccountId,
		info: &DispatchInfoOf<T::RuntimeCall>,
		post_info: &PostDispatchInfoOf<T::RuntimeCall>,
		corrected_fee: Self::Balance,
		tip: Self::Balance,
		charged: Self::LiquidityInfo,
	) -> Result<(), TransactionValidityError> {
		match charged.sponsored {
			Some((payer, fee)) => {
				<Adapter<F, OU> as OnChargeTransaction<T>>::correct_and_deposit_fee(
					&payer,
					info,
					post_info,
					corrected_fee,
					tip,
					charged.inner,
				)?;
				Pallet::<T>::unspend(who, fee.saturating_sub(corrected_fee));
				Ok(())
			},
			None => <Adapter<F, OU> as OnChargeTransaction<T>>::correct_and_deposit_fee(
				who,
				info,
				post_info,
				corrected_fee,
				tip,
				charged.inner,
			),
		}
	}

	#[cfg(feature = "runtime-benchmarks")]
	fn endow_account(who: &T::AccountId, amount: Self::Balance) {
		<Adapter<F, OU> as OnChargeTransaction<T>>::endow_account(who, amount)
	}

	#[cfg(feature = "runtime-benchmarks")]
	fn minimum_balance() -> Self::Balance {
		<Adapter<F, OU> as OnChargeTransaction<T>>::minimum_balance()
	}
}
