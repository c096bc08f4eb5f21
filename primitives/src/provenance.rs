//! Types, identifiers and the runtime API of drug provenance (`pallet-provenance`), after GS1
//! (GTIN, SSCC, the application identifiers a pack's 2D code carries), EPCIS 2.0 / CBV, the US
//! DSCSA and the EU Falsified Medicines Directive.
//!
//! Identifiers are validated here, the same code on chain and off chain:
//! - [`Gtin`]: a GTIN-14, its check digit validated (GS1 mod-10);
//! - [`Sscc`]: an 18-digit Serial Shipping Container Code (a case or pallet), check digit too;
//! - serial numbers and lot numbers: 1–20 characters of the GS1 character set 82
//!   ([`is_gs1_text`]);
//! - [`Expiry`]: the `YYMMDD` date of application identifier (17), `DD = 00` meaning the last day
//!   of the month; a pack expires at the end of that day (UTC).
//!
//! [`parse_element_string`] reads what a scanner reads from a pack: the human-readable form
//! `(01)…(21)…(10)…(17)…` or the raw form with FNC1 (ASCII 29, `GS`) separators.

use alloc::{format, string::String, vec::Vec};
use codec::{Decode, DecodeWithMemTracking, Encode, MaxEncodedLen};
use scale_info::TypeInfo;
use serde::{Deserialize, Serialize};
use sp_core::ConstU32;
use sp_runtime::BoundedVec;

use crate::{commitment::Commitment, consent::Moment, traits::OrganizationId};

/// Most characters of a serial number (GS1 AI 21) or a lot number (AI 10).
pub const MAX_SERIAL_LEN: u32 = 20;

/// A serial number: 1–20 characters of the GS1 character set 82.
pub type Serial = BoundedVec<u8, ConstU32<MAX_SERIAL_LEN>>;

/// A lot (batch) number: 1–20 characters of the GS1 character set 82.
pub type Lot = BoundedVec<u8, ConstU32<MAX_SERIAL_LEN>>;

/// The GS1 mod-10 check digit of `digits` (the digits before the check digit, most significant
/// first): weights 3 and 1 alternate from the rightmost digit.
pub fn check_digit(digits: &[u8]) -> u8 {
	let sum: u32 = digits
		.iter()
		.rev()
		.enumerate()
		.map(|(i, d)| u32::from(*d) * if i % 2 == 0 { 3 } else { 1 })
		.sum();
	((10 - sum % 10) % 10) as u8
}

/// The decimal digits of `value`, zero-padded to `len`.
fn digits_of(value: u64, len: usize) -> Vec<u8> {
	let mut out = alloc::vec![0u8; len];
	let mut v = value;
	for slot in out.iter_mut().rev() {
		*slot = (v % 10) as u8;
		v /= 10;
	}
	out
}

/// Whether `value` has at most `len` digits and a valid GS1 check digit as its last one.
fn valid_code(value: u64, len: u32) -> bool {
	if value >= 10u64.pow(len) {
		return false;
	}
	let digits = digits_of(value, len as usize);
	let (body, check) = digits.split_at(len as usize - 1);
	check_digit(body) == check[0]
}

/// Parses exactly `len` ASCII digits.
fn parse_digits(text: &str, len: usize) -> Option<u64> {
	(text.len() == len && text.bytes().all(|b| b.is_ascii_digit()))
		.then(|| text.bytes().fold(0u64, |acc, b| acc * 10 + u64::from(b - b'0')))
}

/// A Global Trade Item Number in its 14-digit form (GTIN-8/12/13 are zero-padded to 14).
#[derive(
	Encode,
	Decode,
	DecodeWithMemTracking,
	MaxEncodedLen,
	TypeInfo,
	Clone,
	Copy,
	PartialEq,
	Eq,
	PartialOrd,
	Ord,
	Debug,
)]
pub struct Gtin(pub u64);

impl Gtin {
	/// Whether it has 14 digits at most and a valid check digit.
	pub fn is_valid(self) -> bool {
		valid_code(self.0, 14)
	}

	/// Parses 14 digits (or 8, 12 or 13, padded), refusing a wrong check digit.
	pub fn parse(text: &str) -> Result<Gtin, Gs1Error> {
		let text = text.trim();
		if !matches!(text.len(), 8 | 12 | 13 | 14) {
			return Err(Gs1Error::BadLength { ai: "01", expected: "14 digits" });
		}
		let value = parse_digits(text, text.len()).ok_or(Gs1Error::NotDigits { ai: "01" })?;
		let gtin = Gtin(value);
		gtin.is_valid().then_some(gtin).ok_or(Gs1Error::BadCheckDigit { ai: "01" })
	}

	/// The 14 digits.
	pub fn to_digits(self) -> String {
		format!("{:014}", self.0)
	}

	/// The `digits` digits that follow the indicator digit: the GTIN's GS1 Company Prefix if the
	/// company's prefix has that many digits. `digits` is clamped to
	/// [`CompanyPrefix::MIN_DIGITS`]`..=`[`CompanyPrefix::MAX_DIGITS`].
	pub fn company_prefix(self, digits: u8) -> CompanyPrefix {
		CompanyPrefix::of_key(self.0, 14, digits)
	}
}

