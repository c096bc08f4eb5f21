//! Salted commitments (privacy rule 2).
//!
//! A commitment is `blake2_256(SCALE(domain_tag) ‖ version ‖ SCALE(salt) ‖ canonical_bytes)`:
//! the domain tag and the salt are length-prefixed (SCALE compact length), so no two different
//! inputs share an encoding. The salt is random, at least 128 bits, and stays off chain;
//! destroying it makes the commitment unlinkable to any content ("crypto-shredding").
//!
//! [`commit`] works the same in the runtime (no_std), in clients and in tests.

use codec::Encode;
use sp_core::H256;
use sp_runtime::traits::{BlakeTwo256, Hash};

/// A 32-byte commitment to off-chain data.
pub type Commitment = H256;

/// The fewest salt bytes a commitment accepts (128 bits).
pub const MIN_SALT_LEN: usize = 16;

/// Version byte of the commitment scheme above.
pub const COMMITMENT_VERSION: u8 = 1;

/// Why a commitment could not be computed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CommitmentError {
	/// The salt is shorter than [`MIN_SALT_LEN`].
	SaltTooShort,
	/// The domain tag is empty.
	EmptyDomain,
}

/// Computes the commitment of `canonical_bytes` under `domain_tag` with `salt`.
pub fn commit(
	domain_tag: &[u8],
	salt: &[u8],
	canonical_bytes: &[u8],
) -> Result<Commitment, CommitmentError> {
	if domain_tag.is_empty() {
		return Err(CommitmentError::EmptyDomain);
	}
	if salt.len() < MIN_SALT_LEN {
		return Err(CommitmentError::SaltTooShort);
	}
	let mut preimage =
		alloc::vec::Vec::with_capacity(domain_tag.len() + salt.len() + canonical_bytes.len() + 10);
	domain_tag.encode_to(&mut preimage);
	preimage.push(COMMITMENT_VERSION);
	salt.encode_to(&mut preimage);
	preimage.extend_from_slice(canonical_bytes);
	Ok(<BlakeTwo256 as Hash>::hash(&preimage))
}

#[cfg(test)]
mod tests {
	use super::*;

	const SALT: [u8; 16] = [7u8; 16];

	#[test]
	fn same_input_same_commitment_and_salt_changes_it() {
		let a =
			commit(b"healthchain/record", &SALT, b"{\"resourceType\":\"Observation\"}").unwrap();
		let b =
			commit(b"healthchain/record", &SALT, b"{\"resourceType\":\"Observation\"}").unwrap();
		let c = commit(b"healthchain/record", &[8u8; 16], b"{\"resourceType\":\"Observation\"}")
			.unwrap();
		assert_eq!(a, b);
		assert_ne!(a, c);
	}

	#[test]
	fn domain_separates() {
		assert_ne!(
			commit(b"healthchain/record", &SALT, b"x").unwrap(),
			commit(b"healthchain/consent", &SALT, b"x").unwrap()
		);
	}

	#[test]
	fn length_prefixes_prevent_shifting_bytes_between_fields() {
		// Moving a byte from the salt into the content must not give the same commitment.
		let salt17 = [7u8; 17];
		assert_ne!(
			commit(b"d", &salt17, b"x").unwrap(),
			commit(b"d", &SALT, &[7u8, b'x']).unwrap()
		);
	}

	#[test]
	fn matches_the_documented_preimage() {
		let mut preimage = vec![2 << 2, b'h', b'c', COMMITMENT_VERSION, 16 << 2];
		preimage.extend_from_slice(&SALT);
		preimage.extend_from_slice(b"data");
		assert_eq!(
			commit(b"hc", &SALT, b"data").unwrap(),
			H256(sp_io::hashing::blake2_256(&preimage))
		);
	}

	#[test]
	fn short_salt_and_empty_domain_are_refused() {
		assert_eq!(commit(b"d", &[0u8; 15], b"x"), Err(CommitmentError::SaltTooShort));
		assert_eq!(commit(b"", &SALT, b"x"), Err(CommitmentError::EmptyDomain));
	}
}
