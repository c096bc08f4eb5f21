//! # healthchain-bench — the pieces of the load generator
//!
//! A JSON-RPC client over one kept-alive HTTP/1.1 connection (with JSON-RPC batches, so that
//! thousands of extrinsics per second cost a few requests), the signing of extrinsics exactly as
//! a wallet does, the accounts the generator signs with, and the storage keys it reads to see
//! what each block did.

use std::{
	io::{BufRead, BufReader, Read, Write},
	net::TcpStream,
	time::Duration,
};

use codec::{Decode, Encode};
use healthchain_runtime::{AccountId, Hash, Nonce, RuntimeCall, SignedPayload, UncheckedExtrinsic};
use serde_json::{json, Value};
use sp_core::{crypto::Pair as _, sr25519};
use sp_io::hashing::{blake2_128, blake2_256, twox_128};
use sp_runtime::{generic::Preamble, MultiAddress, MultiSignature};

/// A JSON-RPC error, or a transport failure (code 0).
#[derive(Debug, Clone)]
pub struct RpcError {
	/// JSON-RPC error code (0 for transport errors).
	pub code: i64,
	/// The message.
	pub message: String,
}

impl std::fmt::Display for RpcError {
	fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
		write!(f, "{} ({})", self.message, self.code)
	}
}

fn transport(e: impl std::fmt::Display) -> RpcError {
	RpcError { code: 0, message: format!("transport: {e}") }
}

/// A JSON-RPC client on one kept-alive HTTP/1.1 connection to 127.0.0.1.
pub struct Rpc {
	port: u16,
	conn: Option<BufReader<TcpStream>>,
	next_id: u64,
}

impl Rpc {
	/// A client of the node serving JSON-RPC on `port` (connects on first use).
	pub fn new(port: u16) -> Self {
		Rpc { port, conn: None, next_id: 1 }
	}

	fn post(&mut self, body: &str) -> std::io::Result<Vec<u8>> {
		// One retry on a fresh connection: the server may have closed an idle one.
		for attempt in 0..2 {
			if self.conn.is_none() {
				let stream = TcpStream::connect(("127.0.0.1", self.port))?;
				stream.set_read_timeout(Some(Duration::from_secs(120)))?;
				stream.set_nodelay(true)?;
				self.conn = Some(BufReader::new(stream));
			}
			match self.exchange(body) {
				Ok(response) => return Ok(response),
				Err(e) => {
					self.conn = None;
					if std::env::var_os("BENCH_DEBUG").is_some() {
						eprintln!("rpc: attempt {attempt} failed: {e}");
					}
					if attempt == 1 {
						return Err(e);
					}
				},
			}
		}
		unreachable!("the loop returns")
	}

	fn exchange(&mut self, body: &str) -> std::io::Result<Vec<u8>> {
		let conn = self.conn.as_mut().expect("connected");
		write!(
			conn.get_mut(),
			"POST / HTTP/1.1\r\nHost: 127.0.0.1:{}\r\nContent-Type: application/json\r\n\
			 Content-Length: {}\r\n\r\n{body}",
			self.port,
			body.len()
		)?;
		let mut line = String::new();
		let (mut length, mut chunked, mut close) = (None, false, false);
		conn.read_line(&mut line)?;
		if !line.starts_with("HTTP/1.1 ") {
			return Err(std::io::Error::other(format!("bad status line {line:?}")));
		}
		loop {
			line.clear();
			if conn.read_line(&mut line)? == 0 {
				return Err(std::io::Error::other("connection closed in headers"));
			}
			let header = line.trim_end().to_ascii_lowercase();
			if header.is_empty() {
				break;
			}
			if let Some(v) = header.strip_prefix("content-length:") {
				length = v.trim().parse::<usize>().ok();
			} else if header.starts_with("transfer-encoding:") && header.contains("chunked") {
				chunked = true;
			} else if header.starts_with("connection:") && header.contains("close") {
				close = true;
			}
		}
		let mut body = Vec::new();
		if chunked {
			loop {
				line.clear();
				conn.read_line(&mut line)?;
				let size = usize::from_str_radix(line.trim().split(';').next().unwrap_or(""), 16)
					.map_err(std::io::Error::other)?;
				if size == 0 {
					line.clear();
					conn.read_line(&mut line)?;
					break;
				}
				let start = body.len();
				body.resize(start + size, 0);
				conn.read_exact(&mut body[start..])?;
				let mut crlf = [0u8; 2];
				conn.read_exact(&mut crlf)?;
			}
		} else {
			let length = length.ok_or_else(|| std::io::Error::other("no content length"))?;
			body.resize(length, 0);
			conn.read_exact(&mut body)?;
		}
		if close {
			self.conn = None;
		}
		Ok(body)
	}

