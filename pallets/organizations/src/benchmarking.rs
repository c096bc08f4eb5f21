//! Benchmarks (v2) of every call at its worst case.

use alloc::vec::Vec;

use frame_benchmarking::v2::*;
use frame_support::{
	traits::{
		fungible::{Inspect, Mutate},
		EnsureOrigin, Get,
	},
	BoundedVec,
};
use frame_system::RawOrigin;
use healthchain_primitives::{Commitment, OrganizationId, OrganizationRegistry, Role};
use sp_runtime::Saturating;

use crate::*;

/// An account with enough balance for every deposit it may pay.
fn funded<T: Config>(name: &'static str, index: u32) -> T::AccountId {
	let who: T::AccountId = account(name, index, 0);
	let members: BalanceOf<T> = T::MaxMembers::get().into();
	let amount = T::OrganizationDeposit::get()
		.saturating_add(T::MemberDeposit::get().saturating_mul(members))
		.saturating_mul(2u32.into())
		.saturating_add(T::Currency::minimum_balance().saturating_mul(10u32.into()));
	T::Currency::set_balance(&who, amount);
	who
}

fn roles<T: Config>(count: u32) -> BoundedVec<Role, T::MaxRoles> {
	let list: Vec<Role> = Role::ALL.into_iter().take(count as usize).collect();
	BoundedVec::try_from(list).expect("count <= MaxRoles")
}

fn governance<T: Config>() -> Result<T::RuntimeOrigin, BenchmarkError> {
	T::GovernanceOrigin::try_successful_origin().map_err(|_| BenchmarkError::Weightless)
}

/// The `i`-th (below 100) of a family of 12-digit GS1 Company Prefixes that share their first ten
/// digits, so that an assignment or a withdrawal finds an entry under every shorter prefix.
fn sibling_prefix(i: u32) -> CompanyPrefix {
	assert!(i < 100, "100 siblings share ten digits");
	CompanyPrefix { digits: CompanyPrefix::MAX_DIGITS, value: 871_234_567_800 + u64::from(i) }
}

/// The `i`-th of a family of 12-digit GS1 Company Prefixes that share no shorter prefix, so that
/// each has eight shorter entries of its own.
fn distinct_prefix(i: u32) -> CompanyPrefix {
	CompanyPrefix {
		digits: CompanyPrefix::MAX_DIGITS,
		value: (1_000 + u64::from(i)) * 100_000_000 + 12_345_678,
	}
}

/// Assigns `organization` the prefixes `family(from..from + count)`.
fn holding<T: Config>(
	organization: OrganizationId,
	family: fn(u32) -> CompanyPrefix,
	from: u32,
	count: u32,
) -> Result<(), BenchmarkError> {
	for i in from..from + count {
		Pallet::<T>::assign_company_prefix(governance::<T>()?, organization, family(i))?;
	}
	Ok(())
}

/// Admits an organisation with `role` and a funded admin; returns both.
fn admitted<T: Config>(role: Role) -> Result<(OrganizationId, T::AccountId), BenchmarkError> {
	let admin = funded::<T>("admin", 0);
	let id = NextOrganizationId::<T>::get();
	Pallet::<T>::admit(
		governance::<T>()?,
		admin.clone(),
		BoundedVec::try_from(alloc::vec![role]).map_err(|_| BenchmarkError::Weightless)?,
		Commitment::repeat_byte(1),
	)?;
	Ok((id, admin))
}

#[benchmarks]
mod benchmarks {
	use super::*;

	#[benchmark]
	fn admit(
		r: Linear<1, { T::MaxRoles::get().min(Role::ALL.len() as u32) }>,
	) -> Result<(), BenchmarkError> {
		let origin = governance::<T>()?;
		let admin = funded::<T>("admin", 0);
		#[extrinsic_call]
		_(origin as T::RuntimeOrigin, admin.clone(), roles::<T>(r), Commitment::repeat_byte(7));
		assert!(Members::<T>::contains_key(&admin));
		Ok(())
	}