/// A GS1 Company Prefix: the 4 to 12 digits that GS1 licenses to one company, and with which
/// every GTIN that company allocates begins after its indicator digit, and every SSCC (the number
/// of a logistic unit it builds) after its extension digit. Leading zeros count, so the number of
/// digits is part of it (`0614141` is not `614141`). The registry assigns each to the
/// organisation GS1 licensed it to (`pallet-organizations`), and only that organisation registers
/// products and packs cases under it (`pallet-provenance`). A company identifier, public by
/// design.
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
pub struct CompanyPrefix {
	/// How many digits it has: 4 to 12.
	pub digits: u8,
	/// The digits as a number (fewer than `digits` when it has leading zeros).
	pub value: u64,
}

impl CompanyPrefix {
	/// The fewest digits a GS1 Company Prefix has.
	pub const MIN_DIGITS: u8 = 4;
	/// The most digits a GS1 Company Prefix has.
	pub const MAX_DIGITS: u8 = 12;

	/// Whether it has 4 to 12 digits and its value fits them.
	pub fn is_valid(self) -> bool {
		(Self::MIN_DIGITS..=Self::MAX_DIGITS).contains(&self.digits)
			&& self.value < 10u64.pow(u32::from(self.digits))
	}

	/// The prefixes it extends: its first `MIN_DIGITS`, `MIN_DIGITS + 1`, … digits, shortest
	/// first, up to but not including itself (none for a prefix of `MIN_DIGITS` or fewer).
	pub fn shorter(self) -> impl Iterator<Item = CompanyPrefix> {
		(Self::MIN_DIGITS..self.digits).map(move |d| self.shortened(d))
	}

	/// The `digits` digits of the `width`-digit GS1 key `key` (a GTIN-14 or an SSCC) that
	/// follow its first digit (the indicator or extension digit), where the company prefix sits.
	/// `digits` is clamped to [`Self::MIN_DIGITS`]`..=`[`Self::MAX_DIGITS`]; `width` is 14 or 18.
	fn of_key(key: u64, width: u32, digits: u8) -> CompanyPrefix {
		debug_assert!(width == 14 || width == 18, "a GTIN-14 or an SSCC");
		let digits = digits.clamp(Self::MIN_DIGITS, Self::MAX_DIGITS);
		// After the first digit and the prefix come the rest of the key and its check digit:
		// the `width - 1 - digits` digits dropped from the right.
		let value = (key / 10u64.pow(width - 1 - u32::from(digits))) % 10u64.pow(u32::from(digits));
		CompanyPrefix { digits, value }
	}

	/// Its first `digits` digits (itself when it has no more), for the prefixes it extends.
	pub fn shortened(self, digits: u8) -> CompanyPrefix {
		let digits = digits.min(self.digits);
		let value = 10u64
			.checked_pow(u32::from(self.digits - digits))
			.map_or(0, |dropped| self.value / dropped);
		CompanyPrefix { digits, value }
	}
}

/// A Serial Shipping Container Code: 18 digits, the last a check digit.
#[derive(
	Encode,
	Decode,
	DecodeWithMemTracking,
	MaxEncodedLen,
	TypeInfo,
	Clone,
	Copy,
	PartialEq,
	Eq,
	PartialOrd,
	Ord,
	Debug,
)]
pub struct Sscc(pub u64);

impl Sscc {
	/// Whether it has 18 digits at most and a valid check digit.
	pub fn is_valid(self) -> bool {
		valid_code(self.0, 18)
	}

	/// Parses 18 digits, refusing a wrong check digit.
	pub fn parse(text: &str) -> Result<Sscc, Gs1Error> {
		let value = parse_digits(text.trim(), 18)
			.ok_or(Gs1Error::BadLength { ai: "00", expected: "18 digits" })?;
		let sscc = Sscc(value);
		sscc.is_valid().then_some(sscc).ok_or(Gs1Error::BadCheckDigit { ai: "00" })
	}

	/// The 18 digits.
	pub fn to_digits(self) -> String {
		format!("{:018}", self.0)
	}

	/// The `digits` digits that follow the extension digit: the SSCC's GS1 Company Prefix if the
	/// company that made the logistic unit has a prefix of that many digits (GS1 allocates an
	/// SSCC from the prefix of the company that builds the unit). `digits` is clamped to
	/// [`CompanyPrefix::MIN_DIGITS`]`..=`[`CompanyPrefix::MAX_DIGITS`].
	pub fn company_prefix(self, digits: u8) -> CompanyPrefix {
		CompanyPrefix::of_key(self.0, 18, digits)
	}
}

/// Whether `text` is 1–20 characters of the GS1 character set 82 (the characters serial and lot
/// numbers may use).
pub fn is_gs1_text(text: &[u8]) -> bool {
	!text.is_empty()
		&& text.len() <= MAX_SERIAL_LEN as usize
		&& text.iter().all(|c| {
			c.is_ascii_alphanumeric()
				|| matches!(
					c,
					b'!' | b'"'
						| b'%' | b'&' | b'\''
						| b'(' | b')' | b'*'
						| b'+' | b',' | b'-'
						| b'.' | b'/' | b':'
						| b';' | b'<' | b'='
						| b'>' | b'?' | b'_'
				)
		})
}

