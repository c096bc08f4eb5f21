//! Genesis presets: `development` (one collator, for `healthchain-node --dev`) and
//! `local_testnet` (two collators, for zombienet). Both fund the well-known development accounts
//! and make Alice the sudo key.

use alloc::{vec, vec::Vec};

use frame_support::{build_struct_json_patch, BoundedVec};
use serde_json::Value;
use sp_genesis_builder::{PresetId, DEV_RUNTIME_PRESET, LOCAL_TESTNET_RUNTIME_PRESET};
use sp_keyring::Sr25519Keyring;

use crate::{
	AccountId, AuraId, Balance, BalancesConfig, CollatorSelectionConfig, CouncilMembershipConfig,
	ParachainInfoConfig, RuntimeGenesisConfig, SessionConfig, SessionKeys, SudoConfig,
	EXISTENTIAL_DEPOSIT, UNIT,
};

/// The parachain id the presets use: the first id a relay chain hands to a registered parachain.
pub const PARACHAIN_ID: u32 = 2000;

/// What each development account starts with: a million tokens.
pub const DEV_ACCOUNT_ENDOWMENT: Balance = 1_000_000 * UNIT;

/// Collators have no bond to post (the set is governed, not staked); the value only has to be
/// non-zero and above the existential deposit.
const CANDIDACY_BOND: Balance = EXISTENTIAL_DEPOSIT * 16;

/// The development council: Alice, Bob and Charlie (two of them are a majority).
fn council() -> Vec<AccountId> {
	[Sr25519Keyring::Alice, Sr25519Keyring::Bob, Sr25519Keyring::Charlie]
		.into_iter()
		.map(|k| k.to_account_id())
		.collect()
}

fn session_keys(aura: AuraId) -> SessionKeys {
	SessionKeys { aura }
}

fn genesis(
	collators: Vec<(AccountId, AuraId)>,
	endowed: Vec<AccountId>,
	council: Vec<AccountId>,
	sudo: AccountId,
	para_id: u32,
) -> Value {
	build_struct_json_patch!(RuntimeGenesisConfig {
		balances: BalancesConfig {
			balances: endowed
				.iter()
				.cloned()
				.map(|a| (a, DEV_ACCOUNT_ENDOWMENT))
				.collect::<Vec<_>>(),
		},
		parachain_info: ParachainInfoConfig { parachain_id: para_id.into() },
		collator_selection: CollatorSelectionConfig {
			invulnerables: collators.iter().cloned().map(|(acc, _)| acc).collect::<Vec<_>>(),
			candidacy_bond: CANDIDACY_BOND,
		},
		session: SessionConfig {
			keys: collators
				.into_iter()
				.map(|(acc, aura)| (acc.clone(), acc, session_keys(aura)))
				.collect::<Vec<_>>(),
		},
		council_membership: CouncilMembershipConfig { members: BoundedVec::truncate_from(council) },
		sudo: SudoConfig { key: Some(sudo) },
	})
}

fn development() -> Value {
	genesis(
		vec![(Sr25519Keyring::Alice.to_account_id(), Sr25519Keyring::Alice.public().into())],
		Sr25519Keyring::well_known().map(|k| k.to_account_id()).collect(),
		council(),
		Sr25519Keyring::Alice.to_account_id(),
		PARACHAIN_ID,
	)
}

fn local_testnet() -> Value {
	genesis(
		vec![
			(Sr25519Keyring::Alice.to_account_id(), Sr25519Keyring::Alice.public().into()),
			(Sr25519Keyring::Bob.to_account_id(), Sr25519Keyring::Bob.public().into()),
		],
		Sr25519Keyring::well_known().map(|k| k.to_account_id()).collect(),
		council(),
		Sr25519Keyring::Alice.to_account_id(),
		PARACHAIN_ID,
	)
}

/// The JSON patch of the preset `id`, or `None` for an unknown id.
pub fn get_preset(id: &PresetId) -> Option<Vec<u8>> {
	let patch = match id.as_ref() {
		DEV_RUNTIME_PRESET => development(),
		LOCAL_TESTNET_RUNTIME_PRESET => local_testnet(),
		_ => return None,
	};
	Some(
		serde_json::to_string(&patch)
			.expect("serialization to json is expected to work. qed.")
			.into_bytes(),
	)
}

/// The names of the presets this runtime offers.
pub fn preset_names() -> Vec<PresetId> {
	vec![PresetId::from(DEV_RUNTIME_PRESET), PresetId::from(LOCAL_TESTNET_RUNTIME_PRESET)]
}

#[cfg(test)]
mod tests {
	use super::*;

	#[test]
	fn every_named_preset_builds_a_patch() {
		for name in preset_names() {
			let bytes = get_preset(&name).expect("named preset exists");
			let json: Value = serde_json::from_slice(&bytes).expect("valid json");
			assert_eq!(json["parachainInfo"]["parachainId"], PARACHAIN_ID);
			assert!(json["sudo"]["key"].is_string());
		}
		assert!(get_preset(&PresetId::from("no-such-preset")).is_none());
	}

	#[test]
	fn local_testnet_has_two_collators_and_funds_dev_accounts() {
		let json: Value = serde_json::from_slice(
			&get_preset(&PresetId::from(LOCAL_TESTNET_RUNTIME_PRESET)).unwrap(),
		)
		.unwrap();
		assert_eq!(json["collatorSelection"]["invulnerables"].as_array().unwrap().len(), 2);
		assert_eq!(json["session"]["keys"].as_array().unwrap().len(), 2);
		assert!(json["balances"]["balances"].as_array().unwrap().len() >= 6);
		assert_eq!(json["councilMembership"]["members"].as_array().unwrap().len(), 3);
	}

	#[test]
	fn presets_build_a_genesis_state() {
		use sp_runtime::BuildStorage;
		for name in preset_names() {
			let patch: Value = serde_json::from_slice(&get_preset(&name).unwrap()).unwrap();
			let mut config = serde_json::to_value(RuntimeGenesisConfig::default()).unwrap();
			json_merge(&mut config, patch);
			let config: RuntimeGenesisConfig = serde_json::from_value(config).unwrap();
			let storage = config.build_storage().expect("genesis builds");
			assert!(!storage.top.is_empty());
		}
	}

	fn json_merge(base: &mut Value, patch: Value) {
		match (base, patch) {
			(Value::Object(b), Value::Object(p)) => {
				for (k, v) in p {
					json_merge(b.entry(k).or_insert(Value::Null), v);
				}
			},
			(b, p) => *b = p,
		}
	}
}
