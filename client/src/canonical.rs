//! JSON documents in canonical form: the JSON Canonicalization Scheme (RFC 8785), so that a
//! re-ordered or re-indented copy of a FHIR resource commits to the same bytes.
//!
//! - object members sorted by their names' UTF-16 code units, no whitespace anywhere;
//! - strings escaped as RFC 8785 says: `\"`, `\\`, `\b`, `\f`, `\n`, `\r`, `\t`, other control
//!   characters as `\u00xx` (lower-case hex), every other character as itself in UTF-8;
//! - numbers as ECMAScript's `Number.prototype.toString` writes the IEEE-754 double they denote
//!   (`1.0` → `1`, `1e21` → `1e+21`, `0.000001` → `0.000001`, `1e-7` → `1e-7`).

//!
//! RFC 8785 takes I-JSON: a document with a repeated member name is refused, not read as its
//! last occurrence. Integers beyond 2^53 are written as the double they round to, as RFC 8785
//! says: two documents differing only there canonicalise alike.

use std::fmt;

use serde::de::{Deserialize, Deserializer, MapAccess, SeqAccess, Visitor};
use serde_json::{Map, Value};

/// Why a document could not be canonicalised.
#[derive(Debug)]
pub enum CanonicalError {
	/// The bytes are not JSON (or repeat a member name).
	NotJson(serde_json::Error),
	/// A number has no IEEE-754 double (it overflows).
	BadNumber(String),
}

/// A JSON value whose objects never repeat a member name (I-JSON, RFC 7493).
struct Strict(Value);

impl<'de> Deserialize<'de> for Strict {
	fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
		deserializer.deserialize_any(StrictVisitor).map(Strict)
	}
}

struct StrictVisitor;

impl<'de> Visitor<'de> for StrictVisitor {
	type Value = Value;

	fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
		f.write_str("a JSON value")
	}

	fn visit_bool<E>(self, v: bool) -> Result<Value, E> {
		Ok(Value::Bool(v))
	}

	fn visit_i64<E>(self, v: i64) -> Result<Value, E> {
		Ok(Value::from(v))
	}

	fn visit_u64<E>(self, v: u64) -> Result<Value, E> {
		Ok(Value::from(v))
	}

	fn visit_f64<E>(self, v: f64) -> Result<Value, E> {
		Ok(Value::from(v))
	}

	fn visit_str<E>(self, v: &str) -> Result<Value, E> {
		Ok(Value::String(v.to_owned()))
	}

	fn visit_string<E>(self, v: String) -> Result<Value, E> {
		Ok(Value::String(v))
	}

	fn visit_unit<E>(self) -> Result<Value, E> {
		Ok(Value::Null)
	}

	fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Value, A::Error> {
		let mut items = Vec::new();
		while let Some(Strict(item)) = seq.next_element()? {
			items.push(item);
		}
		Ok(Value::Array(items))
	}

	fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Value, A::Error> {
		let mut members = Map::new();
		while let Some(name) = map.next_key::<String>()? {
			// With serde_json's `arbitrary_precision` a number arrives as a one-member map
			// keyed by this private name: let serde_json read it.
			if name.as_bytes() == NUMBER_MARKER {
				let text: String = map.next_value()?;
				let number =
					serde_json::from_str::<Value>(&text).map_err(serde::de::Error::custom)?;
				return Ok(number);
			}
			if members.contains_key(&name) {
				return Err(serde::de::Error::custom(format!("member `{name}` is repeated")));
			}
			let Strict(value) = map.next_value()?;
			members.insert(name, value);
		}
		Ok(Value::Object(members))
	}
}

/// How a document is committed to: its RFC 8785 form (`"jcs"`) when it is a JSON object or
/// array, else its bytes as they are (`"raw"`), with the bytes to commit to. The one rule the
/// command line and apps use, so a document is verified the way it was committed.
pub fn document_form(content: &[u8]) -> (Vec<u8>, &'static str) {
	let starts_as_json =
		content.iter().find(|b| !b.is_ascii_whitespace()).is_some_and(|b| matches!(b, b'{' | b'['));
	match canonicalize(content) {
		Ok(bytes) if starts_as_json => (bytes, "jcs"),
		_ => (content.to_vec(), "raw"),
	}
}

impl fmt::Display for CanonicalError {
	fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
		match self {
			Self::NotJson(e) => write!(f, "not a JSON document: {e}"),
			Self::BadNumber(n) => write!(f, "the number {n} is out of range for JSON (RFC 8785)"),
		}
	}
}

