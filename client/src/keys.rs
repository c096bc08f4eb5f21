//! Signing keys: sr25519 key pairs from a secret URI (`//Alice`, a BIP-39 phrase with optional
//! `//hard/soft` derivations and `///password`, or a `0x…` 32-byte seed), or from a key file —
//! a polkadot.js / Talisman / SubWallet JSON export (encrypted; the password from
//! `HEALTHCHAIN_KEY_PASSWORD` or asked for on the terminal) or a text file holding a secret URI.

use std::{path::Path, str::FromStr};

use subxt::utils::AccountId32;
pub use subxt_signer::sr25519::Keypair;

/// The environment variable a key file's password is read from before the terminal is asked.
pub const PASSWORD_VAR: &str = "HEALTHCHAIN_KEY_PASSWORD";

/// Why no key pair could be made.
#[derive(Debug)]
pub struct KeyError(pub String);

impl std::fmt::Display for KeyError {
	fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
		f.write_str(&self.0)
	}
}

impl std::error::Error for KeyError {}

/// The key pair of the secret URI `uri`.
pub fn from_uri(uri: &str) -> Result<Keypair, KeyError> {
	let parsed = subxt_signer::SecretUri::from_str(uri.trim()).map_err(|e| {
		KeyError(format!("not a secret URI (`//Alice`, a 12- or 24-word phrase, `0x` seed): {e}"))
	})?;
	Keypair::from_uri(&parsed).map_err(|e| KeyError(format!("cannot derive a key pair: {e}")))
}

/// The key pair in the key file at `path` (see the module's documentation for the formats).
pub fn from_file(path: &Path) -> Result<Keypair, KeyError> {
	let text = std::fs::read_to_string(path)
		.map_err(|e| KeyError(format!("cannot read key file {}: {e}", path.display())))?;
	if !text.trim_start().starts_with('{') {
		return from_uri(&text);
	}
	let password = match std::env::var(PASSWORD_VAR) {
		Ok(password) => password,
		Err(_) => rpassword::prompt_password(format!("Password for {}: ", path.display()))
			.map_err(|e| KeyError(format!("no password ({PASSWORD_VAR} unset): {e}")))?,
	};
	subxt_signer::polkadot_js_compat::decrypt_json(&text, &password).map_err(|e| {
		KeyError(format!("cannot decrypt key file {} (wrong password?): {e}", path.display()))
	})
}

/// The account of `keypair`.
pub fn account_of(keypair: &Keypair) -> AccountId32 {
	keypair.public_key().to_account_id()
}

/// An account from its SS58 address or `0x` hex, or a dev name (`alice`, `//Dave`, …).
pub fn parse_account(text: &str) -> Result<AccountId32, KeyError> {
	let text = text.trim();
	if let Some(hex) = text.strip_prefix("0x") {
		let bytes = decode_hex(hex).map_err(KeyError)?;
		let bytes: [u8; 32] =
			bytes.try_into().map_err(|_| KeyError("an account is 32 bytes".into()))?;
		return Ok(AccountId32(bytes));
	}
	if let Ok(account) = AccountId32::from_str(text) {
		return Ok(account);
	}
	if text.starts_with("//") {
		return from_uri(text).map(|pair| account_of(&pair));
	}
	Err(KeyError(format!("`{text}` is neither an SS58 address, `0x` hex nor a `//Name` dev key")))
}

/// Bytes from hex (without `0x`), with the reason when it is not hex.
pub fn decode_hex(hex: &str) -> Result<Vec<u8>, String> {
	let hex = hex.strip_prefix("0x").unwrap_or(hex);
	if !hex.bytes().all(|b| b.is_ascii_hexdigit()) {
		return Err(format!("`{hex}` is not hex"));
	}
	if !hex.len().is_multiple_of(2) {
		return Err("odd number of hex digits".into());
	}
	(0..hex.len())
		.step_by(2)
		.map(|i| u8::from_str_radix(&hex[i..i + 2], 16).map_err(|_| format!("`{hex}` is not hex")))
		.collect()
}
