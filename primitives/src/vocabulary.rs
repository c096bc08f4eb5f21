//! The shared healthcare vocabulary: small, fixed sets of codes. Nothing here can carry free
//! text, which keeps on-chain metadata coarse (privacy rule 4).

use codec::{Decode, DecodeWithMemTracking, Encode, MaxEncodedLen};
use scale_info::TypeInfo;
use serde::{Deserialize, Serialize};

/// The role an organisation plays in the consortium. An organisation may hold several; each
/// role can be suspended without removing the organisation.
#[derive(
	Encode,
	Decode,
	DecodeWithMemTracking,
	MaxEncodedLen,
	TypeInfo,
	Serialize,
	Deserialize,
	Clone,
	Copy,
	PartialEq,
	Eq,
	PartialOrd,
	Ord,
	Debug,
)]
pub enum Role {
	/// Inpatient care provider.
	Hospital,
	/// Outpatient care provider.
	Clinic,
	/// Diagnostic laboratory.
	Laboratory,
	/// Dispensing pharmacy.
	Pharmacy,
	/// Drug manufacturer (marketing authorisation holder).
	Manufacturer,
	/// Wholesale distributor.
	Wholesaler,
	/// Repackager or parallel distributor.
	Repackager,
	/// Sponsor of clinical trials.
	TrialSponsor,
	/// Ethics committee / institutional review board.
	EthicsCommittee,
	/// Payer.
	Insurer,
	/// Competent authority.
	Regulator,
}

impl Role {
	/// Every role, in declaration order.
	pub const ALL: [Role; 11] = [
		Role::Hospital,
		Role::Clinic,
		Role::Laboratory,
		Role::Pharmacy,
		Role::Manufacturer,
		Role::Wholesaler,
		Role::Repackager,
		Role::TrialSponsor,
		Role::EthicsCommittee,
		Role::Insurer,
		Role::Regulator,
	];

	/// Roles that treat patients (may open emergency "break-glass" access).
	pub fn is_clinical(self) -> bool {
		matches!(self, Role::Hospital | Role::Clinic)
	}

	/// The role's name as used in JSON (`"Hospital"`, …).
	pub fn as_str(self) -> &'static str {
		match self {
			Role::Hospital => "Hospital",
			Role::Clinic => "Clinic",
			Role::Laboratory => "Laboratory",
			Role::Pharmacy => "Pharmacy",
			Role::Manufacturer => "Manufacturer",
			Role::Wholesaler => "Wholesaler",
			Role::Repackager => "Repackager",
			Role::TrialSponsor => "TrialSponsor",
			Role::EthicsCommittee => "EthicsCommittee",
			Role::Insurer => "Insurer",
			Role::Regulator => "Regulator",
		}
	}

	/// Parses a role name (as [`Role::as_str`] writes it, case-insensitive).
	pub fn parse(name: &str) -> Option<Role> {
		Role::ALL.into_iter().find(|r| r.as_str().eq_ignore_ascii_case(name))
	}
}

/// The kind of health data a consent or a record covers (after FHIR security labels).
#[derive(
	Encode,
	Decode,
	DecodeWithMemTracking,
	MaxEncodedLen,
	TypeInfo,
	Serialize,
	Deserialize,
	Clone,
	Copy,
	PartialEq,
	Eq,
	PartialOrd,
	Ord,
	Debug,
)]
pub enum DataClass {
	/// Demographic data.
	Demographics,
	/// Encounters and visits.
	Encounters,
	/// Diagnoses and problems.
	Diagnoses,
	/// Medications and prescriptions.
	Medications,
	/// Allergies and intolerances.
	Allergies,
	/// Laboratory results.
	LabResults,
	/// Imaging studies and reports.
	Imaging,
	/// Genomic data (sensitive).
	Genomics,
	/// Mental health (sensitive).
	MentalHealth,
	/// Sexual and reproductive health (sensitive).
	SexualReproductive,
	/// Substance use (sensitive).
	SubstanceUse,
	/// Documents and notes.
	Documents,
	/// Every class that is not sensitive; sensitive classes must be named explicitly.
	All,
}

