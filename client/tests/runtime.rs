//! The client's helpers and its committed metadata, pinned to the runtime: commitments, ids and
//! Merkle proofs equal `healthchain_primitives`' (which the runtime uses), and
//! `metadata/healthchain.scale` equals the runtime's metadata. When the runtime changes, the
//! last test fails; `scripts/metadata.sh` (this test with `HEALTHCHAIN_UPDATE_METADATA=1`)
//! writes the new file.

use healthchain_client::hashing;
use healthchain_primitives as primitives;
use sp_core::H256 as SpH256;

fn sp(h: healthchain_client::subxt::utils::H256) -> SpH256 {
	SpH256(h.0)
}

fn sample_bytes(seed: u32, len: usize) -> Vec<u8> {
	(0..len).map(|i| (seed as usize * 31 + i * 7) as u8).collect()
}

#[test]
fn commitments_equal_the_runtimes() {
	for (seed, len) in [(1u32, 0usize), (2, 1), (3, 63), (4, 64), (5, 1_000), (6, 70_000)] {
		let content = sample_bytes(seed, len);
		for salt_len in [16usize, 32, 100] {
			let salt = sample_bytes(seed + 100, salt_len);
			for domain in [&b"healthchain/record"[..], b"d", &[7u8; 70][..]] {
				assert_eq!(
					sp(hashing::commit(domain, &salt, &content).unwrap()),
					primitives::commitment::commit(domain, &salt, &content).unwrap(),
					"len {len} salt {salt_len}"
				);
			}
		}
	}
	assert!(hashing::commit(b"d", &[0u8; 15], b"x").is_err());
	assert!(hashing::commit(b"", &[0u8; 16], b"x").is_err());
}

#[test]
fn record_and_batch_ids_equal_the_runtimes() {
	for custodian in [0u32, 1, 9, u32::MAX] {
		let local = hashing::random_local_id().unwrap();
		assert_eq!(
			sp(hashing::record_id(custodian, &local)),
			primitives::records::record_id(custodian, &SpH256(local.0))
		);
		assert_eq!(
			sp(hashing::batch_id(custodian, &local)),
			primitives::records::batch_id(custodian, &SpH256(local.0))
		);
	}
}

#[test]
fn merkle_roots_and_proofs_equal_the_runtimes() {
	for n in [1usize, 2, 3, 4, 5, 7, 8, 9, 33, 1_000] {
		let leaves: Vec<_> = (0..n)
			.map(|i| hashing::commit(b"t", &[9u8; 16], &(i as u32).to_le_bytes()).unwrap())
			.collect();
		let theirs: Vec<SpH256> = leaves.iter().map(|l| sp(*l)).collect();
		let tree = hashing::MerkleTree::new(&leaves).unwrap();
		let root = primitives::merkle::root(&theirs).unwrap();
		assert_eq!(sp(tree.root()), root, "n = {n}");
		for i in (0..n as u32).step_by(1.max(n / 50)) {
			let ours = tree.proof(i).unwrap();
			let reference = primitives::merkle::proof(&theirs, i).unwrap();
			assert_eq!(
				serde_json::to_value(&ours).unwrap(),
				serde_json::to_value(&reference).unwrap(),
				"n = {n}, leaf {i}"
			);
			assert!(hashing::verify_proof(&tree.root(), &leaves[i as usize], &ours));
			assert!(primitives::merkle::verify(&root, &theirs[i as usize], &reference));
			if n > 1 {
				let other = leaves[(i as usize + 1) % n];
				assert!(!hashing::verify_proof(&tree.root(), &other, &ours), "n = {n}, leaf {i}");
			}
		}
		assert!(tree.proof(n as u32).is_none());
	}
	assert!(hashing::MerkleTree::new(&[]).is_none());
}

/// This package's directory, as cargo gives it when it runs the test (`CARGO_MANIFEST_DIR` at run
/// time). `env!` alone would pin the clone that compiled the binary: clones that share the target
/// directory reuse each other's test binaries, and that clone may be gone.
fn package_dir() -> std::path::PathBuf {
	std::env::var_os("CARGO_MANIFEST_DIR")
		.map_or_else(|| env!("CARGO_MANIFEST_DIR").into(), Into::into)
}

#[test]
fn committed_metadata_is_the_runtimes() {
	let path = package_dir().join("../metadata/healthchain.scale");
	// Constants in the metadata may read storage (parameters), so ask within externalities.
	let metadata = sp_io::TestExternalities::default()
		.execute_with(|| healthchain_runtime::Runtime::metadata_at_version(15))
		.expect("the runtime serves metadata V15");
	let fresh: &[u8] = &metadata;
	if std::env::var_os("HEALTHCHAIN_UPDATE_METADATA").is_some() {
		std::fs::write(&path, fresh).expect("metadata/healthchain.scale is writable");
	}
	let committed = std::fs::read(&path).expect("metadata/healthchain.scale exists");
	assert!(
		committed == fresh,
		"metadata/healthchain.scale ({} bytes) differs from the runtime's metadata ({} bytes): \
		 run scripts/metadata.sh, rebuild the client and commit the file",
		committed.len(),
		fresh.len()
	);
}

/// Metadata names become identifiers in clients' generated code: polkadot-api's TypeScript
/// descriptors name each runtime API's parameters, so a parameter called `class` (as
/// `ConsentApi::decide`'s once was) breaks every TypeScript app's build.
#[test]
fn runtime_api_parameters_are_valid_typescript_names() {
	// ECMAScript's reserved words, with strict mode's (ES modules are strict).
	const RESERVED: [&str; 46] = [
		"implements",
		"interface",
		"package",
		"private",
		"protected",
		"public",
		"static",
		"await",
		"break",
		"case",
		"catch",
		"class",
		"const",
		"continue",
		"debugger",
		"default",
		"delete",
		"do",
		"else",
		"enum",
		"export",
		"extends",
		"false",
		"finally",
		"for",
		"function",
		"if",
		"import",
		"in",
		"instanceof",
		"new",
		"null",
		"return",
		"super",
		"switch",
		"this",
		"throw",
		"true",
		"try",
		"typeof",
		"var",
		"void",
		"while",
		"with",
		"yield",
		"let",
	];
	let bytes = std::fs::read(package_dir().join("../metadata/healthchain.scale"))
		.expect("metadata/healthchain.scale exists");
	let metadata =
		healthchain_client::subxt::Metadata::decode_from(&bytes[..]).expect("metadata decodes");
	let mut checked = 0;
	for api in metadata.runtime_api_traits() {
		for method in api.methods() {
			for input in method.inputs() {
				let name: &str = &input.name;
				assert!(
					!RESERVED.contains(&name),
					"{}::{}'s parameter `{name}` is a reserved word in TypeScript",
					api.name(),
					method.name(),
				);
				checked += 1;
			}
		}
	}
	assert!(checked > 50, "only {checked} parameters: the walk missed the APIs");
}