impl std::error::Error for CanonicalError {}

/// The name serde_json gives a number's text internally (`arbitrary_precision`); a document that
/// spells it itself cannot be told from a number, so it is refused.
const NUMBER_MARKER: &[u8] = b"$serde_json::private::Number";

/// The canonical form of the JSON document `bytes`.
pub fn canonicalize(bytes: &[u8]) -> Result<Vec<u8>, CanonicalError> {
	if bytes.windows(NUMBER_MARKER.len()).any(|w| w == NUMBER_MARKER) {
		return Err(CanonicalError::NotJson(serde::de::Error::custom(
			"a member is named like serde_json's internal number marker",
		)));
	}
	let Strict(value) = serde_json::from_slice(bytes).map_err(CanonicalError::NotJson)?;
	canonical_value(&value)
}

/// The canonical form of `value`.
pub fn canonical_value(value: &Value) -> Result<Vec<u8>, CanonicalError> {
	let mut out = String::new();
	write_value(value, &mut out)?;
	Ok(out.into_bytes())
}

fn write_string(s: &str, out: &mut String) {
	// serde_json escapes exactly what RFC 8785 escapes, with lower-case hex.
	out.push_str(&serde_json::to_string(s).expect("a string always serialises"));
}

fn write_value(value: &Value, out: &mut String) -> Result<(), CanonicalError> {
	match value {
		Value::Null => out.push_str("null"),
		Value::Bool(b) => out.push_str(if *b { "true" } else { "false" }),
		Value::Number(n) => {
			// From the number's text (kept by `arbitrary_precision`): Rust's parse rounds
			// correctly, where a best-effort float parser may be one unit off.
			let double = n.to_string().parse::<f64>().ok().filter(|d| d.is_finite());
			out.push_str(&es_number(
				double.ok_or_else(|| CanonicalError::BadNumber(n.to_string()))?,
			));
		},
		Value::String(s) => write_string(s, out),
		Value::Array(items) => {
			out.push('[');
			for (i, item) in items.iter().enumerate() {
				if i > 0 {
					out.push(',');
				}
				write_value(item, out)?;
			}
			out.push(']');
		},
		Value::Object(members) => {
			let mut sorted: Vec<(&String, &Value)> = members.iter().collect();
			sorted.sort_by(|(a, _), (b, _)| a.encode_utf16().cmp(b.encode_utf16()));
			out.push('{');
			for (i, (name, item)) in sorted.into_iter().enumerate() {
				if i > 0 {
					out.push(',');
				}
				write_string(name, out);
				out.push(':');
				write_value(item, out)?;
			}
			out.push('}');
		},
	}
	Ok(())
}

/// `Number.prototype.toString` of a finite double (ECMA-262, Number::toString), from the
/// shortest digits that round-trip, which Rust's `{:e}` gives.
pub fn es_number(value: f64) -> String {
	if value == 0.0 {
		return "0".into();
	}
	let sci = format!("{:e}", value.abs());
	let (mantissa, exponent) = sci.split_once('e').expect("`{:e}` always has an exponent");
	let digits: String = mantissa.chars().filter(|c| *c != '.').collect();
	let exponent: i32 = exponent.parse().expect("`{:e}` writes a decimal exponent");
	let k = digits.len() as i32;
	let n = exponent + 1;
	let sign = if value < 0.0 { "-" } else { "" };
	let body = if k <= n && n <= 21 {
		format!("{digits}{}", "0".repeat((n - k) as usize))
	} else if 0 < n && n <= 21 {
		format!("{}.{}", &digits[..n as usize], &digits[n as usize..])
	} else if -6 < n && n <= 0 {
		format!("0.{}{digits}", "0".repeat((-n) as usize))
	} else {
		let e = n - 1;
		let e = if e >= 0 { format!("+{e}") } else { format!("-{}", -e) };
		if k == 1 {
			format!("{digits}e{e}")
		} else {
			format!("{}.{}e{e}", &digits[..1], &digits[1..])
		}
	};
	format!("{sign}{body}")
}

#[cfg(test)]
mod tests {
	use super::*;

