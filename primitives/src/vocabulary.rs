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
///
/// On chain, the four sensitive categories (genomics, mental health, sexual and reproductive
/// health, substance use) appear only as [`DataClass::Restricted`]: a record's category lives in
/// its committed document, a consent's in the patient's consent document, both off chain, so no
/// node operator reads "this patient has a substance-use record". Calls that would store a
/// named sensitive category beside a patient refuse it; questions about one (a consent
/// decision) are answered for `Restricted` ([`DataClass::on_chain`]). The named categories stay
/// in the vocabulary for what happens off chain (documents, FHIR security labels, apps asking).
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
	/// Sensitive data of any category, as the chain knows it: the category itself (one of the
	/// four above) is in the committed document only. Never covered by `All`.
	Restricted,
}

impl DataClass {
	/// Every class, in declaration order.
	pub const ALL: [DataClass; 14] = [
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
		DataClass::Restricted,
	];

	/// Every class a call may store beside a patient: all but the named sensitive categories.
	pub const ON_CHAIN: [DataClass; 10] = [
		DataClass::Demographics,
		DataClass::Encounters,
		DataClass::Diagnoses,
		DataClass::Medications,
		DataClass::Allergies,
		DataClass::LabResults,
		DataClass::Imaging,
		DataClass::Documents,
		DataClass::All,
		DataClass::Restricted,
	];

	/// The class as the chain stores it: a named sensitive category becomes
	/// [`DataClass::Restricted`]; every other class is itself.
	pub fn on_chain(self) -> DataClass {
		if self.is_sensitive() {
			DataClass::Restricted
		} else {
			self
		}
	}

	/// Whether a call may store this class beside a patient (it is not a named sensitive
	/// category).
	pub fn is_allowed_on_chain(self) -> bool {
		self.on_chain() == self
	}

	/// Sensitive classes are never covered by [`DataClass::All`] unless named.
	pub fn is_sensitive(self) -> bool {
		matches!(
			self,
			DataClass::Genomics
				| DataClass::MentalHealth
				| DataClass::SexualReproductive
				| DataClass::SubstanceUse
				| DataClass::Restricted
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
	fn sensitive_categories_are_restricted_on_chain() {
		for class in DataClass::ALL {
			assert_eq!(class.is_allowed_on_chain(), DataClass::ON_CHAIN.contains(&class));
			assert_eq!(class.on_chain() == DataClass::Restricted, class.is_sensitive());
			assert!(class.on_chain().is_allowed_on_chain());
		}
		assert_eq!(DataClass::SubstanceUse.on_chain(), DataClass::Restricted);
		assert_eq!(DataClass::LabResults.on_chain(), DataClass::LabResults);
		assert!(!DataClass::All.covers(DataClass::Restricted));
		assert!(DataClass::Restricted.covers(DataClass::Restricted));
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