/// An expiry date as AI (17) carries it: `YYMMDD` (years 2000–2099), `DD = 00` for the last day
/// of the month.
#[derive(
	Encode,
	Decode,
	DecodeWithMemTracking,
	MaxEncodedLen,
	TypeInfo,
	Clone,
	Copy,
	PartialEq,
	Eq,
	PartialOrd,
	Ord,
	Debug,
)]
pub struct Expiry(pub u32);

fn is_leap(year: i64) -> bool {
	(year % 4 == 0 && year % 100 != 0) || year % 400 == 0
}

fn days_in_month(year: i64, month: u32) -> u32 {
	match month {
		2 if is_leap(year) => 29,
		2 => 28,
		4 | 6 | 9 | 11 => 30,
		_ => 31,
	}
}

/// Days from 1970-01-01 to the civil date (Howard Hinnant's algorithm, proleptic Gregorian).
fn days_from_civil(year: i64, month: u32, day: u32) -> i64 {
	let y = if month <= 2 { year - 1 } else { year };
	let era = y.div_euclid(400);
	let yoe = y - era * 400;
	let m = i64::from(month);
	let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + i64::from(day) - 1;
	let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
	era * 146_097 + doe - 719_468
}

impl Expiry {
	/// `(year, month, day)`, `day` 0 meaning the end of the month.
	fn parts(self) -> (i64, u32, u32) {
		(2000 + i64::from(self.0 / 10_000), self.0 / 100 % 100, self.0 % 100)
	}

	/// Whether it is a real date (`DD` may be `00`).
	pub fn is_valid(self) -> bool {
		let (year, month, day) = self.parts();
		self.0 < 1_000_000 && (1..=12).contains(&month) && day <= days_in_month(year, month)
	}

	/// The last valid day, as `(year, month, day)`.
	pub fn last_day(self) -> (i64, u32, u32) {
		let (year, month, day) = self.parts();
		(year, month, if day == 0 { days_in_month(year, month) } else { day })
	}

	/// The moment (ms since the epoch) from which a pack with this expiry is expired: the start
	/// of the day after its last valid day, UTC.
	pub fn expires_at(self) -> Moment {
		let (year, month, day) = self.last_day();
		let days = days_from_civil(year, month, day) + 1;
		(days.max(0) as u64) * 86_400_000
	}

	/// Whether a pack with this expiry is expired at `now`.
	pub fn is_expired(self, now: Moment) -> bool {
		now >= self.expires_at()
	}

	/// Parses `YYMMDD`.
	pub fn parse(text: &str) -> Result<Expiry, Gs1Error> {
		let value = parse_digits(text.trim(), 6)
			.ok_or(Gs1Error::BadLength { ai: "17", expected: "6 digits YYMMDD" })?;
		let expiry = Expiry(value as u32);
		expiry.is_valid().then_some(expiry).ok_or(Gs1Error::BadDate { ai: "17" })
	}

	/// The ISO 8601 date of the last valid day (`2028-12-31`).
	pub fn to_iso_date(self) -> String {
		let (year, month, day) = self.last_day();
		format!("{year:04}-{month:02}-{day:02}")
	}
}

/// A serialised pack's identity: its SGTIN (GTIN + serial).
#[derive(
	Encode,
	Decode,
	DecodeWithMemTracking,
	MaxEncodedLen,
	TypeInfo,
	Clone,
	PartialEq,
	Eq,
	PartialOrd,
	Ord,
	Debug,
)]
pub struct PackKey {
	/// The product.
	pub gtin: Gtin,
	/// Its serial number.
	pub serial: Serial,
}

/// What a shipment, a receipt or a cancellation names: one pack or a case with its contents.
#[derive(
	Encode, Decode, DecodeWithMemTracking, MaxEncodedLen, TypeInfo, Clone, PartialEq, Eq, Debug,
)]
pub enum Item {
	/// A pack not in a case.
	Pack(PackKey),
	/// A case (aggregation) and every pack in it.
	Case(Sscc),
}

code_enum! {
	/// Why a pack left the supply chain other than by being dispensed (EU FMD / CBV
	/// dispositions).
	DecommissionReason {
		/// Destroyed.
		Destroyed,
		/// Exported outside the market.
		Exported,
		/// Taken as a sample by an authority.
		Sample,
		/// Given as a free sample.
		FreeSample,
		/// Stolen.
		Stolen,
		/// Damaged.
		Damaged,
		/// Locked (kept back, not to be supplied).
		Locked,
	}
}

code_enum! {
	/// Where an investigation of a pack stands (US DSCSA).
	Investigation {
		/// Suspected of being illegitimate: it may not move.
		Suspect,
		/// Quarantined while investigated: it may not move.
		Quarantined,
		/// Found illegitimate (counterfeit, diverted, stolen, …): it never moves again.
		Illegitimate,
	}
}

code_enum! {
	/// A batch's status.
	BatchStatus {
		/// In distribution.
		Active,
		/// Recalled: none of its packs moves or is dispensed.
		Recalled,
	}
}

/// A pack's custody, without investigations.
#[derive(
	Encode,
	Decode,
	DecodeWithMemTracking,
	MaxEncodedLen,
	TypeInfo,
	Clone,
	Copy,
	PartialEq,
	Eq,
	Debug,
)]
pub enum Custody {
	/// Held by its owner.
	Active,
	/// Shipped by its owner to this organisation, not received yet.
	InTransit(OrganizationId),
	/// Dispensed to a patient (terminal, except for the undo rule).
	Dispensed,
	/// Taken out of the supply chain (terminal, except for the undo rule).
	Decommissioned(DecommissionReason),
}