	/// Every membership paid by a different account, none of them the one that paid the
	/// organisation's deposit, so that removal releases deposits from `m + 1` distinct accounts:
	/// the first admin (the organisation's depositor, its membership unpaid) adds a payer, the
	/// payer adds the first member, the first admin hands the vote over and both leave, and each
	/// member, an admin, adds the next. Every role held, so that removal clears as many
	/// role-activation times as there can be, and `MaxCompanyPrefixes` 12-digit prefixes that
	/// share no shorter prefix, so that it withdraws as many prefixes, each with eight shorter
	/// entries of its own, as there can be.
	#[benchmark]
	fn remove(m: Linear<1, { T::MaxMembers::get() }>) -> Result<(), BenchmarkError> {
		let origin = governance::<T>()?;
		let roles = T::MaxRoles::get().min(Role::ALL.len() as u32) as usize;
		let admin = funded::<T>("admin", 0);
		let org = NextOrganizationId::<T>::get();
		Pallet::<T>::admit(
			governance::<T>()?,
			admin.clone(),
			BoundedVec::try_from(Role::ALL[..roles].to_vec())
				.map_err(|_| BenchmarkError::Weightless)?,
			Commitment::repeat_byte(1),
		)?;
		let signed = |who: &T::AccountId| RawOrigin::Signed(who.clone()).into();
		let payer = funded::<T>("payer", 0);
		Pallet::<T>::add_member(signed(&admin), payer.clone(), true)?;
		let first = funded::<T>("member", 1);
		Pallet::<T>::add_member(signed(&payer), first.clone(), true)?;
		Pallet::<T>::set_voter(signed(&admin), org, first.clone())?;
		Pallet::<T>::remove_member(signed(&first), admin.clone())?;
		Pallet::<T>::remove_member(signed(&first), payer.clone())?;
		let mut adder = first;
		for i in 2..=m {
			let member = funded::<T>("member", i);
			Pallet::<T>::add_member(signed(&adder), member.clone(), true)?;
			adder = member;
		}
		let depositors: Vec<_> = OrganizationMembers::<T>::iter_key_prefix(org)
			.filter_map(|account| Members::<T>::get(account)?.depositor)
			.chain(Organizations::<T>::get(org).map(|o| o.depositor))
			.collect();
		assert_eq!(depositors.len() as u32, m + 1);
		assert!(!healthchain_primitives::has_duplicates(&depositors), "one payer each");
		holding::<T>(org, distinct_prefix, 0, T::MaxCompanyPrefixes::get())?;
		// Another organisation admitted after it: its seat is the collective's last, which
		// takes the removed one's place (the costlier removal: one read and two writes more
		// than removing the last seat).
		Pallet::<T>::admit(
			governance::<T>()?,
			funded::<T>("admin", 1),
			BoundedVec::try_from(alloc::vec![Role::Hospital])
				.map_err(|_| BenchmarkError::Weightless)?,
			Commitment::repeat_byte(2),
		)?;
		#[extrinsic_call]
		_(origin as T::RuntimeOrigin, org);
		assert!(!Organizations::<T>::contains_key(org));
		assert!(PrefixesOf::<T>::get(org).is_empty());
		Ok(())
	}

	/// A 12-digit prefix, so that all eight shorter entries are read and written (they exist: an
	/// assigned prefix of the same family extends them), to an organisation holding all but one
	/// of `MaxCompanyPrefixes`.
	#[benchmark]
	fn assign_company_prefix() -> Result<(), BenchmarkError> {
		let origin = governance::<T>()?;
		let (org, _) = admitted::<T>(Role::Manufacturer)?;
		let held = T::MaxCompanyPrefixes::get().saturating_sub(1);
		holding::<T>(org, sibling_prefix, 0, held)?;
		let prefix = sibling_prefix(held);
		#[extrinsic_call]
		_(origin as T::RuntimeOrigin, org, prefix);
		assert_eq!(CompanyPrefixes::<T>::get(prefix).and_then(|e| e.holder), Some(org));
		Ok(())
	}

	/// A 12-digit prefix, the last of `MaxCompanyPrefixes` its organisation holds, whose eight
	/// shorter entries are kept (another assigned prefix extends them) and written.
	#[benchmark]
	fn withdraw_company_prefix() -> Result<(), BenchmarkError> {
		let origin = governance::<T>()?;
		let (org, _) = admitted::<T>(Role::Manufacturer)?;
		let max = T::MaxCompanyPrefixes::get();
		holding::<T>(org, sibling_prefix, 0, max)?;
		let prefix = sibling_prefix(max - 1);
		#[extrinsic_call]
		_(origin as T::RuntimeOrigin, prefix);
		assert!(CompanyPrefixes::<T>::get(prefix).is_none());
		Ok(())
	}

