//! Commitments, record and batch ids, and Merkle trees, computed exactly as the runtime does
//! (`healthchain_primitives::{commitment, records, merkle}`; the tests pin them to each other).
//!
//! - commitment = `blake2_256(SCALE(domain) ‖ 0x01 ‖ SCALE(salt) ‖ bytes)`, salt ≥ 16 bytes, kept
//!   off chain;
//! - record id = `blake2_256(SCALE("healthchain/record-id") ‖ custodian (u32 LE) ‖ local id)`,
//!   batch id the same with `"healthchain/batch-id"`;
//! - Merkle leaf = `blake2_256(0x00 ‖ commitment)`, node = `blake2_256(0x01 ‖ left ‖ right)`;
//!   on a level with an odd count the last node is promoted unchanged.

use serde::{Deserialize, Serialize};
use subxt::{ext::codec::Encode, utils::H256};

/// The domain tag under which the CLI commits documents anchored as records.
pub const RECORD_DOMAIN: &[u8] = b"healthchain/record";
/// The domain tag under which the CLI commits trial documents (registration, protocol, SAP,
/// outcomes).
pub const TRIAL_DOMAIN: &[u8] = b"healthchain/trial";
/// The fewest salt bytes a commitment accepts (128 bits).
pub const MIN_SALT_LEN: usize = 16;
/// The salt length the CLI generates (256 bits).
pub const SALT_LEN: usize = 32;
const COMMITMENT_VERSION: u8 = 1;

/// BLAKE2b-256 of `bytes`, the chain's hash.
pub fn blake2_256(bytes: &[u8]) -> H256 {
	H256(sp_crypto_hashing::blake2_256(bytes))
}

/// Why a commitment could not be computed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CommitmentError {
	/// The salt is shorter than [`MIN_SALT_LEN`].
	SaltTooShort,
	/// The domain tag is empty.
	EmptyDomain,
}

impl std::fmt::Display for CommitmentError {
	fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
		match self {
			Self::SaltTooShort => write!(f, "the salt is shorter than {MIN_SALT_LEN} bytes"),
			Self::EmptyDomain => write!(f, "the domain tag is empty"),
		}
	}
}

impl std::error::Error for CommitmentError {}

/// The commitment to `bytes` under `domain` with `salt`.
pub fn commit(domain: &[u8], salt: &[u8], bytes: &[u8]) -> Result<H256, CommitmentError> {
	if domain.is_empty() {
		return Err(CommitmentError::EmptyDomain);
	}
	if salt.len() < MIN_SALT_LEN {
		return Err(CommitmentError::SaltTooShort);
	}
	let mut preimage = Vec::with_capacity(domain.len() + salt.len() + bytes.len() + 10);
	domain.encode_to(&mut preimage);
	preimage.push(COMMITMENT_VERSION);
	salt.encode_to(&mut preimage);
	preimage.extend_from_slice(bytes);
	Ok(blake2_256(&preimage))
}

/// A fresh random salt of [`SALT_LEN`] bytes from the operating system.
pub fn random_salt() -> Result<[u8; SALT_LEN], getrandom::Error> {
	random_bytes()
}

/// A fresh random 32-byte local id (of a record or a batch) from the operating system.
pub fn random_local_id() -> Result<H256, getrandom::Error> {
	random_bytes().map(H256)
}

fn random_bytes<const N: usize>() -> Result<[u8; N], getrandom::Error> {
	let mut bytes = [0u8; N];
	getrandom::getrandom(&mut bytes)?;
	Ok(bytes)
}

fn derive_id(domain: &[u8], custodian: u32, local_id: &H256) -> H256 {
	blake2_256(&(domain, custodian, local_id.0).encode())
}

/// The id of the record organisation `custodian` anchors under `local_id`.
pub fn record_id(custodian: u32, local_id: &H256) -> H256 {
	derive_id(b"healthchain/record-id", custodian, local_id)
}

/// The id of the batch organisation `custodian` anchors under `local_id`.
pub fn batch_id(custodian: u32, local_id: &H256) -> H256 {
	derive_id(b"healthchain/batch-id", custodian, local_id)
}