/// A pack's status as queries report it: an investigation, if any, or else its custody.
#[derive(Encode, Decode, TypeInfo, Clone, Copy, PartialEq, Eq, Debug)]
pub enum PackStatus {
	/// Held by its owner.
	Active,
	/// Shipped, not received yet.
	InTransit,
	/// Dispensed.
	Dispensed,
	/// Decommissioned, with the reason.
	Decommissioned(DecommissionReason),
	/// Suspect.
	Suspect,
	/// Quarantined.
	Quarantined,
	/// Illegitimate.
	Illegitimate,
}

impl PackStatus {
	/// The reported status of a pack in `custody` under `investigation`.
	pub fn of(custody: Custody, investigation: Option<Investigation>) -> PackStatus {
		match (investigation, custody) {
			(Some(Investigation::Illegitimate), _) => PackStatus::Illegitimate,
			(Some(Investigation::Quarantined), _) => PackStatus::Quarantined,
			(Some(Investigation::Suspect), _) => PackStatus::Suspect,
			(None, Custody::Active) => PackStatus::Active,
			(None, Custody::InTransit(_)) => PackStatus::InTransit,
			(None, Custody::Dispensed) => PackStatus::Dispensed,
			(None, Custody::Decommissioned(reason)) => PackStatus::Decommissioned(reason),
		}
	}
}

/// What happened to a pack (kept with the pack; the batch's recall is kept with the batch).
#[derive(
	Encode,
	Decode,
	DecodeWithMemTracking,
	MaxEncodedLen,
	TypeInfo,
	Clone,
	Copy,
	PartialEq,
	Eq,
	Debug,
)]
pub enum PackEventKind {
	/// Commissioned (serial assigned and encoded) by its manufacturer.
	Commissioned,
	/// Packed into a case.
	Packed(Sscc),
	/// Unpacked from a case.
	Unpacked(Sscc),
	/// Shipped to an organisation (as part of a case, if it is in one).
	Shipped(OrganizationId),
	/// Received from an organisation.
	Received(OrganizationId),
	/// A shipment to an organisation was cancelled by the shipper before receipt.
	ShipmentCancelled(OrganizationId),
	/// Dispensed.
	Dispensed,
	/// Decommissioned.
	Decommissioned(DecommissionReason),
	/// A dispense or decommission was undone.
	Undone,
	/// Flagged suspect.
	FlaggedSuspect,
	/// Quarantined.
	Quarantined,
	/// Cleared of suspicion.
	Cleared,
	/// Declared illegitimate.
	DeclaredIllegitimate,
}

/// One event of a pack's history.
#[derive(
	Encode,
	Decode,
	DecodeWithMemTracking,
	MaxEncodedLen,
	TypeInfo,
	Clone,
	Copy,
	PartialEq,
	Eq,
	Debug,
)]
pub struct PackEvent {
	/// What happened.
	pub kind: PackEventKind,
	/// The organisation that did it.
	pub by: OrganizationId,
	/// When (ms since the epoch, the chain's timestamp).
	pub at: Moment,
}

/// A product as queries report it.
#[derive(Encode, Decode, TypeInfo, Clone, PartialEq, Eq, Debug)]
pub struct ProductInfo {
	/// Its GTIN.
	pub gtin: Gtin,
	/// The organisation that registered it (manufacturer or repackager).
	pub manufacturer: OrganizationId,
	/// Commitment to the product master data (name, strength, form, national code).
	pub master_data: Commitment,
	/// When it was registered (ms).
	pub registered_at: Moment,
}

/// A batch as queries report it.
#[derive(Encode, Decode, TypeInfo, Clone, PartialEq, Eq, Debug)]
pub struct BatchInfo {
	/// The product.
	pub gtin: Gtin,
	/// Lot number.
	pub lot: Vec<u8>,
	/// Expiry date.
	pub expiry: Expiry,
	/// The product's manufacturer.
	pub manufacturer: OrganizationId,
	/// Packs ever commissioned in it (those removed after their retention period included).
	pub commissioned: u32,
	/// Its status.
	pub status: BatchStatus,
	/// Who recalled it and when.
	pub recalled: Option<(OrganizationId, Moment)>,
	/// When it was registered (ms).
	pub registered_at: Moment,
	/// Whether it is expired at the time asked about.
	pub expired: bool,
}

/// A pack as queries report it.
#[derive(Encode, Decode, TypeInfo, Clone, PartialEq, Eq, Debug)]
pub struct PackInfo {
	/// The product.
	pub gtin: Gtin,
	/// Serial number.
	pub serial: Vec<u8>,
	/// Lot number.
	pub lot: Vec<u8>,
	/// Expiry date (the batch's).
	pub expiry: Expiry,
	/// Status.
	pub status: PackStatus,
	/// The owner (exactly one at any time).
	pub owner: OrganizationId,
	/// Where it is being shipped, if in transit.
	pub in_transit_to: Option<OrganizationId>,
	/// The case it is in.
	pub case: Option<Sscc>,
	/// The batch's status.
	pub batch_status: BatchStatus,
	/// Whether it is expired at the time asked about.
	pub expired: bool,
	/// Its history, oldest first (the batch's recall is in [`BatchInfo::recalled`]).
	pub history: Vec<PackEvent>,
}

