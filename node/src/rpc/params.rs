//! Parsing of JSON-RPC parameters shared by HealthChain's methods, with errors that say what
//! was expected (JSON-RPC `-32602`).

use std::time::{SystemTime, UNIX_EPOCH};

use healthchain_primitives::{
	claims::{day_of, Day},
	Role,
};
use healthchain_runtime::{opaque::Hash, AccountId};
use jsonrpsee::types::{error::ErrorCode, ErrorObjectOwned};
use sc_client_api::HeaderBackend;
use sp_core::crypto::{Ss58AddressFormat, Ss58Codec};

use crate::service::ParachainClient;

/// The SS58 address format the chain's accounts are shown in (the runtime's `SS58Prefix`).
pub const SS58_FORMAT: u16 = 42;

/// A JSON-RPC "invalid params" error with `message`.
pub fn invalid_params(message: impl Into<String>) -> ErrorObjectOwned {
	ErrorObjectOwned::owned(ErrorCode::InvalidParams.code(), message.into(), None::<()>)
}

/// A JSON-RPC "internal error" with `message`.
pub fn internal(message: impl Into<String>) -> ErrorObjectOwned {
	ErrorObjectOwned::owned(ErrorCode::InternalError.code(), message.into(), None::<()>)
}

/// An account given as an SS58 address (any network prefix) or as `0x` and 64 hex digits.
pub fn account(text: &str) -> Result<AccountId, ErrorObjectOwned> {
	let text = text.trim();
	if let Some(hex_digits) = text.strip_prefix("0x") {
		let bytes = hex::decode(hex_digits).ok().filter(|b| b.len() == 32).ok_or_else(|| {
			invalid_params(format!(
				"invalid account {text:?}: a hex account id is 0x followed by 64 hex digits"
			))
		})?;
		let mut raw = [0u8; 32];
		raw.copy_from_slice(&bytes);
		return Ok(AccountId::new(raw));
	}
	AccountId::from_ss58check_with_version(text).map(|(account, _)| account).map_err(|e| {
		invalid_params(format!(
			"invalid account {text:?}: expected an SS58 address or 0x-prefixed 32-byte hex ({e:?})"
		))
	})
}

/// A 32-byte value (record id, batch id, commitment) given as `0x` and 64 hex digits.
pub fn hash32(what: &str, text: &str) -> Result<Hash, ErrorObjectOwned> {
	text.trim()
		.strip_prefix("0x")
		.and_then(|digits| hex::decode(digits).ok())
		.filter(|bytes| bytes.len() == 32)
		.map(|bytes| Hash::from_slice(&bytes))
		.ok_or_else(|| {
			invalid_params(format!(
				"invalid {what} {text:?}: expected 0x followed by 64 hex digits"
			))
		})
}

/// The SS58 form of `account` in the chain's address format.
pub fn ss58(account: &AccountId) -> String {
	account.to_ss58check_with_version(Ss58AddressFormat::custom(SS58_FORMAT))
}

/// A role by name, case-insensitive (`"Hospital"`, `"trialsponsor"`).
pub fn role(name: &str) -> Result<Role, ErrorObjectOwned> {
	Role::parse(name.trim()).ok_or_else(|| {
		let known: Vec<&str> = Role::ALL.iter().map(|r| r.as_str()).collect();
		invalid_params(format!("unknown role {name:?}; roles are {}", known.join(", ")))
	})
}

/// The block to answer at: `at` if given and known, else the best block.
pub fn block(client: &ParachainClient, at: Option<Hash>) -> Result<Hash, ErrorObjectOwned> {
	match at {
		None => Ok(client.info().best_hash),
		Some(hash) => match client.header(hash) {
			Ok(Some(_)) => Ok(hash),
			Ok(None) => Err(invalid_params(format!("unknown block {hash:?}"))),
			Err(e) => Err(internal(format!("cannot read block {hash:?}: {e}"))),
		},
	}
}

/// The civil date `(year, month, day)` of `days` since 1970-01-01 (Howard Hinnant's algorithm,
/// proleptic Gregorian).
fn civil_from_days(days: i64) -> (i64, i64, i64) {
	let z = days + 719_468;
	let era = z.div_euclid(146_097);
	let doe = z.rem_euclid(146_097);
	let yoe = (doe - doe / 1_460 + doe / 36_524 - doe / 146_096) / 365;
	let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
	let mp = (5 * doy + 2) / 153;
	let day = doy - (153 * mp + 2) / 5 + 1;
	let month = if mp < 10 { mp + 3 } else { mp - 9 };
	(yoe + era * 400 + i64::from(month <= 2), month, day)
}