/// An inclusion proof, as `healthchain_verifyBatchProof` takes it: the leaf's position, the
/// tree's size and the sibling hashes from the leaf up.
#[derive(Serialize, Deserialize, Clone, PartialEq, Eq, Debug)]
#[serde(rename_all = "camelCase")]
pub struct MerkleProof {
	/// Position of the leaf among the batch's leaves (from 0).
	pub index: u32,
	/// Number of leaves in the batch.
	pub leaf_count: u32,
	/// Sibling hashes, from the leaf's level up.
	pub siblings: Vec<H256>,
}

/// The hash of a leaf.
pub fn leaf_hash(commitment: &H256) -> H256 {
	let mut bytes = [0u8; 33];
	bytes[1..].copy_from_slice(&commitment.0);
	blake2_256(&bytes)
}

/// The hash of an inner node.
pub fn node_hash(left: &H256, right: &H256) -> H256 {
	let mut bytes = [0u8; 65];
	bytes[0] = 1;
	bytes[1..33].copy_from_slice(&left.0);
	bytes[33..].copy_from_slice(&right.0);
	blake2_256(&bytes)
}

/// A Merkle tree over commitments, every level kept so that each leaf's proof is read off in
/// `O(log n)` (a batch of a million documents proves all its leaves in `O(n log n)`).
pub struct MerkleTree {
	levels: Vec<Vec<H256>>,
}

impl MerkleTree {
	/// The tree over `leaves` (commitments, in order); `None` for no leaves or more than
	/// `u32::MAX`.
	pub fn new(leaves: &[H256]) -> Option<Self> {
		if leaves.is_empty() || u32::try_from(leaves.len()).is_err() {
			return None;
		}
		let mut levels = vec![leaves.iter().map(leaf_hash).collect::<Vec<_>>()];
		while let Some(level) = levels.last().filter(|level| level.len() > 1) {
			let next = level
				.chunks(2)
				.map(|pair| match pair {
					[left, right] => node_hash(left, right),
					[single] => *single,
					_ => unreachable!("chunks(2) yields one or two"),
				})
				.collect();
			levels.push(next);
		}
		Some(MerkleTree { levels })
	}

	/// The root.
	pub fn root(&self) -> H256 {
		self.levels.last().and_then(|top| top.first()).copied().unwrap_or_default()
	}

	/// The number of leaves.
	pub fn leaf_count(&self) -> u32 {
		self.levels.first().map_or(0, |leaves| leaves.len() as u32)
	}

	/// The inclusion proof of leaf `index`; `None` if there is no such leaf.
	pub fn proof(&self, index: u32) -> Option<MerkleProof> {
		if index >= self.leaf_count() {
			return None;
		}
		let mut position = index as usize;
		let mut siblings = Vec::new();
		for level in &self.levels[..self.levels.len() - 1] {
			if let Some(hash) = level.get(position ^ 1) {
				siblings.push(*hash);
			}
			position /= 2;
		}
		Some(MerkleProof { index, leaf_count: self.leaf_count(), siblings })
	}
}

/// Whether `proof` shows `commitment` is leaf `proof.index` of the tree with `root` (the same
/// check the runtime makes; the node's `healthchain_verifyBatchProof` also checks the batch's
/// leaf count and erasure state).
pub fn verify_proof(root: &H256, commitment: &H256, proof: &MerkleProof) -> bool {
	if proof.index >= proof.leaf_count {
		return false;
	}
	let mut hash = leaf_hash(commitment);
	let (mut position, mut width) = (proof.index, proof.leaf_count);
	let mut siblings = proof.siblings.iter();
	while width > 1 {
		if position % 2 == 1 {
			let Some(left) = siblings.next() else { return false };
			hash = node_hash(left, &hash);
		} else if position + 1 < width {
			let Some(right) = siblings.next() else { return false };
			hash = node_hash(&hash, right);
		}
		position /= 2;
		width = width.div_ceil(2);
	}
	siblings.next().is_none() && &hash == root
}