	#[test]
	fn numbers_follow_ecmascript() {
		// The examples of RFC 8785 appendix B and ECMA-262.
		let cases: [(f64, &str); 14] = [
			(0.0, "0"),
			(-0.0, "0"),
			(1.0, "1"),
			(-1.5, "-1.5"),
			(1e21, "1e+21"),
			(1e20, "100000000000000000000"),
			(123456789012345680000.0, "123456789012345680000"),
			(0.000001, "0.000001"),
			(1e-7, "1e-7"),
			(5e-324, "5e-324"),
			(1.7976931348623157e308, "1.7976931348623157e+308"),
			(9007199254740992.0, "9007199254740992"),
			(333333333.3333333, "333333333.3333333"),
			(0.1 + 0.2, "0.30000000000000004"),
		];
		for (value, text) in cases {
			assert_eq!(es_number(value), text, "{value:?}");
		}
	}

	#[test]
	fn reordered_and_reindented_copies_canonicalise_alike() {
		let a = br#"{"resourceType":"Observation","status":"final","valueQuantity":{"value":7.20,"unit":"mmol/L"}}"#;
		let b = b"{\n  \"valueQuantity\" : { \"unit\" : \"mmol/L\", \"value\" : 7.2 },\n  \"status\": \"final\",\n  \"resourceType\": \"Observation\"\n}\n";
		let canonical = canonicalize(a).unwrap();
		assert_eq!(canonical, canonicalize(b).unwrap());
		assert_eq!(
			String::from_utf8(canonical).unwrap(),
			r#"{"resourceType":"Observation","status":"final","valueQuantity":{"unit":"mmol/L","value":7.2}}"#
		);
		// A changed value is another document.
		let c = br#"{"resourceType":"Observation","status":"final","valueQuantity":{"value":7.3,"unit":"mmol/L"}}"#;
		assert_ne!(canonicalize(a).unwrap(), canonicalize(c).unwrap());
	}

	#[test]
	fn names_sort_by_utf16_and_strings_escape_as_rfc_8785() {
		// RFC 8785 §3.2.3: "\u20ac" (€) sorts before "\ud83d\ude00" (😀) in UTF-16 although
		// not in UTF-8 order; "\r" before "1".
		let doc = "{\"\u{1F600}\":\"emoji\",\"\u{20AC}\":\"euro\",\"\\r\":\"cr\",\"1\":\"one\",\"\u{0080}\":\"ctl\"}";
		let out = String::from_utf8(canonicalize(doc.as_bytes()).unwrap()).unwrap();
		assert_eq!(
			out,
			"{\"\\r\":\"cr\",\"1\":\"one\",\"\u{0080}\":\"ctl\",\"\u{20AC}\":\"euro\",\"\u{1F600}\":\"emoji\"}"
		);
		let escapes = String::from_utf8(
			canonicalize("[\"\\u0001/\\\\\\\"\\t\\u007f\\u00e9\"]".as_bytes()).unwrap(),
		)
		.unwrap();
		assert_eq!(escapes, "[\"\\u0001/\\\\\\\"\\t\u{7f}\u{e9}\"]");
		assert!(canonicalize(b"{not json").is_err());
	}

	#[test]
	fn repeated_member_names_are_refused_and_the_form_is_decided_once() {
		assert!(canonicalize(br#"{"a":1,"a":2}"#).is_err());
		assert!(canonicalize(br#"{"a":{"b":1,"b":1}}"#).is_err());
		assert!(canonicalize(br#"[{"a":1},{"a":2}]"#).is_ok());
		assert_eq!(document_form(b"  {\"a\": 1.50}").1, "jcs");
		assert_eq!(document_form(b"  {\"a\": 1.50}").0, b"{\"a\":1.5}");
		// JSON that is not an object or array, and bytes that are not JSON, are committed raw.
		assert_eq!(document_form(b"1.0"), (b"1.0".to_vec(), "raw"));
		assert_eq!(document_form(b"{\"a\":1,\"a\":2}").1, "raw");
		assert_eq!(document_form(&[0, 159, 146]).1, "raw");
		// An object spelling serde_json's internal number marker is not read as a number.
		let marker = br#"[{"$serde_json::private::Number":"1"}]"#;
		assert!(canonicalize(marker).is_err());
		assert_eq!(document_form(marker).1, "raw");
	}

	#[test]
	fn numbers_are_read_from_their_text() {
		// The two neighbours of 0.1 + 0.2 and a long mantissa round as ECMAScript reads them.
		let out = canonicalize(b"[0.30000000000000004,0.3,1.00000000000000011102230246251565405]")
			.unwrap();
		assert_eq!(String::from_utf8(out).unwrap(), "[0.30000000000000004,0.3,1.0000000000000002]");
	}
}