/// A case (aggregation) as queries report it.
#[derive(Encode, Decode, TypeInfo, Clone, PartialEq, Eq, Debug)]
pub struct CaseInfo {
	/// Its SSCC.
	pub sscc: Sscc,
	/// The owner.
	pub owner: OrganizationId,
	/// Where it is being shipped, if in transit.
	pub in_transit_to: Option<OrganizationId>,
	/// The packs in it.
	pub contents: Vec<PackKey>,
}

/// The answer to "is this pack authentic, and may it be supplied?", most serious first.
#[derive(Encode, Decode, TypeInfo, Clone, Copy, PartialEq, Eq, Debug)]
pub enum Verdict {
	/// Commissioned, in a batch that is not recalled, not expired, not under investigation, not
	/// dispensed or decommissioned: it may be supplied.
	Authentic,
	/// No pack with this GTIN and serial is on record: never commissioned, or its record was
	/// removed after its retention period (long after its batch expired).
	Unknown,
	/// The pack exists but the lot and/or expiry given differ from the chain's (see
	/// [`Verification::lot_matches`] and [`Verification::expiry_matches`]).
	Mismatch,
	/// Declared illegitimate.
	Illegitimate,
	/// Its batch is recalled.
	Recalled,
	/// Suspect or quarantined.
	Suspect,
	/// Past its expiry date.
	Expired,
	/// Already dispensed.
	AlreadyDispensed,
	/// Decommissioned (the reason is in the pack's status).
	Decommissioned,
}

/// A verification's answer.
#[derive(Encode, Decode, TypeInfo, Clone, PartialEq, Eq, Debug)]
pub struct Verification {
	/// The verdict.
	pub verdict: Verdict,
	/// Whether the lot given matches (`None` if not given or the pack is unknown).
	pub lot_matches: Option<bool>,
	/// Whether the expiry given matches (`None` if not given or the pack is unknown).
	pub expiry_matches: Option<bool>,
	/// The pack, if known.
	pub pack: Option<PackInfo>,
}

/// What a scanner read from a pack's code.
#[derive(Clone, PartialEq, Eq, Debug)]
pub struct Scan {
	/// AI (01).
	pub gtin: Gtin,
	/// AI (21).
	pub serial: Vec<u8>,
	/// AI (10), if present.
	pub lot: Option<Vec<u8>>,
	/// AI (17), if present.
	pub expiry: Option<Expiry>,
}

