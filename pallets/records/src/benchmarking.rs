//! Benchmarks (v2) of every call at its worst case: every loop at its bound, every item it touches
//! distinct (each version and each access-log entry paid for by a different account, so that
//! every deposit release reads and writes its own account and hold).

use frame_benchmarking::v2::*;
use frame_support::traits::{
	fungible::{Inspect, Mutate, MutateHold},
	Get, Time,
};
use frame_system::RawOrigin;
use healthchain_primitives::{
	consent::Moment,
	records::{batch_id, record_id, AccessBasis, AccessEntry, RecordId, VersionStatus},
	DataClass, Purpose, Role,
};
use sp_core::H256;
use sp_runtime::Saturating;

use crate::*;

/// A distinct 32-byte value for each `i` (local ids, commitments).
fn distinct(tag: u8, i: u32) -> H256 {
	let mut bytes = [tag; 32];
	bytes[28..].copy_from_slice(&i.to_be_bytes());
	H256(bytes)
}

/// A fresh account `name`/`i`, funded, with `amount` on hold for `reason`.
fn holder<T: Config>(
	name: &'static str,
	i: u32,
	reason: HoldReason,
	amount: BalanceOf<T>,
) -> T::AccountId {
	let who: T::AccountId = account(name, i, 0);
	let balance = T::Currency::minimum_balance().saturating_add(amount).saturating_add(amount);
	T::Currency::set_balance(&who, balance);
	let reason: T::RuntimeHoldReason = reason.into();
	T::Currency::hold(&reason, &who, amount).expect("funded above the deposit");
	who
}

/// A hospital member, and a record of `patient` anchored by it with `versions` versions, each with
/// a distinct commitment; versions after the first paid for by distinct accounts.
fn hospital_record<T: Config>(versions: u32) -> (T::AccountId, T::AccountId, RecordId) {
	let (org, member) = T::BenchmarkHelper::organization_with_role(Role::Hospital);
	let patient: T::AccountId = account("patient", 0, 0);
	let local_id = distinct(0x5e, 0);
	Pallet::<T>::anchor(
		RawOrigin::Signed(member.clone()).into(),
		local_id,
		patient.clone(),
		DataClass::LabResults,
		distinct(0xc0, 1),
	)
	.expect("anchored");
	let id = record_id(org, &local_id);
	let deposit = T::VersionDeposit::get();
	for n in 2..=versions {
		Versions::<T>::mutate(id, n.saturating_sub(1), |v| {
			if let Some(v) = v.as_mut() {
				v.status = VersionStatus::Superseded;
			}
		});
		let depositor = holder::<T>("depositor", n, HoldReason::VersionDeposit, deposit);
		Versions::<T>::insert(
			id,
			n,
			Version {
				commitment: distinct(0xc0, n),
				status: VersionStatus::Current,
				anchored_at: frame_system::Pallet::<T>::block_number(),
				anchored_at_ms: T::Time::now(),
				depositor,
				deposit,
			},
		);
		Records::<T>::mutate(id, |r| {
			if let Some(r) = r.as_mut() {
				r.versions = n;
			}
		});
	}
	(member, patient, id)
}

#[benchmarks]
mod benchmarks {
	use super::*;

	#[benchmark]
	fn anchor() {
		let (org, member) = T::BenchmarkHelper::organization_with_role(Role::Laboratory);
		let patient: T::AccountId = account("patient", 0, 0);
		let local_id = distinct(0x1d, 1);

		#[extrinsic_call]
		_(RawOrigin::Signed(member), local_id, patient, DataClass::Restricted, distinct(0xc0, 9));

		assert!(Records::<T>::contains_key(record_id(org, &local_id)));
	}

	#[benchmark]
	fn anchor_version() {
		let (member, _, id) = hospital_record::<T>(T::MaxVersions::get().saturating_sub(1));

		#[extrinsic_call]
		_(RawOrigin::Signed(member), id, distinct(0xc1, 0));

		assert_eq!(Records::<T>::get(id).map(|r| r.versions), Some(T::MaxVersions::get()));
	}

	#[benchmark]
	fn mark_entered_in_error() {
		let (member, _, id) = hospital_record::<T>(1);

		#[extrinsic_call]
		_(RawOrigin::Signed(member), id, 1);

		assert_eq!(
			Versions::<T>::get(id, 1).map(|v| v.status),
			Some(VersionStatus::EnteredInError)
		);
	}

	/// `v` versions, each with its own commitment and (after the first) its own depositor: every
	/// release touches a different account.
	#[benchmark]
	fn erase(v: Linear<1, { T::MaxVersions::get() }>) {
		let (member, _, id) = hospital_record::<T>(v);

		#[extrinsic_call]
		_(RawOrigin::Signed(member), id);

		assert!(Records::<T>::get(id).is_some_and(|r| r.erased));
		assert!(Versions::<T>::iter_prefix(id).next().is_none());
	}

	#[benchmark]
	fn anchor_batch() {
		let (org, member) = T::BenchmarkHelper::organization_with_role(Role::Laboratory);
		let local_id = distinct(0xba, 0);

		#[extrinsic_call]
		_(
			RawOrigin::Signed(member),
			local_id,
			H256::repeat_byte(0x77),
			T::MaxBatchLeaves::get(),
			DataClass::LabResults,
		);

		assert!(Batches::<T>::contains_key(batch_id(org, &local_id)));
	}

	/// With one permitting consent: the decision over a patient's full list of consents is
	/// charged on top, as `ConsentVerifier::decision_weight`.
	#[benchmark]
	fn log_access() {
		let (member, patient, id) = hospital_record::<T>(1);
		let (accessor, _) = T::BenchmarkHelper::organization_with_role(Role::Clinic);
		let consent = T::BenchmarkHelper::permit(
			&patient,
			accessor,
			DataClass::LabResults,
			Purpose::Treatment,
		);

		#[extrinsic_call]
		_(
			RawOrigin::Signed(member),
			id,
			accessor,
			Purpose::Treatment,
			AccessBasis::Consent(consent),
		);

		assert_eq!(AccessLogLength::<T>::get(&patient), 1);
	}

	/// `n` expired entries, each logged (and paid for) by a different account.
	#[benchmark]
	fn prune_access_log(n: Linear<1, { T::MaxPrunePerCall::get() }>) {
		let patient: T::AccountId = account("patient", 0, 0);
		let deposit = T::AccessLogDeposit::get();
		let logged_at: Moment = 1;
		for position in 0..n {
			let depositor = holder::<T>("logger", position, HoldReason::AccessLogDeposit, deposit);
			AccessLog::<T>::insert(
				&patient,
				position,
				LoggedAccess {
					entry: AccessEntry {
						record: distinct(0x5e, position),
						accessor: 0,
						custodian: 0,
						purpose: Purpose::Treatment,
						basis: AccessBasis::Consent(position.into()),
						at: logged_at,
						block: 1,
					},
					depositor,
					deposit,
				},
			);
		}
		AccessLogLength::<T>::insert(&patient, n);
		T::BenchmarkHelper::set_time(logged_at.saturating_add(T::AccessLogRetention::get()));
		let caller: T::AccountId = whitelisted_caller();

		#[extrinsic_call]
		_(RawOrigin::Signed(caller), patient.clone());

		assert_eq!(AccessLogStart::<T>::get(&patient), n);
		assert!(AccessLog::<T>::iter_prefix(&patient).next().is_none());
	}

	impl_benchmark_test_suite!(Pallet, crate::mock::ExtBuilder.build(), crate::mock::Test);
}
