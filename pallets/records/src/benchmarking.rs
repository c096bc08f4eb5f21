//! Benchmarks (v2) of every call at its worst case.

use frame_benchmarking::v2::*;
use frame_support::traits::Get;
use frame_system::RawOrigin;
use healthchain_primitives::{
	records::{AccessBasis, VersionStatus},
	Commitment, DataClass, Purpose, Role,
};
use sp_core::H256;

use crate::*;

fn record_id(i: u32) -> H256 {
	let mut bytes = [0x5e; 32];
	bytes[28..].copy_from_slice(&i.to_be_bytes());
	H256(bytes)
}

/// A hospital member, and record 0 of `patient` anchored by it with `versions` versions.
fn hospital_record<T: Config>(versions: u32) -> (T::AccountId, T::AccountId, H256) {
	let (_, member) = T::BenchmarkHelper::organization_with_role(Role::Hospital);
	let patient: T::AccountId = account("patient", 0, 0);
	let id = record_id(0);
	Pallet::<T>::anchor(
		RawOrigin::Signed(member.clone()).into(),
		id,
		patient.clone(),
		DataClass::LabResults,
		Commitment::repeat_byte(1),
	)
	.expect("anchored");
	for v in 2..=versions {
		Pallet::<T>::anchor_version(
			RawOrigin::Signed(member.clone()).into(),
			id,
			Commitment::repeat_byte(v as u8),
		)
		.expect("version anchored");
	}
	(member, patient, id)
}

#[benchmarks]
mod benchmarks {
	use super::*;

	#[benchmark]
	fn anchor() {
		let (_, member) = T::BenchmarkHelper::organization_with_role(Role::Laboratory);
		let patient: T::AccountId = account("patient", 0, 0);
		let id = record_id(1);

		#[extrinsic_call]
		_(RawOrigin::Signed(member), id, patient, DataClass::Genomics, Commitment::repeat_byte(9));

		assert!(Records::<T>::contains_key(id));
	}

	#[benchmark]
	fn anchor_version() {
		let (member, _, id) = hospital_record::<T>(T::MaxVersions::get() - 1);

		#[extrinsic_call]
		_(RawOrigin::Signed(member), id, Commitment::repeat_byte(0xff));

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

	#[benchmark]
	fn erase(v: Linear<1, { T::MaxVersions::get() }>) {
		let (member, _, id) = hospital_record::<T>(v);

		#[extrinsic_call]
		_(RawOrigin::Signed(member), id);

		assert!(Records::<T>::get(id).is_some_and(|r| r.erased));
	}

	#[benchmark]
	fn anchor_batch() {
		let (_, member) = T::BenchmarkHelper::organization_with_role(Role::Laboratory);
		let batch = H256::repeat_byte(0xba);

		#[extrinsic_call]
		_(
			RawOrigin::Signed(member),
			batch,
			H256::repeat_byte(0x77),
			T::MaxBatchLeaves::get(),
			DataClass::LabResults,
		);

		assert!(Batches::<T>::contains_key(batch));
	}

	/// The consent decision behind it runs over the patient's full list of consents (the
	/// runtime's helper fills it), the permitting one last.
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

	impl_benchmark_test_suite!(Pallet, crate::mock::ExtBuilder.build(), crate::mock::Test);
}