	/// Calls `method`.
	pub fn call(&mut self, method: &str, params: Value) -> Result<Value, RpcError> {
		let id = self.next_id;
		self.next_id += 1;
		let body = json!({ "jsonrpc": "2.0", "id": id, "method": method, "params": params });
		let raw = self.post(&body.to_string()).map_err(transport)?;
		let response: Value = serde_json::from_slice(&raw).map_err(transport)?;
		result_of(&response)
	}

	/// Calls `method` once per entry of `params`, in one JSON-RPC batch; answers in order.
	pub fn batch(&mut self, method: &str, params: &[Value]) -> Vec<Result<Value, RpcError>> {
		if params.is_empty() {
			return Vec::new();
		}
		let first = self.next_id;
		self.next_id += params.len() as u64;
		let requests: Vec<Value> = params
			.iter()
			.enumerate()
			.map(
				|(i, p)| json!({ "jsonrpc": "2.0", "id": first + i as u64, "method": method, "params": p }),
			)
			.collect();
		let failed = |e: RpcError| vec![Err(e); params.len()];
		let raw = match self.post(&Value::Array(requests).to_string()) {
			Ok(raw) => raw,
			Err(e) => return failed(transport(e)),
		};
		let responses: Vec<Value> = match serde_json::from_slice(&raw) {
			Ok(Value::Array(list)) => list,
			Ok(other) => {
				return failed(result_of(&other).err().unwrap_or_else(|| transport("not a batch")))
			},
			Err(e) => return failed(transport(e)),
		};
		let mut out = vec![Err(transport("no answer")); params.len()];
		for response in responses {
			if let Some(i) = response["id"].as_u64().and_then(|id| id.checked_sub(first)) {
				if let Some(slot) = out.get_mut(i as usize) {
					*slot = result_of(&response);
				}
			}
		}
		out
	}
}

fn result_of(response: &Value) -> Result<Value, RpcError> {
	match response.get("error") {
		Some(error) => Err(RpcError {
			code: error["code"].as_i64().unwrap_or_default(),
			message: match error.get("data") {
				Some(Value::String(data)) => {
					format!("{}: {data}", error["message"].as_str().unwrap_or_default())
				},
				_ => error["message"].as_str().unwrap_or_default().to_string(),
			},
		}),
		None => Ok(response["result"].clone()),
	}
}

/// What a signature commits to besides the call.
#[derive(Clone, Copy, Debug)]
pub struct ChainInfo {
	/// Genesis hash.
	pub genesis: Hash,
	/// Runtime spec version.
	pub spec_version: u32,
	/// Transaction version.
	pub tx_version: u32,
}

impl ChainInfo {
	/// Reads it from the node.
	pub fn fetch(rpc: &mut Rpc) -> Result<ChainInfo, RpcError> {
		let genesis = hash_of(&rpc.call("chain_getBlockHash", json!([0]))?);
		let version = rpc.call("state_getRuntimeVersion", json!([]))?;
		Ok(ChainInfo {
			genesis,
			spec_version: version["specVersion"].as_u64().unwrap_or_default() as u32,
			tx_version: version["transactionVersion"].as_u64().unwrap_or_default() as u32,
		})
	}
}

/// A signed extrinsic ready to submit: its bytes, its hash (as blocks list it) and the storage
/// writes it declares to its block's heap budget.
#[derive(Clone, Debug)]
pub struct Signed {
	/// SCALE-encoded extrinsic.
	pub bytes: Vec<u8>,
	/// Blake2-256 of `bytes`.
	pub hash: [u8; 32],
	/// The writes the runtime's per-block heap budget counts for its call
	/// (`write_budget::declared_writes_by_arguments`): 0 for a call the budget does not count,
	/// and for one whose count the state decides — naming a case or a claim, or ending a consent
	/// (no workload signs one).
	pub writes: u32,
}

/// Signs `call` by `signer` with `nonce`, immortal, no tip — what any wallet does.
pub fn sign(signer: &sr25519::Pair, call: RuntimeCall, nonce: Nonce, chain: &ChainInfo) -> Signed {
	let writes =
		healthchain_runtime::write_budget::declared_writes_by_arguments(&call).unwrap_or_default();
	let extension = healthchain_runtime::wallet_tx_extension(nonce, false);
	let implicit =
		((), chain.spec_version, chain.tx_version, chain.genesis, chain.genesis, (), (), (), None);
	let payload = SignedPayload::from_raw(call.clone(), extension.clone(), implicit);
	let signature = payload.using_encoded(|bytes| signer.sign(bytes));
	let xt = UncheckedExtrinsic::new_signed(
		call,
		MultiAddress::Id(signer.public().into()),
		MultiSignature::Sr25519(signature),
		extension,
	);
	let bytes = xt.encode();
	let hash = blake2_256(&bytes);
	Signed { bytes, hash, writes }
}