	#[benchmark]
	fn grant_role() -> Result<(), BenchmarkError> {
		let origin = governance::<T>()?;
		let (org, _) = admitted::<T>(Role::Hospital)?;
		#[extrinsic_call]
		_(origin as T::RuntimeOrigin, org, Role::Laboratory);
		assert!(Pallet::<T>::has_active_role(org, Role::Laboratory));
		Ok(())
	}

	#[benchmark]
	fn suspend_role() -> Result<(), BenchmarkError> {
		let origin =
			T::SuspendOrigin::try_successful_origin().map_err(|_| BenchmarkError::Weightless)?;
		let (org, _) = admitted::<T>(Role::Hospital)?;
		#[extrinsic_call]
		_(origin as T::RuntimeOrigin, org, Role::Hospital);
		assert!(!Pallet::<T>::has_active_role(org, Role::Hospital));
		Ok(())
	}

	#[benchmark]
	fn reinstate_role() -> Result<(), BenchmarkError> {
		let origin = governance::<T>()?;
		let (org, _) = admitted::<T>(Role::Hospital)?;
		Pallet::<T>::suspend_role(governance::<T>()?, org, Role::Hospital)?;
		#[extrinsic_call]
		_(origin as T::RuntimeOrigin, org, Role::Hospital);
		assert!(Pallet::<T>::has_active_role(org, Role::Hospital));
		Ok(())
	}

	#[benchmark]
	fn revoke_role() -> Result<(), BenchmarkError> {
		let origin = governance::<T>()?;
		let (org, _) = admitted::<T>(Role::Hospital)?;
		#[extrinsic_call]
		_(origin as T::RuntimeOrigin, org, Role::Hospital);
		assert!(!Pallet::<T>::has_active_role(org, Role::Hospital));
		Ok(())
	}

	#[benchmark]
	fn add_member() -> Result<(), BenchmarkError> {
		let (org, admin) = admitted::<T>(Role::Hospital)?;
		let member: T::AccountId = account("member", 1, 0);
		#[extrinsic_call]
		_(RawOrigin::Signed(admin), member.clone(), true);
		assert_eq!(Pallet::<T>::organization_of(&member), Some(org));
		Ok(())
	}

	#[benchmark]
	fn remove_member() -> Result<(), BenchmarkError> {
		let (_, admin) = admitted::<T>(Role::Hospital)?;
		let member: T::AccountId = account("member", 1, 0);
		Pallet::<T>::add_member(RawOrigin::Signed(admin.clone()).into(), member.clone(), true)?;
		#[extrinsic_call]
		_(RawOrigin::Signed(admin), member.clone());
		assert!(!Members::<T>::contains_key(&member));
		Ok(())
	}

	#[benchmark]
	fn set_credentials() -> Result<(), BenchmarkError> {
		let (org, admin) = admitted::<T>(Role::Hospital)?;
		#[extrinsic_call]
		_(RawOrigin::Signed(admin), Commitment::repeat_byte(9));
		assert_eq!(
			Organizations::<T>::get(org).map(|o| o.credentials),
			Some(Commitment::repeat_byte(9))
		);
		Ok(())
	}

	/// The voter hands its role to another admin.
	#[benchmark]
	fn set_voter() -> Result<(), BenchmarkError> {
		let (org, admin) = admitted::<T>(Role::Hospital)?;
		let next = funded::<T>("admin", 1);
		Pallet::<T>::add_member(RawOrigin::Signed(admin.clone()).into(), next.clone(), true)?;
		#[extrinsic_call]
		_(RawOrigin::Signed(admin), org, next.clone());
		assert_eq!(Organizations::<T>::get(org).map(|o| o.voter), Some(next));
		Ok(())
	}

	/// What `vote` does besides the seat's own vote: finding the voter's organisation and
	/// checking that it may vote (the seat's vote is weighed by `Config::Seats`).
	#[benchmark]
	fn vote() -> Result<(), BenchmarkError> {
		let (org, admin) = admitted::<T>(Role::Hospital)?;
		let found;
		#[block]
		{
			found = Pallet::<T>::voting_organization(&admin)?;
		}
		assert_eq!(found, org);
		Ok(())
	}

	impl_benchmark_test_suite!(Pallet, crate::mock::ExtBuilder.build(), crate::mock::Test);
}