/// Days since 1970-01-01 of the civil date, the inverse of [`civil_from_days`] for real dates.
fn days_from_civil(year: i64, month: i64, day: i64) -> i64 {
	let y = if month <= 2 { year - 1 } else { year };
	let era = y.div_euclid(400);
	let yoe = y - era * 400;
	let doy = (153 * (if month > 2 { month - 3 } else { month + 9 }) + 2) / 5 + day - 1;
	let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
	era * 146_097 + doe - 719_468
}

/// A timestamp (ms since the Unix epoch) as ISO 8601 UTC, `2026-11-22T03:20:00.000Z`.
pub fn iso8601(ms: u64) -> String {
	let (days, ms_of_day) = (ms / 86_400_000, ms % 86_400_000);
	let (year, month, day) = civil_from_days(days as i64);
	let (h, m, s, milli) =
		(ms_of_day / 3_600_000, ms_of_day / 60_000 % 60, ms_of_day / 1_000 % 60, ms_of_day % 1_000);
	format!("{year:04}-{month:02}-{day:02}T{h:02}:{m:02}:{s:02}.{milli:03}Z")
}

/// A day (days since 1970-01-01, UTC) as an ISO 8601 date, `2026-11-22`.
pub fn day_to_iso(day: Day) -> String {
	let (year, month, day) = civil_from_days(i64::from(day));
	format!("{year:04}-{month:02}-{day:02}")
}

/// A date given as ISO 8601 `YYYY-MM-DD` (a real date, from 1970-01-01) as a day: days since
/// 1970-01-01.
pub fn iso_to_day(text: &str) -> Result<Day, ErrorObjectOwned> {
	let text = text.trim();
	let bad = || {
		invalid_params(format!(
			"invalid date {text:?}: expected an ISO 8601 date YYYY-MM-DD, a real date from \
			 1970-01-01"
		))
	};
	let bytes = text.as_bytes();
	if bytes.len() != 10 || bytes[4] != b'-' || bytes[7] != b'-' {
		return Err(bad());
	}
	let number = |range: std::ops::Range<usize>| {
		text.get(range)
			.filter(|digits| digits.bytes().all(|b| b.is_ascii_digit()))
			.and_then(|digits| digits.parse::<i64>().ok())
	};
	let (Some(year), Some(month), Some(day)) = (number(0..4), number(5..7), number(8..10)) else {
		return Err(bad());
	};
	if !(1..=12).contains(&month) || !(1..=31).contains(&day) {
		return Err(bad());
	}
	// A day past the month's end (`02-30`) comes back as another date.
	let days = days_from_civil(year, month, day);
	if civil_from_days(days) != (year, month, day) {
		return Err(bad());
	}
	Day::try_from(days).map_err(|_| bad())
}

/// The wall clock of the node, in ms since the Unix epoch.
pub fn now_ms() -> u64 {
	SystemTime::now().duration_since(UNIX_EPOCH).map_or(0, |d| d.as_millis() as u64)
}

/// Today (UTC) by the node's wall clock, as a day.
pub fn today() -> Day {
	day_of(now_ms())
}

/// A page size: `limit`, or `default` if not given; refused when 0 or above `max`.
pub fn page_limit(limit: Option<u32>, default: u32, max: u32) -> Result<u32, ErrorObjectOwned> {
	match limit.unwrap_or(default) {
		0 => Err(invalid_params("limit must be at least 1")),
		n if n > max => Err(invalid_params(format!("limit {n} is above the maximum of {max}"))),
		n => Ok(n),
	}
}

/// A name from a fixed vocabulary, case-insensitive; the error lists the vocabulary.
pub fn one_of<T: Copy>(what: &str, text: &str, all: &[(T, &str)]) -> Result<T, ErrorObjectOwned> {
	all.iter()
		.find(|(_, name)| name.eq_ignore_ascii_case(text.trim()))
		.map(|(value, _)| *value)
		.ok_or_else(|| {
			let names: Vec<&str> = all.iter().map(|(_, name)| *name).collect();
			invalid_params(format!("unknown {what} {text:?}; expected one of {}", names.join(", ")))
		})
}

#[cfg(test)]
mod tests {
	use super::*;
	use sp_keyring::Sr25519Keyring;