/// The generator's account number `i` (`//bench//<i>`).
pub fn account(i: u32) -> sr25519::Pair {
	sr25519::Pair::from_string(&format!("//bench//{i}"), None).expect("a valid derivation path")
}

/// A `0x` hash from JSON.
pub fn hash_of(value: &Value) -> Hash {
	let text = value.as_str().unwrap_or_default().trim_start_matches("0x");
	let bytes = hex::decode(text).unwrap_or_default();
	if bytes.len() == 32 {
		Hash::from_slice(&bytes)
	} else {
		Hash::zero()
	}
}

/// Bytes of a `0x` hex string from JSON (empty if it is not one).
pub fn bytes_of(value: &Value) -> Vec<u8> {
	hex::decode(value.as_str().unwrap_or_default().trim_start_matches("0x")).unwrap_or_default()
}

/// `0x` hex.
pub fn to_hex(bytes: &[u8]) -> String {
	format!("0x{}", hex::encode(bytes))
}

/// The storage key of a plain storage value.
pub fn value_key(pallet: &str, item: &str) -> Vec<u8> {
	[twox_128(pallet.as_bytes()), twox_128(item.as_bytes())].concat()
}

/// The storage key of `who`'s `System::Account` entry (`Blake2_128Concat`).
pub fn account_key(who: &AccountId) -> Vec<u8> {
	let id: &[u8] = who.as_ref();
	[&value_key("System", "Account")[..], &blake2_128(id), id].concat()
}

/// The nonce in a `System::Account` entry's bytes: its first field.
pub fn nonce_of_account(entry: &[u8]) -> Option<Nonce> {
	Nonce::decode(&mut &entry[..]).ok()
}

/// The signer and nonce of a signed extrinsic (as [`sign`] makes them); `None` for anything else.
pub fn signer_and_nonce(bytes: &[u8]) -> Option<(AccountId, Nonce)> {
	match UncheckedExtrinsic::decode(&mut &bytes[..]).ok()?.preamble {
		Preamble::Signed(MultiAddress::Id(who), _, extension) => Some((who, (extension.0).5 .0)),
		_ => None,
	}
}

/// How many of the best chain's latest blocks a follower of best blocks remembers (and starts
/// with): a replacement deeper than this is not expected of Aura with async backing.
pub const FOLLOW_DEPTH: u64 = 64;

/// The block `head` (number, hash) and up to `FOLLOW_DEPTH - 1` of its ancestors, hash by number,
/// walking back through `parent_of` (which gives a block's parent hash, `None` when it cannot):
/// what a follower of best blocks starts with, so that a replaced starting block is noticed by
/// [`retracted`] like any block it read. One walk from one head, so every hash is of one branch
/// even if the chain's best block changes meanwhile.
pub fn ancestry<H: Clone>(
	head: (u64, H),
	mut parent_of: impl FnMut(&H) -> Option<H>,
) -> std::collections::BTreeMap<u64, H> {
	let (mut number, mut hash) = head;
	let mut chain = std::collections::BTreeMap::from([(number, hash.clone())]);
	while (chain.len() as u64) < FOLLOW_DEPTH && number > 0 {
		let Some(parent) = parent_of(&hash) else { break };
		number -= 1;
		hash = parent;
		chain.insert(number, hash.clone());
	}
	chain
}

/// Forgets the blocks read (`read`: hash by number) that the chain no longer has — `canonical`
/// gives the chain's hash at a height, `None` when it cannot tell — and returns the lowest
/// such height, from which the follower reads again. Checks from the newest down and stops at the
/// first block still the chain's: every block below it is its ancestor.
pub fn retracted<H: PartialEq>(
	read: &mut std::collections::BTreeMap<u64, H>,
	mut canonical: impl FnMut(u64) -> Option<H>,
) -> Option<u64> {
	let mut lowest = None;
	while let Some((&number, hash)) = read.last_key_value() {
		match canonical(number) {
			Some(now) if now != *hash => {
				read.remove(&number);
				lowest = Some(number);
			},
			_ => break,
		}
	}
	lowest
}

#[cfg(test)]
mod tests {
	use super::*;