impl DataClass {
	/// Every class, in declaration order.
	pub const ALL: [DataClass; 13] = [
		DataClass::Demographics,
		DataClass::Encounters,
		DataClass::Diagnoses,
		DataClass::Medications,
		DataClass::Allergies,
		DataClass::LabResults,
		DataClass::Imaging,
		DataClass::Genomics,
		DataClass::MentalHealth,
		DataClass::SexualReproductive,
		DataClass::SubstanceUse,
		DataClass::Documents,
		DataClass::All,
	];

	/// Sensitive classes are never covered by [`DataClass::All`] unless named.
	pub fn is_sensitive(self) -> bool {
		matches!(
			self,
			DataClass::Genomics
				| DataClass::MentalHealth
				| DataClass::SexualReproductive
				| DataClass::SubstanceUse
		)
	}

	/// Whether a grant for `self` covers a request for `requested`.
	pub fn covers(self, requested: DataClass) -> bool {
		self == requested
			|| (self == DataClass::All && requested != DataClass::All && !requested.is_sensitive())
	}
}

/// Purpose of use, after HL7 PurposeOfUse.
#[derive(
	Encode,
	Decode,
	DecodeWithMemTracking,
	MaxEncodedLen,
	TypeInfo,
	Serialize,
	Deserialize,
	Clone,
	Copy,
	PartialEq,
	Eq,
	PartialOrd,
	Ord,
	Debug,
)]
pub enum Purpose {
	/// Treatment.
	Treatment,
	/// Emergency treatment (break-glass).
	EmergencyTreatment,
	/// Payment.
	Payment,
	/// Healthcare operations.
	Operations,
	/// Research.
	Research,
	/// Public health.
	PublicHealth,
	/// At the patient's request.
	PatientRequest,
}

/// Action on data, after FHIR consent actions.
#[derive(
	Encode,
	Decode,
	DecodeWithMemTracking,
	MaxEncodedLen,
	TypeInfo,
	Serialize,
	Deserialize,
	Clone,
	Copy,
	PartialEq,
	Eq,
	PartialOrd,
	Ord,
	Debug,
)]
pub enum Action {
	/// Collect data.
	Collect,
	/// Access (read) data.
	Access,
	/// Use data.
	Use,
	/// Disclose data to a third party.
	Disclose,
	/// Correct data.
	Correct,
}

impl Action {
	/// Every action, in declaration order.
	pub const ALL: [Action; 5] =
		[Action::Collect, Action::Access, Action::Use, Action::Disclose, Action::Correct];
}

#[cfg(test)]
mod tests {
	use super::*;

	#[test]
	fn role_names_round_trip() {
		for role in Role::ALL {
			assert_eq!(Role::parse(role.as_str()), Some(role));
			assert_eq!(Role::parse(&role.as_str().to_lowercase()), Some(role));
		}
		assert_eq!(Role::parse("Surgeon"), None);
	}

	#[test]
	fn only_hospitals_and_clinics_are_clinical() {
		let clinical: Vec<Role> = Role::ALL.into_iter().filter(|r| r.is_clinical()).collect();
		assert_eq!(clinical, vec![Role::Hospital, Role::Clinic]);
	}

	#[test]
	fn all_never_covers_sensitive_classes() {
		assert!(DataClass::All.covers(DataClass::LabResults));
		assert!(!DataClass::All.covers(DataClass::MentalHealth));
		assert!(!DataClass::All.covers(DataClass::Genomics));
		assert!(DataClass::MentalHealth.covers(DataClass::MentalHealth));
		assert!(!DataClass::LabResults.covers(DataClass::Imaging));
	}

	#[test]
	fn codes_encode_to_one_byte() {
		assert_eq!(Role::Regulator.encode(), vec![10]);
		assert_eq!(DataClass::max_encoded_len(), 1);
		assert_eq!(Purpose::max_encoded_len(), 1);
		assert_eq!(Action::max_encoded_len(), 1);
	}
}
