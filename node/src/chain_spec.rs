//! Chain specifications built into the node, made from the runtime's genesis presets.

use healthchain_runtime::genesis_config_presets::{PARACHAIN_ID, PRODUCTION_RUNTIME_PRESET};
use sc_chain_spec::{ChainSpecExtension, ChainSpecGroup};
use sc_service::ChainType;
use serde::{Deserialize, Serialize};
use sp_genesis_builder::{DEV_RUNTIME_PRESET, LOCAL_TESTNET_RUNTIME_PRESET};

/// The chain specification type of HealthChain.
pub type ChainSpec = sc_service::GenericChainSpec<Extensions>;

/// Parachain fields of a chain spec: the relay chain it runs on and its parachain id.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ChainSpecGroup, ChainSpecExtension)]
#[serde(rename_all = "camelCase")]
pub struct Extensions {
	/// Id of the relay chain's chain spec, e.g. `westend-local`.
	#[serde(alias = "relay_chain")]
	pub relay_chain: String,
	/// The parachain id registered on the relay chain.
	#[serde(alias = "para_id")]
	pub para_id: u32,
}

impl Extensions {
	/// The extensions of `chain_spec`, if it has them.
	pub fn try_get(chain_spec: &dyn sc_service::ChainSpec) -> Option<&Self> {
		sc_chain_spec::get_extension(chain_spec.extensions())
	}
}

fn properties() -> sc_chain_spec::Properties {
	let mut properties = sc_chain_spec::Properties::new();
	properties.insert("tokenSymbol".into(), "HLTH".into());
	properties.insert("tokenDecimals".into(), 12.into());
	properties.insert("ss58Format".into(), 42.into());
	properties
}

fn wasm() -> Result<&'static [u8], String> {
	healthchain_runtime::WASM_BINARY.ok_or_else(|| {
		"the runtime's wasm is not in this binary: it was built with SKIP_WASM_BUILD".to_string()
	})
}

/// The single-node development chain (`--dev`): preset `development`.
pub fn development() -> Result<ChainSpec, String> {
	Ok(ChainSpec::builder(
		wasm()?,
		Extensions { relay_chain: "westend-local".into(), para_id: PARACHAIN_ID },
	)
	.with_name("HealthChain Development")
	.with_id("healthchain_dev")
	.with_chain_type(ChainType::Development)
	.with_genesis_config_preset_name(DEV_RUNTIME_PRESET)
	.with_properties(properties())
	.build())
}

/// The local multi-node test network (zombienet): preset `local_testnet`.
pub fn local_testnet() -> Result<ChainSpec, String> {
	Ok(ChainSpec::builder(
		wasm()?,
		Extensions { relay_chain: "westend-local".into(), para_id: PARACHAIN_ID },
	)
	.with_name("HealthChain Local Testnet")
	.with_id("healthchain_local")
	.with_chain_type(ChainType::Local)
	.with_genesis_config_preset_name(LOCAL_TESTNET_RUNTIME_PRESET)
	.with_protocol_id("healthchain-local")
	.with_properties(properties())
	.build())
}

/// A consortium's chain (`--chain production`): preset `production` — no sudo key, referenda at
/// the production pace. Its keys are placeholders a consortium replaces
/// (`docs/governance.md`); the relay chain named here is the local one, for rehearsal.
pub fn production() -> Result<ChainSpec, String> {
	Ok(ChainSpec::builder(
		wasm()?,
		Extensions { relay_chain: "westend-local".into(), para_id: PARACHAIN_ID },
	)
	.with_name("HealthChain")
	.with_id("healthchain")
	.with_chain_type(ChainType::Live)
	.with_genesis_config_preset_name(PRODUCTION_RUNTIME_PRESET)
	.with_protocol_id("healthchain")
	.with_properties(properties())
	.build())
}

/// Refuses a live chain whose genesis still holds a well-known development key — the
/// placeholders of the `production` preset, which anyone can sign with: with no sudo, whoever
/// holds the seats' voters and the collators' keys governs the chain. Looks for each key as an
/// SS58 address (a plain chain spec) and as hex (a raw one's storage keys and values).
pub fn refuse_development_keys(spec: &dyn sc_service::ChainSpec) -> Result<(), String> {
	if spec.chain_type() != ChainType::Live {
		return Ok(());
	}
	let json = spec.as_json(false)?;
	let found: Vec<&str> = sp_keyring::Sr25519Keyring::iter()
		.filter(|key| {
			use sp_core::crypto::Ss58Codec;
			let account = key.to_account_id();
			json.contains(&account.to_ss58check())
				|| json.contains(&hex::encode(<[u8; 32]>::from(account)))
		})
		.map(<&str>::from)
		.collect();
	if found.is_empty() {
		Ok(())
	} else {
		Err(format!(
			"chain spec `{}` is a live chain, but its genesis holds the well-known development \
			 keys of {}: anyone can sign with them. Replace them with the consortium's own \
			 keys (docs/governance.md) before starting a node on it.",
			spec.id(),
			found.join(", ")
		))
	}
}

/// Resolves `--chain`: a built-in name or the path of a chain spec file.
pub fn load(id: &str) -> Result<Box<dyn sc_service::ChainSpec>, String> {
	Ok(match id {
		"" | "dev" | "development" => Box::new(development()?),
		"local" | "local_testnet" => Box::new(local_testnet()?),
		"production" => Box::new(production()?),
		path => Box::new(ChainSpec::from_json_file(std::path::PathBuf::from(path))?),
	})
}

#[cfg(test)]
mod tests {
	use super::*;

	#[test]
	fn extensions_read_camel_and_snake_case() {
		let camel: Extensions =
			serde_json::from_str(r#"{"relayChain":"westend-local","paraId":2000}"#).unwrap();
		let snake: Extensions =
			serde_json::from_str(r#"{"relay_chain":"westend-local","para_id":2000}"#).unwrap();
		assert_eq!(camel, snake);
		assert_eq!(camel.para_id, 2000);
	}

	#[test]
	fn a_live_chain_with_development_keys_is_refused() {
		let production = production().expect("production spec");
		let refused = refuse_development_keys(&production).expect_err("placeholders refused");
		assert!(refused.contains("Dave"), "{refused}");
		// Test networks may use them.
		assert_eq!(refuse_development_keys(&local_testnet().unwrap()), Ok(()));
		assert_eq!(refuse_development_keys(&development().unwrap()), Ok(()));
	}

	#[test]
	fn unknown_chain_file_is_an_error() {
		assert!(load("/nonexistent/healthchain-spec.json").is_err());
	}
}
