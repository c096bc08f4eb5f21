//! Benchmarks (v2) of every call, of the sponsored fee path and of the deposit-payer lookup,
//! each at its worst case.

use frame_benchmarking::v2::*;
use frame_support::{
	dispatch::{DispatchInfo, PostDispatchInfo},
	traits::{fungible::Mutate, Get},
};
use frame_system::RawOrigin;
use healthchain_primitives::Sponsors;
use pallet_transaction_payment::OnChargeTransaction;
use sp_runtime::{
	traits::{Dispatchable, Zero},
	Saturating,
};

use crate::*;

/// The runtime's fee path.
type FeesOf<T> = <T as pallet_transaction_payment::Config>::OnChargeTransaction;
/// The balance type of the runtime's fee path.
type FeeOf<T> = <FeesOf<T> as OnChargeTransaction<T>>::Balance;

/// A payer with funds for the deposit and many fees.
fn payer<T: Config>() -> T::AccountId {
	funded::<T>(T::BenchmarkHelper::sponsoring_member().1)
}

/// `member`, given funds for the deposit and many fees.
fn funded<T: Config>(member: T::AccountId) -> T::AccountId {
	let funds = T::SponsorshipDeposit::get()
		.saturating_add(T::MaxAllowance::get())
		.saturating_mul(100u32.into());
	T::Currency::set_balance(&member, funds);
	member
}

/// A funded member's offer to sponsor `account`, with the largest allowance.
fn offered<T: Config>(account: &T::AccountId) -> T::AccountId {
	offered_by::<T>(payer::<T>(), account)
}

/// `member`'s offer to sponsor `account`, with the largest allowance.
fn offered_by<T: Config>(member: T::AccountId, account: &T::AccountId) -> T::AccountId {
	Pallet::<T>::sponsor(
		RawOrigin::Signed(member.clone()).into(),
		account.clone(),
		T::MaxAllowance::get(),
	)
	.expect("a funded member offers");
	member
}

/// An active organisation other than the one [`BenchmarkHelper::sponsoring_member`] belongs to.
fn another_organization<T: Config>() -> healthchain_primitives::OrganizationId {
	T::BenchmarkHelper::another_sponsoring_member().0
}

/// Names `elsewhere` as the organisation of an offer or a sponsorship, so that its member is no
/// longer a member of the organisation it names: anyone may then end it, and the call asks the
/// registry (the path that reads most inside `withdraw_offer` and `end_sponsorship`).
fn renamed(
	organization: &mut healthchain_primitives::OrganizationId,
	elsewhere: healthchain_primitives::OrganizationId,
) {
	assert!(*organization != elsewhere, "another organisation");
	*organization = elsewhere;
}

/// `account` sponsored by a funded member, with the largest allowance: offered and accepted.
fn sponsored<T: Config>(account: &T::AccountId) -> T::AccountId {
	let member = offered::<T>(account);
	Pallet::<T>::accept_sponsorship(RawOrigin::Signed(account.clone()).into(), member.clone())
		.expect("the account accepts");
	member
}

#[benchmarks(
	where
		T: pallet_transaction_payment::Config,
		FeeOf<T>: From<u32>,
		<T as frame_system::Config>::RuntimeCall:
			Dispatchable<Info = DispatchInfo, PostInfo = PostDispatchInfo>,
)]
mod benchmarks {
	use super::*;

	/// An offer to an account that does not exist yet (it gains its sufficient reference).
	#[benchmark]
	fn sponsor() {
		let member = payer::<T>();
		let patient: T::AccountId = account("patient", 0, 0);

		#[extrinsic_call]
		_(RawOrigin::Signed(member.clone()), patient.clone(), T::MaxAllowance::get());

		assert!(Offers::<T>::contains_key(&patient, &member));
	}

	/// The account accepts an offer whose member is still in force: the offer becomes its
	/// sponsorship, and the sponsorship it had (another organisation's) ends, its deposit
	/// released.
	#[benchmark]
	fn accept_sponsorship() {
		let patient: T::AccountId = account("patient", 0, 0);
		let other = funded::<T>(T::BenchmarkHelper::another_sponsoring_member().1);
		let other = offered_by::<T>(other, &patient);
		Pallet::<T>::accept_sponsorship(RawOrigin::Signed(patient.clone()).into(), other.clone())
			.expect("the account accepts the first offer");
		let member = offered::<T>(&patient);

		#[extrinsic_call]
		_(RawOrigin::Signed(patient.clone()), member.clone());

		assert!(!Offers::<T>::contains_key(&patient, &member));
		assert_eq!(Sponsorships::<T>::get(&patient).map(|s| s.payer), Some(member));
	}