/// Why an element string or an identifier was refused.
#[derive(Clone, PartialEq, Eq, Debug)]
pub enum Gs1Error {
	/// Nothing to read.
	Empty,
	/// An AI this reader does not know (its length is unknown, so reading cannot go on).
	UnknownAi(String),
	/// An AI's value has the wrong length.
	BadLength {
		/// The AI.
		ai: &'static str,
		/// What was expected.
		expected: &'static str,
	},
	/// A numeric AI with other characters.
	NotDigits {
		/// The AI.
		ai: &'static str,
	},
	/// A GTIN or SSCC with a wrong check digit.
	BadCheckDigit {
		/// The AI.
		ai: &'static str,
	},
	/// A date that does not exist.
	BadDate {
		/// The AI.
		ai: &'static str,
	},
	/// A serial or lot outside the GS1 character set or longer than 20.
	BadText {
		/// The AI.
		ai: &'static str,
	},
	/// An AI given twice.
	Repeated(&'static str),
	/// A required AI missing.
	Missing(&'static str),
	/// Bracketed and raw forms mixed, or a bracket not closed.
	Malformed(String),
}

impl core::fmt::Display for Gs1Error {
	fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
		match self {
			Gs1Error::Empty => write!(f, "empty element string"),
			Gs1Error::UnknownAi(ai) => write!(
				f,
				"unsupported application identifier ({ai}); supported: (01) GTIN, (21) serial, \
				 (10) lot, (17) expiry, and (11), (15), (16), (710)–(715), which are skipped"
			),
			Gs1Error::BadLength { ai, expected } => write!(f, "({ai}) must be {expected}"),
			Gs1Error::NotDigits { ai } => write!(f, "({ai}) must be digits only"),
			Gs1Error::BadCheckDigit { ai } => write!(f, "({ai}) has a wrong check digit"),
			Gs1Error::BadDate { ai } => write!(f, "({ai}) is not a valid YYMMDD date"),
			Gs1Error::BadText { ai } => write!(
				f,
				"({ai}) must be 1 to 20 characters of the GS1 character set (A–Z, a–z, 0–9 and \
				 !\"%&'()*+,-./:;<=>?_)"
			),
			Gs1Error::Repeated(ai) => write!(f, "({ai}) appears twice"),
			Gs1Error::Missing(ai) => write!(f, "({ai}) is missing"),
			Gs1Error::Malformed(why) => write!(f, "malformed element string: {why}"),
		}
	}
}

/// The FNC1 separator of the raw form (ASCII group separator, 29).
pub const FNC1: char = '\u{1d}';

/// The AIs the reader knows: (AI, fixed length of the value or `None` for variable ones).
const AIS: [(&str, Option<usize>); 11] = [
	("01", Some(14)),
	("11", Some(6)),
	("15", Some(6)),
	("16", Some(6)),
	("17", Some(6)),
	("10", None),
	("21", None),
	("710", None),
	("711", None),
	("712", None),
	("714", None),
];

fn known_ai(text: &str) -> Option<(&'static str, Option<usize>)> {
	AIS.iter().find(|(ai, _)| text.starts_with(ai)).copied()
}

/// Reads a GS1 element string: `(01)09501101530003(21)ABC(10)L1(17)281231` or the raw form
/// `0109501101530003` `21ABC` FNC1 `10L1` FNC1 `17281231` (optionally after the symbology
/// identifier `]d2`, `]Q3` or `]C1`). (01) and (21) are required.
pub fn parse_element_string(text: &str) -> Result<Scan, Gs1Error> {
	let text = text.trim();
	if text.is_empty() {
		return Err(Gs1Error::Empty);
	}
	let mut fields: Vec<(&'static str, String)> = Vec::new();
	if text.starts_with('(') {
		if text.contains(FNC1) {
			return Err(Gs1Error::Malformed("FNC1 separators in the bracketed form".into()));
		}
		let mut rest = text;
		while !rest.is_empty() {
			let inner = rest
				.strip_prefix('(')
				.ok_or_else(|| Gs1Error::Malformed(format!("expected \"(\" at {rest:?}")))?;
			let close = inner
				.find(')')
				.ok_or_else(|| Gs1Error::Malformed("an AI bracket is not closed".into()))?;
			let ai_text = &inner[..close];
			let (ai, _) = known_ai(ai_text)
				.filter(|(ai, _)| ai.len() == ai_text.len())
				.ok_or_else(|| Gs1Error::UnknownAi(ai_text.into()))?;
			let value_and_rest = &inner[close + 1..];
			let end = value_and_rest.find('(').unwrap_or(value_and_rest.len());
			fields.push((ai, value_and_rest[..end].into()));
			rest = &value_and_rest[end..];
		}
	} else {
		let mut rest = text;
		for prefix in ["]d2", "]Q3", "]C1", "]e0"] {
			if let Some(stripped) = rest.strip_prefix(prefix) {
				rest = stripped;
			}
		}
		rest = rest.trim_start_matches(FNC1);
		while !rest.is_empty() {
			let (ai, fixed) = known_ai(rest).ok_or_else(|| {
				Gs1Error::UnknownAi(rest.chars().take(4).filter(|c| *c != FNC1).collect())
			})?;
			let body = &rest[ai.len()..];
			let (value, next) = match fixed {
				Some(len) => {
					let len = len.min(body.len());
					(&body[..len], &body[len..])
				},
				None => match body.find(FNC1) {
					Some(at) => (&body[..at], &body[at..]),
					None => (body, ""),
				},
			};
			fields.push((ai, value.into()));
			rest = next.trim_start_matches(FNC1);
		}
	}

	let mut seen: Vec<&'static str> = Vec::new();
	let (mut gtin, mut serial, mut lot, mut expiry) = (None, None, None, None);
	for (ai, value) in fields {
		if seen.contains(&ai) {
			return Err(Gs1Error::Repeated(ai));
		}
		seen.push(ai);
		let text_field = |ai: &'static str| {
			is_gs1_text(value.as_bytes())
				.then(|| value.as_bytes().to_vec())
				.ok_or(Gs1Error::BadText { ai })
		};
		match ai {
			"01" => {
				if value.len() != 14 {
					return Err(Gs1Error::BadLength { ai: "01", expected: "14 digits" });
				}
				gtin = Some(Gtin::parse(&value)?);
			},
			"21" => serial = Some(text_field("21")?),
			"10" => lot = Some(text_field("10")?),
			"17" => expiry = Some(Expiry::parse(&value)?),
			"11" | "15" | "16" => {
				Expiry::parse(&value).map_err(|_| Gs1Error::BadDate { ai })?;
			},
			_ => {
				// (710)–(714) national reimbursement numbers: skipped, but must be sane.
				if value.is_empty() || value.len() > 20 {
					return Err(Gs1Error::BadLength { ai, expected: "1 to 20 characters" });
				}
			},
		}
	}
	Ok(Scan {
		gtin: gtin.ok_or(Gs1Error::Missing("01"))?,
		serial: serial.ok_or(Gs1Error::Missing("21"))?,
		lot,
		expiry,
	})
}

sp_api::decl_runtime_apis! {
	/// Questions a pharmacist's scanner, a patient's phone, a wholesaler or a regulator asks.
	pub trait ProvenanceApi {
		/// Verifies a pack: the lot and expiry, if given, are compared with the chain's.
		fn verify(gtin: Gtin, serial: Vec<u8>, lot: Option<Vec<u8>>, expiry: Option<Expiry>) -> Verification;

		/// A pack with its history.
		fn pack(gtin: Gtin, serial: Vec<u8>) -> Option<PackInfo>;

		/// A product.
		fn product(gtin: Gtin) -> Option<ProductInfo>;

		/// A batch.
		fn batch(gtin: Gtin, lot: Vec<u8>) -> Option<BatchInfo>;

		/// A case and its contents.
		fn case(sscc: Sscc) -> Option<CaseInfo>;

		/// Packs `org` owns now, at most `limit` (≤ 1,000), after the pack `after` of an earlier
		/// page (in storage order).
		fn owned_by(org: OrganizationId, after: Option<PackKey>, limit: u32) -> Vec<PackKey>;

		/// Packs under investigation (suspect, quarantined, illegitimate), at most `limit`
		/// (≤ 1,000), after the pack `after` of an earlier page.
		fn flagged(after: Option<PackKey>, limit: u32) -> Vec<(PackKey, Investigation)>;
	}
}

#[cfg(test)]
mod tests {
	use super::*;

