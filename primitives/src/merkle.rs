//! Binary Merkle trees over commitments, for batch anchoring: a custodian anchors the root of
//! many record commitments in one extrinsic; each record later proves its inclusion.
//!
//! One implementation serves the runtime (which checks proofs) and clients (which build trees
//! and proofs); the tests below and the runtime's tests pin them to each other.
//!
//! - leaf = `blake2_256(0x00 ‖ commitment)`, node = `blake2_256(0x01 ‖ left ‖ right)`: the
//!   prefixes keep a leaf from being passed off as a node (second-preimage attacks);
//! - leaves keep their order; on a level with an odd count, the last node is promoted unchanged.

use alloc::vec::Vec;
use codec::{Decode, DecodeWithMemTracking, Encode};
use scale_info::TypeInfo;
use serde::{Deserialize, Serialize};
use sp_core::H256;
use sp_runtime::traits::{BlakeTwo256, Hash};

use crate::commitment::Commitment;

/// An inclusion proof: the leaf's position, the tree's size and the sibling hashes from the
/// leaf up (promoted levels contribute none).
#[derive(
	Encode,
	Decode,
	DecodeWithMemTracking,
	TypeInfo,
	Serialize,
	Deserialize,
	Clone,
	PartialEq,
	Eq,
	Debug,
)]
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
pub fn leaf_hash(commitment: &Commitment) -> H256 {
	let mut bytes = [0u8; 33];
	bytes[1..].copy_from_slice(commitment.as_bytes());
	BlakeTwo256::hash(&bytes)
}

/// The hash of an inner node.
pub fn node_hash(left: &H256, right: &H256) -> H256 {
	let mut bytes = [0u8; 65];
	bytes[0] = 1;
	bytes[1..33].copy_from_slice(left.as_bytes());
	bytes[33..].copy_from_slice(right.as_bytes());
	BlakeTwo256::hash(&bytes)
}

fn next_level(level: &[H256]) -> Vec<H256> {
	level
		.chunks(2)
		.map(|pair| match (pair.first(), pair.get(1)) {
			(Some(left), Some(right)) => node_hash(left, right),
			// The odd one out is promoted; `chunks(2)` never yields an empty chunk.
			(Some(single), None) | (None, Some(single)) => *single,
			(None, None) => H256::zero(),
		})
		.collect()
}

/// The root over `leaves` (commitments, in order); `None` for no leaves.
pub fn root(leaves: &[Commitment]) -> Option<H256> {
	let mut level: Vec<H256> = leaves.iter().map(leaf_hash).collect();
	while level.len() > 1 {
		level = next_level(&level);
	}
	level.first().copied()
}

/// The inclusion proof of leaf `index`; `None` if there is no such leaf.
pub fn proof(leaves: &[Commitment], index: u32) -> Option<MerkleProof> {
	let leaf_count = u32::try_from(leaves.len()).ok()?;
	if index >= leaf_count {
		return None;
	}
	let mut level: Vec<H256> = leaves.iter().map(leaf_hash).collect();
	let mut position = index as usize;
	let mut siblings = Vec::new();
	while level.len() > 1 {
		let sibling = position ^ 1;
		if let Some(hash) = level.get(sibling) {
			siblings.push(*hash);
		}
		level = next_level(&level);
		position /= 2;
	}
	Some(MerkleProof { index, leaf_count, siblings })
}

/// Whether `proof` shows `commitment` is leaf `proof.index` of the tree with `root`.
pub fn verify(root: &H256, commitment: &Commitment, proof: &MerkleProof) -> bool {
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

#[cfg(test)]
mod tests {
	use super::*;

	fn leaves(n: u32) -> Vec<Commitment> {
		(0..n).map(|i| BlakeTwo256::hash(&i.to_le_bytes())).collect()
	}

	#[test]
	fn every_leaf_of_trees_of_every_shape_proves_and_nothing_else_does() {
		for n in [1u32, 2, 3, 4, 5, 7, 8, 9, 16, 33, 100] {
			let all = leaves(n);
			let root = root(&all).unwrap();
			for i in 0..n {
				let p = proof(&all, i).unwrap();
				assert!(verify(&root, &all[i as usize], &p), "n={n} i={i}");
				// Another commitment, another position, a truncated or an extended proof fail. (The
				// leaf count is checked against the batch's by the records pallet.)
				assert!(!verify(&root, &H256::repeat_byte(0xee), &p));
				if n > 1 {
					let moved = MerkleProof { index: (i + 1) % n, ..p.clone() };
					assert!(!verify(&root, &all[i as usize], &moved), "n={n} i={i}");
				}
				if !p.siblings.is_empty() {
					let mut short = p.clone();
					short.siblings.pop();
					assert!(!verify(&root, &all[i as usize], &short));
				}
				let mut long = p.clone();
				long.siblings.push(H256::zero());
				assert!(!verify(&root, &all[i as usize], &long));
			}
			assert!(proof(&all, n).is_none());
		}
	}

	#[test]
	fn empty_batches_have_no_root_and_single_leaves_are_their_own_root() {
		assert_eq!(root(&[]), None);
		let one = leaves(1);
		assert_eq!(root(&one), Some(leaf_hash(&one[0])));
		assert!(proof(&one, 0).unwrap().siblings.is_empty());
	}

	#[test]
	fn a_leaf_cannot_pose_as_a_node() {
		let all = leaves(2);
		let root = root(&all).unwrap();
		// The concatenation of the two leaf hashes is not accepted as a one-leaf tree.
		let fake = MerkleProof { index: 0, leaf_count: 1, siblings: Vec::new() };
		assert!(!verify(&root, &root, &fake));
	}

	#[test]
	fn proofs_are_logarithmic_and_promoted_levels_add_no_sibling() {
		let all = leaves(1_000);
		assert_eq!(proof(&all, 0).unwrap().siblings.len(), 10);
		// Leaf 999 is promoted at the 125- and 63-node levels.
		assert_eq!(proof(&all, 999).unwrap().siblings.len(), 8);
	}
}