	#[test]
	fn a_replaced_best_block_is_read_again() {
		let mut read: std::collections::BTreeMap<u64, &str> =
			[(15, "a"), (16, "b"), (17, "c")].into_iter().collect();
		// Nothing replaced: nothing forgotten.
		assert_eq!(retracted(&mut read, |n| Some(["a", "b", "c"][n as usize - 15])), None);
		assert_eq!(read.len(), 3);
		// The chain cannot be asked: nothing forgotten either.
		assert_eq!(retracted(&mut read, |_| None), None);
		assert_eq!(read.len(), 3);
		// #17 replaced by a sibling (session 16's parachain run): read again from #17.
		assert_eq!(
			retracted(&mut read.clone(), |n| Some(["a", "b", "c2"][n as usize - 15])),
			Some(17)
		);
		// #16 and #17 replaced: from #16, and #15 is kept.
		assert_eq!(retracted(&mut read, |n| Some(["a", "b2", "c2"][n as usize - 15])), Some(16));
		assert_eq!(read.keys().copied().collect::<Vec<_>>(), vec![15]);
	}

	#[test]
	fn a_follower_started_on_a_dropped_branch_reads_the_new_one_from_the_fork() {
		// Session 19, run 3: the follower started on a collator's best #3, a branch the relay
		// chain never backed; the backed branch shares only genesis with it. Seeded with the
		// best chain's hashes (#0..#3), the follower reads again from #1 once #4 is best.
		let dropped = ["genesis", "a", "b", "c"];
		let parent =
			|h: &&str| dropped.iter().position(|x| x == h)?.checked_sub(1).map(|i| dropped[i]);
		let mut read = ancestry((3, "c"), parent);
		assert_eq!(read.keys().copied().collect::<Vec<_>>(), vec![0, 1, 2, 3]);
		assert_eq!(read.values().copied().collect::<Vec<_>>(), dropped);
		let backed = ["genesis", "a2", "b2", "c2", "d2"];
		assert_eq!(retracted(&mut read, |n| Some(backed[n as usize])), Some(1));
		assert_eq!(read.keys().copied().collect::<Vec<_>>(), vec![0]);
		// Far from genesis it walks back FOLLOW_DEPTH blocks only (block n's hash is n here).
		let deep = ancestry((1_000, 1_000), |h| Some(h - 1));
		assert_eq!(deep.len() as u64, FOLLOW_DEPTH);
		assert_eq!(
			deep.first_key_value(),
			Some((&(1_000 - FOLLOW_DEPTH + 1), &(1_000 - FOLLOW_DEPTH + 1)))
		);
		// A parent it cannot get ends the walk: what it has is kept.
		assert_eq!(ancestry((10, 10), |h| (*h > 8).then_some(h - 1)).len(), 3);
	}

	#[test]
	fn signed_extrinsics_decode_and_hash_like_blocks_list_them() {
		let chain = ChainInfo { genesis: Hash::repeat_byte(1), spec_version: 1, tx_version: 1 };
		let call = RuntimeCall::System(frame_system::Call::remark { remark: vec![1, 2, 3] });
		let signed = sign(&account(7), call.clone(), 5, &chain);
		let xt = UncheckedExtrinsic::decode(&mut &signed.bytes[..]).expect("decodes");
		assert_eq!(xt.function, call);
		assert_eq!(signed.hash, blake2_256(&signed.bytes));
		assert_ne!(account(7).public(), account(8).public());
	}

	#[test]
	fn a_lost_extrinsic_names_its_signer_and_nonce() {
		let chain = ChainInfo { genesis: Hash::repeat_byte(1), spec_version: 1, tx_version: 1 };
		let call = RuntimeCall::System(frame_system::Call::remark { remark: vec![] });
		let signed = sign(&account(7), call, 41, &chain);
		assert_eq!(signer_and_nonce(&signed.bytes), Some((account(7).public().into(), 41)));
		assert_eq!(signer_and_nonce(&signed.bytes[1..]), None, "not an extrinsic");
		// An account's entry starts with its nonce.
		let info = frame_system::AccountInfo::<Nonce, ()> { nonce: 9, ..Default::default() };
		assert_eq!(nonce_of_account(&info.encode()), Some(9));
		assert_eq!(nonce_of_account(&[]), None);
	}

	#[test]
	fn storage_keys_follow_frame_hashing() {
		assert_eq!(
			to_hex(&value_key("System", "Number")),
			"0x26aa394eea5630e07c48ae0c9558cef702a5c1b19ab7a04f536c519aca4983ac"
		);
		assert_eq!(
			to_hex(&account_key(&sp_keyring::Sr25519Keyring::Alice.to_account_id())),
			"0x26aa394eea5630e07c48ae0c9558cef7b99d880ec681799c0cf30e8886371da9\
			 de1e86a9a8c739864cf3cc5ec2bea59fd43593c715fdd31c61141abd04a99fd6822c8558854ccde39a5684e7a56da27d"
		);
	}
}