	/// GS1's own example GTIN.
	const GTIN: &str = "09501101530003";

	#[test]
	fn gtin_check_digits_are_validated() {
		let gtin = Gtin::parse(GTIN).unwrap();
		assert_eq!(gtin, Gtin(9_501_101_530_003));
		assert_eq!(gtin.to_digits(), GTIN);
		assert!(gtin.is_valid());
		assert_eq!(Gtin::parse("09501101530004"), Err(Gs1Error::BadCheckDigit { ai: "01" }));
		assert!(!Gtin(9_501_101_530_004).is_valid());
		assert!(!Gtin(100_000_000_000_000).is_valid(), "15 digits");
		// A GTIN-13 is padded.
		assert_eq!(Gtin::parse("9501101530003").unwrap(), gtin);
		assert!(matches!(Gtin::parse("12345"), Err(Gs1Error::BadLength { .. })));
		assert_eq!(Gtin::parse("0950110153000x"), Err(Gs1Error::NotDigits { ai: "01" }));
		assert_eq!(check_digit(&[6, 2, 9, 1, 0, 4, 1, 5, 0, 0, 2, 1]), 3);
	}

	#[test]
	fn a_gtins_company_prefix_is_read_after_its_indicator_digit() {
		let gtin = Gtin::parse(GTIN).unwrap();
		let prefix = |digits, value| CompanyPrefix { digits, value };
		// 0 | 9501101 | 53000 | 3: GS1's example, a 7-digit prefix.
		assert_eq!(gtin.company_prefix(7), prefix(7, 9_501_101));
		assert_eq!(gtin.company_prefix(6), prefix(6, 950_110));
		assert_eq!(gtin.company_prefix(12), prefix(12, 950_110_153_000));
		assert_eq!(gtin.company_prefix(4), prefix(4, 9_501));
		// Outside 4..=12, clamped.
		assert_eq!(gtin.company_prefix(3), prefix(4, 9_501));
		assert_eq!(gtin.company_prefix(13), prefix(12, 950_110_153_000));
		// Leading zeros are digits: indicator 1, then the 7-digit prefix 0614141.
		let case = Gtin::parse("10614141000415").unwrap();
		assert_eq!(case.company_prefix(7), prefix(7, 614_141));
		assert_ne!(case.company_prefix(7), prefix(6, 614_141));
	}

	#[test]
	fn an_ssccs_company_prefix_is_read_after_its_extension_digit() {
		let prefix = |digits, value| CompanyPrefix { digits, value };
		// 1 | 0614141 | 123456789 | 7: GS1's example, a 7-digit prefix with a leading zero.
		let sscc = Sscc::parse("106141411234567897").unwrap();
		assert_eq!(sscc.company_prefix(7), prefix(7, 614_141));
		assert_ne!(sscc.company_prefix(7), prefix(6, 614_141));
		assert_eq!(sscc.company_prefix(4), prefix(4, 614));
		assert_eq!(sscc.company_prefix(12), prefix(12, 61_414_112_345));
		// Outside 4..=12, clamped.
		assert_eq!(sscc.company_prefix(2), prefix(4, 614));
		assert_eq!(sscc.company_prefix(16), prefix(12, 61_414_112_345));
		// A GTIN with the same digits after its first has the same prefix.
		let gtin = Gtin::parse("10614141000415").unwrap();
		let case = Sscc::parse("306141410000000013").unwrap();
		for digits in CompanyPrefix::MIN_DIGITS..=CompanyPrefix::MAX_DIGITS {
			assert_eq!(
				case.company_prefix(digits) == gtin.company_prefix(digits),
				digits <= 10,
				"{digits}"
			);
		}
	}

	#[test]
	fn company_prefixes_have_four_to_twelve_digits_and_shorten_to_those_they_extend() {
		let prefix = |digits, value| CompanyPrefix { digits, value };
		assert!(prefix(4, 0).is_valid());
		assert!(prefix(4, 9_999).is_valid());
		assert!(prefix(7, 614_141).is_valid());
		assert!(prefix(12, 999_999_999_999).is_valid());
		assert!(!prefix(3, 123).is_valid(), "too short");
		assert!(!prefix(13, 1).is_valid(), "too long");
		assert!(!prefix(6, 1_000_000).is_valid(), "more digits than it says");
		assert_eq!(prefix(9, 950_110_153).shortened(7), prefix(7, 9_501_101));
		assert_eq!(prefix(7, 614_141).shortened(6), prefix(6, 61_414));
		assert_eq!(prefix(7, 614_141).shortened(9), prefix(7, 614_141), "never longer");
		// An invalid prefix shortens without overflowing.
		assert_eq!(prefix(255, u64::MAX).shortened(4), prefix(4, 0));
		let extended: Vec<_> = prefix(7, 614_141).shorter().collect();
		assert_eq!(extended, vec![prefix(4, 614), prefix(5, 6_141), prefix(6, 61_414)]);
		assert_eq!(prefix(4, 9_501).shorter().count(), 0);
	}