	#[test]
	fn accounts_parse_from_ss58_and_hex() {
		let alice = Sr25519Keyring::Alice.to_account_id();
		assert_eq!(account(&ss58(&alice)).unwrap(), alice);
		let polkadot_form = alice.to_ss58check_with_version(Ss58AddressFormat::custom(0));
		assert_eq!(account(&polkadot_form).unwrap(), alice);
		let hex_form = format!("0x{}", hex::encode(<[u8; 32]>::from(alice.clone())));
		assert_eq!(account(&hex_form).unwrap(), alice);
	}

	#[test]
	fn bad_accounts_are_invalid_params() {
		for bad in
			["", "alice", "0x1234", "0xzz", "5GrwvaEF5zXb26Fz9rcQpDWS57CtERHpNehXCPcNoHGKutQZ"]
		{
			let err = account(bad).unwrap_err();
			assert_eq!(err.code(), ErrorCode::InvalidParams.code(), "{bad}");
			assert!(err.message().contains("invalid account"), "{bad}: {}", err.message());
		}
	}

	#[test]
	fn hashes_need_exactly_32_hex_bytes() {
		let ok = format!("0x{}", "ab".repeat(32));
		assert_eq!(hash32("record id", &ok).unwrap(), Hash::repeat_byte(0xab));
		for bad in ["", "0x", "abab", "0x1234", &format!("0x{}", "zz".repeat(32))] {
			let err = hash32("record id", bad).unwrap_err();
			assert!(err.message().contains("invalid record id"), "{bad}");
		}
	}

	#[test]
	fn timestamps_render_as_iso8601_utc() {
		assert_eq!(iso8601(0), "1970-01-01T00:00:00.000Z");
		assert_eq!(iso8601(951_782_400_000), "2000-02-29T00:00:00.000Z");
		assert_eq!(iso8601(1_795_317_600_123), "2026-11-22T03:20:00.123Z");
	}

	#[test]
	fn days_render_and_parse_as_iso_dates() {
		assert_eq!(day_to_iso(0), "1970-01-01");
		assert_eq!(day_to_iso(11_016), "2000-02-29");
		assert_eq!(day_to_iso(20_779), "2026-11-22");
		assert_eq!(day_to_iso(Day::MAX).len(), 14, "a far-future year has more digits");
		for day in [0, 59, 60, 11_016, 11_017, 20_779, 2_932_896] {
			assert_eq!(iso_to_day(&day_to_iso(day)).unwrap(), day, "{day}");
		}
		assert_eq!(iso_to_day(" 2024-02-29 ").unwrap(), 19_782);
		assert_eq!(iso_to_day("9999-12-31").unwrap(), 2_932_896);
		assert_eq!(day_to_iso(day_of(1_795_317_600_123)), "2026-11-22");
	}

	#[test]
	fn bad_dates_are_invalid_params() {
		for bad in [
			"",
			"2026-1-22",
			"2026/11/22",
			"26-11-22",
			"2026-11-22T00:00:00Z",
			"2026-13-01",
			"2026-00-10",
			"2026-11-00",
			"2026-02-29",
			"2100-02-29",
			"2026-04-31",
			"1969-12-31",
			"+202-11-22",
			"2026-1a-22",
			"２０２６-11-22",
		] {
			let err = iso_to_day(bad).unwrap_err();
			assert_eq!(err.code(), ErrorCode::InvalidParams.code(), "{bad}");
			assert!(err.message().contains("YYYY-MM-DD"), "{bad}: {}", err.message());
		}
	}

	#[test]
	fn page_limits_default_and_are_bounded() {
		assert_eq!(page_limit(None, 20, 100).unwrap(), 20);
		assert_eq!(page_limit(Some(100), 20, 100).unwrap(), 100);
		assert!(page_limit(Some(0), 20, 100).unwrap_err().message().contains("at least 1"));
		let err = page_limit(Some(101), 20, 100).unwrap_err();
		assert_eq!(err.code(), ErrorCode::InvalidParams.code());
		assert!(err.message().contains("maximum of 100"), "{}", err.message());
	}

	#[test]
	fn roles_parse_case_insensitively_and_unknown_ones_list_the_vocabulary() {
		assert_eq!(role("hospital").unwrap(), Role::Hospital);
		assert_eq!(role(" TrialSponsor ").unwrap(), Role::TrialSponsor);
		let err = role("Surgeon").unwrap_err();
		assert_eq!(err.code(), ErrorCode::InvalidParams.code());
		assert!(err.message().contains("Hospital") && err.message().contains("Regulator"));
	}
}