	/// Withdrawn by a third party once the offering member is no longer a member of the
	/// organisation the offer names: the path that reads most inside the call (the member's
	/// organisation, besides the offer, the deposit's hold and the member's account). The
	/// account's own refusal reads less inside it; its fee path's look-ups are charged apart
	/// (`sponsored_call_weight`).
	#[benchmark]
	fn withdraw_offer() {
		let patient: T::AccountId = account("patient", 0, 0);
		let member = offered::<T>(&patient);
		let elsewhere = another_organization::<T>();
		Offers::<T>::mutate(&patient, &member, |offer| {
			renamed(&mut offer.as_mut().expect("offered").organization, elsewhere)
		});
		let stranger: T::AccountId = account("stranger", 0, 0);

		#[extrinsic_call]
		_(RawOrigin::Signed(stranger), patient.clone(), member.clone());

		assert!(!Offers::<T>::contains_key(&patient, &member));
	}

	#[benchmark]
	fn set_allowance() {
		let patient: T::AccountId = account("patient", 0, 0);
		let member = sponsored::<T>(&patient);
		let allowance = T::MaxAllowance::get().saturating_sub(1u32.into()).max(1u32.into());

		#[extrinsic_call]
		_(RawOrigin::Signed(member), patient.clone(), allowance);

		assert_eq!(Sponsorships::<T>::get(&patient).map(|s| s.allowance), Some(allowance));
	}

	/// Ended by a third party once the payer is no longer a member of the sponsoring
	/// organisation: the path that reads most inside the call (the payer's organisation,
	/// besides the sponsorship, the deposit's hold and the payer's account); the deposit
	/// released, the entry removed.
	#[benchmark]
	fn end_sponsorship() {
		let patient: T::AccountId = account("patient", 0, 0);
		sponsored::<T>(&patient);
		let elsewhere = another_organization::<T>();
		Sponsorships::<T>::mutate(&patient, |sponsorship| {
			renamed(&mut sponsorship.as_mut().expect("sponsored").organization, elsewhere)
		});
		let stranger: T::AccountId = account("stranger", 0, 0);

		#[extrinsic_call]
		_(RawOrigin::Signed(stranger), patient.clone());

		assert!(!Sponsorships::<T>::contains_key(&patient));
	}

	/// A sponsored patient operation's fee, validated, withdrawn from the payer and settled
	/// with a refund, in a period that rolls over (the most storage touched).
	#[benchmark]
	fn charge_sponsored() {
		let patient: T::AccountId = account("patient", 0, 0);
		let member = sponsored::<T>(&patient);
		let call = T::BenchmarkHelper::sponsored_call();
		frame_system::Pallet::<T>::set_block_number(
			frame_system::Pallet::<T>::block_number().saturating_add(T::Period::get()),
		);
		let info = DispatchInfo::default();
		let post = PostDispatchInfo::default();
		let fee: FeeOf<T> = 1_000u32.into();
		let actual: FeeOf<T> = 600u32.into();

		#[block]
		{
			FeesOf::<T>::can_withdraw_fee(&patient, &call, &info, fee, Zero::zero())
				.expect("the sponsorship pays");
			let charged = FeesOf::<T>::withdraw_fee(&patient, &call, &info, fee, Zero::zero())
				.expect("the sponsorship pays");
			FeesOf::<T>::correct_and_deposit_fee(
				&patient,
				&info,
				&post,
				actual,
				Zero::zero(),
				charged,
			)
			.expect("settled");
		}

		let s = Sponsorships::<T>::get(&patient).expect("still sponsored");
		assert!(!s.spent.is_zero(), "the fee counted against the allowance");
		assert_eq!(s.payer, member);
	}

	/// The payer of a sponsored account's deposits.
	#[benchmark]
	fn deposit_payer() {
		let patient: T::AccountId = account("patient", 0, 0);
		let member = sponsored::<T>(&patient);
		let found;

		#[block]
		{
			found = <Pallet<T> as Sponsors<T::AccountId>>::deposit_payer(&patient);
		}

		assert_eq!(found, member);
	}

	impl_benchmark_test_suite!(Pallet, crate::mock::ExtBuilder.build(), crate::mock::Test);
}