	#[test]
	fn sscc_check_digits_are_validated() {
		let sscc = Sscc::parse("106141411234567897").unwrap();
		assert!(sscc.is_valid());
		assert_eq!(sscc.to_digits(), "106141411234567897");
		assert_eq!(Sscc::parse("106141411234567890"), Err(Gs1Error::BadCheckDigit { ai: "00" }));
		assert!(Sscc::parse("1234").is_err());
	}

	#[test]
	fn serials_and_lots_use_the_gs1_character_set() {
		assert!(is_gs1_text(b"ABC-123/x.y_z"));
		assert!(is_gs1_text(b"12345678901234567890"));
		assert!(!is_gs1_text(b""));
		assert!(!is_gs1_text(b"123456789012345678901"), "21 characters");
		assert!(!is_gs1_text(b"A B"), "space");
		assert!(!is_gs1_text("Ä".as_bytes()));
		assert!(!is_gs1_text(b"a#b"));
	}

	#[test]
	fn expiry_dates_end_at_the_end_of_their_day() {
		let expiry = Expiry::parse("281231").unwrap();
		assert_eq!(expiry.to_iso_date(), "2028-12-31");
		// 2029-01-01T00:00:00Z.
		assert_eq!(expiry.expires_at(), 1_861_920_000_000);
		assert!(!expiry.is_expired(expiry.expires_at() - 1));
		assert!(expiry.is_expired(expiry.expires_at()));
		// DD = 00: the month's last day, leap years included.
		assert_eq!(Expiry(280200).to_iso_date(), "2028-02-29");
		assert_eq!(Expiry(270200).to_iso_date(), "2027-02-28");
		assert!(!Expiry(270229).is_valid() && Expiry(280229).is_valid());
		assert!(!Expiry(281301).is_valid() && !Expiry(280001).is_valid());
		assert!(!Expiry(1_000_000).is_valid());
		assert_eq!(
			Expiry::parse("2812"),
			Err(Gs1Error::BadLength { ai: "17", expected: "6 digits YYMMDD" })
		);
		assert_eq!(Expiry::parse("281232"), Err(Gs1Error::BadDate { ai: "17" }));
	}

	#[test]
	fn element_strings_are_read_in_both_forms() {
		let expected = Scan {
			gtin: Gtin::parse(GTIN).unwrap(),
			serial: b"12345AB".to_vec(),
			lot: Some(b"LOT-7".to_vec()),
			expiry: Some(Expiry(281231)),
		};
		let bracketed = format!("(01){GTIN}(21)12345AB(10)LOT-7(17)281231");
		assert_eq!(parse_element_string(&bracketed).unwrap(), expected);
		// Raw: fixed-length AIs need no separator, variable ones end at FNC1 or the end.
		let raw = format!("]d201{GTIN}17281231{FNC1}10LOT-7{FNC1}2112345AB");
		assert_eq!(parse_element_string(&raw).unwrap(), expected);
		let raw = format!("01{GTIN}2112345AB{FNC1}10LOT-7{FNC1}17281231");
		assert_eq!(parse_element_string(&raw).unwrap(), expected);
		// Lot and expiry are optional; skipped AIs are checked and dropped.
		let minimal = parse_element_string(&format!("(01){GTIN}(21)S1(714)1234567")).unwrap();
		assert_eq!((minimal.lot, minimal.expiry), (None, None));
	}

	#[test]
	fn malformed_element_strings_say_what_is_wrong() {
		let cases: [(String, Gs1Error); 10] = [
			("".into(), Gs1Error::Empty),
			(format!("(01){GTIN}"), Gs1Error::Missing("21")),
			("(21)ABC".into(), Gs1Error::Missing("01")),
			(format!("(01){GTIN}(21)A(99)X"), Gs1Error::UnknownAi("99".into())),
			(format!("(01){GTIN}(21"), Gs1Error::Malformed("an AI bracket is not closed".into())),
			("(01)09501101530004(21)A".into(), Gs1Error::BadCheckDigit { ai: "01" }),
			(
				"(01)0950110153000(21)A".into(),
				Gs1Error::BadLength { ai: "01", expected: "14 digits" },
			),
			(format!("(01){GTIN}(21)A B"), Gs1Error::BadText { ai: "21" }),
			(format!("(01){GTIN}(21)A(21)B"), Gs1Error::Repeated("21")),
			(format!("(01){GTIN}(21)A(17)281340"), Gs1Error::BadDate { ai: "17" }),
		];
		for (input, error) in cases {
			assert_eq!(parse_element_string(&input), Err(error.clone()), "{input:?}");
			assert!(!error.to_string().is_empty());
		}
		assert_eq!(
			parse_element_string(&format!("01{GTIN}21A{FNC1}99X")),
			Err(Gs1Error::UnknownAi("99X".into()))
		);
	}

	#[test]
	fn reported_status_puts_investigations_first() {
		assert_eq!(PackStatus::of(Custody::Active, None), PackStatus::Active);
		assert_eq!(PackStatus::of(Custody::InTransit(3), None), PackStatus::InTransit);
		assert_eq!(
			PackStatus::of(Custody::Dispensed, Some(Investigation::Suspect)),
			PackStatus::Suspect
		);
		assert_eq!(
			PackStatus::of(Custody::Active, Some(Investigation::Illegitimate)),
			PackStatus::Illegitimate
		);
	}
}
