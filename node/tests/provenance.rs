//! End to end against `healthchain-node --dev`: drug provenance (issue scenario). The
//! manufacturer is demo organisation 4 (Bob//stash), the wholesaler 5 (Charlie//stash), the
//! pharmacy 3 (Alice//stash).

mod common;

use common::{runtime_error, DevNode, Included};
use frame_support::BoundedVec;
use healthchain_primitives::{
	provenance::{Gtin, Item, Lot, PackKey, Serial, Sscc},
	Commitment,
};
use healthchain_runtime::{Runtime, RuntimeCall, RuntimeError};
use pallet_provenance::{Call as ProvenanceCall, Error as ProvenanceError};
use serde_json::{json, Value};
use sp_keyring::Sr25519Keyring::{self, AliceStash, BobStash, CharlieStash};

const PHARMACY: u32 = 3;
const MANUFACTURER: u32 = 4;
const WHOLESALER: u32 = 5;
/// GS1's example GTIN.
const GTIN_DIGITS: &str = "09501101530003";
const LOT: &str = "LOT-E2E";
/// 2030-12-31.
const EXPIRY: &str = "301231";

fn gtin() -> Gtin {
	Gtin::parse(GTIN_DIGITS).unwrap()
}

fn serial_text(n: u32) -> String {
	format!("E2E{n:05}")
}

fn serial(n: u32) -> Serial {
	BoundedVec::truncate_from(serial_text(n).into_bytes())
}

fn key(n: u32) -> PackKey {
	PackKey { gtin: gtin(), serial: serial(n) }
}

fn lot() -> Lot {
	BoundedVec::truncate_from(LOT.as_bytes().to_vec())
}

fn call(c: ProvenanceCall<Runtime>) -> RuntimeCall {
	RuntimeCall::Provenance(c)
}

fn error_of(included: &Included) -> Option<ProvenanceError<Runtime>> {
	match runtime_error(included.dispatch_error()?) {
		Some(RuntimeError::Provenance(e)) => Some(e),
		_ => None,
	}
}

fn ok(node: &DevNode, who: Sr25519Keyring, c: ProvenanceCall<Runtime>) {
	let included = node.execute(who, call(c));
	assert!(included.succeeded(), "{included:?}");
}

fn refused(node: &DevNode, who: Sr25519Keyring, c: ProvenanceCall<Runtime>) -> String {
	let included = node.execute(who, call(c));
	format!("{:?}", error_of(&included).unwrap_or_else(|| panic!("not refused: {included:?}")))
}

/// What a scanner reads from pack `n`, in the bracketed form.
fn scanned(n: u32, lot: &str) -> String {
	format!("(01){GTIN_DIGITS}(21){}(10){lot}(17){EXPIRY}", serial_text(n))
}

fn verify(node: &DevNode, query: Value) -> Value {
	node.call("healthchain_verifyPack", json!([query]))
}

fn owner(node: &DevNode, n: u32) -> Value {
	node.call("healthchain_pack", json!([GTIN_DIGITS, serial_text(n)]))["owner"].clone()
}

#[test]
fn packs_go_from_manufacturer_to_patient_and_fakes_recalls_and_late_undos_are_caught() {
	let node = DevNode::start();

	// A manufacturer registers a product and a batch, and commissions 100 packs in one call.
	node.register_product_and_batch(BobStash, gtin(), lot(), EXPIRY);
	let bad_gtin = refused(
		&node,
		BobStash,
		ProvenanceCall::register_product {
			gtin: Gtin(9_501_101_530_004),
			master_data: Commitment::repeat_byte(0x11),
		},
	);
	assert_eq!(bad_gtin, "InvalidGtin");
	let serials = BoundedVec::truncate_from((0..100).map(serial).collect());
	ok(&node, BobStash, ProvenanceCall::commission { gtin: gtin(), lot: lot(), serials });
	let batch = node.call("healthchain_drugBatch", json!([GTIN_DIGITS, LOT]));
	assert_eq!(
		(batch["commissioned"].clone(), batch["status"].clone()),
		(json!(100), json!("active"))
	);
	let stock = node.call("healthchain_stockOf", json!([MANUFACTURER, null, 1000]));
	assert_eq!(stock["items"].as_array().map(Vec::len), Some(100));

	// A wholesaler cannot commission packs.
	let by_wholesaler = refused(
		&node,
		CharlieStash,
		ProvenanceCall::commission {
			gtin: gtin(),
			lot: lot(),
			serials: BoundedVec::truncate_from(vec![serial(500)]),
		},
	);
	assert_eq!(by_wholesaler, "NotAuthorized");

	// 10 packs into a case, the case shipped to the wholesaler, who receives it: the owner of
	// all 10 changes at once.
	let sscc = Sscc::parse("106141411234567897").unwrap();
	ok(
		&node,
		BobStash,
		ProvenanceCall::pack_case {
			sscc,
			packs: BoundedVec::truncate_from((0..10).map(key).collect()),
		},
	);
	let case = node.call("healthchain_shippingCase", json!([sscc.to_digits()]));
	assert_eq!(case["contents"].as_array().map(Vec::len), Some(10));
	ok(&node, BobStash, ProvenanceCall::ship { item: Item::Case(sscc), to: WHOLESALER });
	assert_eq!(owner(&node, 3), json!(MANUFACTURER), "owned by the shipper until received");
	assert_eq!(
		refused(&node, AliceStash, ProvenanceCall::receive { item: Item::Case(sscc) }),
		"NotShippedToYou"
	);
	ok(&node, CharlieStash, ProvenanceCall::receive { item: Item::Case(sscc) });
	for n in 0..10 {
		assert_eq!(owner(&node, n), json!(WHOLESALER), "pack {n}");
	}
	assert_eq!(owner(&node, 10), json!(MANUFACTURER));
	let stock = node.call("healthchain_stockOf", json!([WHOLESALER]));
	assert_eq!(stock["items"].as_array().map(Vec::len), Some(10));

	// 2 packs on to a pharmacy, which dispenses one.
	ok(&node, CharlieStash, ProvenanceCall::unpack_case { sscc });
	// The case number is free again, but it is the manufacturer's (under its GS1 Company Prefix
	// 0614141): the wholesaler cannot pack its stock under it. It repacks under its own prefix
	// (0614142) instead.
	let repack = |sscc| ProvenanceCall::pack_case {
		sscc,
		packs: BoundedVec::truncate_from((2..4).map(key).collect()),
	};
	assert_eq!(refused(&node, CharlieStash, repack(sscc)), "NotPrefixHolder");
	let own = Sscc::parse("106141420000000018").unwrap();
	ok(&node, CharlieStash, repack(own));
	let case = node.call("healthchain_shippingCase", json!([own.to_digits()]));
	assert_eq!(case["owner"], json!(WHOLESALER));
	ok(&node, CharlieStash, ProvenanceCall::unpack_case { sscc: own });
	for n in 0..2 {
		ok(&node, CharlieStash, ProvenanceCall::ship { item: Item::Pack(key(n)), to: PHARMACY });
		ok(&node, AliceStash, ProvenanceCall::receive { item: Item::Pack(key(n)) });
		assert_eq!(owner(&node, n), json!(PHARMACY));
	}
	let before = verify(&node, json!(scanned(0, LOT)));
	assert_eq!(before["verdict"], "authentic");
	assert_eq!(before["pack"]["owner"], PHARMACY);
	ok(&node, AliceStash, ProvenanceCall::dispense { pack: key(0) });
	assert_eq!(verify(&node, json!(scanned(0, LOT)))["verdict"], "alreadyDispensed");
	// A second dispense of the same pack — the counterfeit-clone signal — is refused.
	assert_eq!(
		refused(&node, AliceStash, ProvenanceCall::dispense { pack: key(0) }),
		"AlreadyDispensed"
	);

	// A serial never commissioned is unknown; a wrong lot is a mismatch (raw scanner form with
	// FNC1 separators).
	assert_eq!(verify(&node, json!(scanned(777, LOT)))["verdict"], "unknown");
	let raw = format!("]d201{GTIN_DIGITS}17{EXPIRY}10LOT-X\u{1d}21{}", serial_text(1));
	let mismatch = verify(&node, json!(raw));
	assert_eq!(mismatch["verdict"], "mismatch");
	assert_eq!(
		(mismatch["lotMatches"].clone(), mismatch["expiryMatches"].clone()),
		(json!(false), json!(true))
	);
	let by_object = verify(
		&node,
		json!({ "gtin": GTIN_DIGITS, "serial": serial_text(1), "lot": LOT, "expiry": "2030-12-31" }),
	);
	assert_eq!(by_object["verdict"], "authentic");

	// The pharmacy undoes a dispense within the window, but not after 10 days.
	ok(&node, AliceStash, ProvenanceCall::undo { pack: key(0) });
	assert_eq!(verify(&node, json!(scanned(0, LOT)))["verdict"], "authentic");
	ok(&node, AliceStash, ProvenanceCall::dispense { pack: key(1) });
	// Ten days and an hour: dev blocks are at least a 6-second slot apart in chain time, so a
	// chain sealing a block per transaction runs ahead of the wall clock by minutes.
	node.call("healthchain_devAdvanceTime", json!([10 * 24 * 60 * 60 * 1000u64 + 3_600_000]));
	assert_eq!(
		refused(&node, AliceStash, ProvenanceCall::undo { pack: key(1) }),
		"UndoWindowPassed"
	);

	// The manufacturer recalls the batch: every pack verifies as recalled and cannot be shipped.
	ok(&node, BobStash, ProvenanceCall::recall { gtin: gtin(), lot: lot() });
	for n in 0..100 {
		assert_eq!(verify(&node, json!(scanned(n, LOT)))["verdict"], "recalled", "pack {n}");
	}
	assert_eq!(
		refused(
			&node,
			CharlieStash,
			ProvenanceCall::ship { item: Item::Pack(key(5)), to: PHARMACY }
		),
		"Recalled"
	);
	assert_eq!(
		refused(
			&node,
			BobStash,
			ProvenanceCall::ship { item: Item::Pack(key(50)), to: WHOLESALER }
		),
		"Recalled"
	);
	assert_eq!(node.call("healthchain_drugBatch", json!([GTIN_DIGITS, LOT]))["status"], "recalled");

	// The pack's history as EPCIS 2.0: commissioning, packing, shipping, receiving, unpacking,
	// shipping, receiving, dispensing, the undo, and the recall.
	let doc = node.call("healthchain_packEvents", json!([GTIN_DIGITS, serial_text(0)]));
	assert_eq!(doc["type"], "EPCISDocument");
	let steps: Vec<String> = doc["epcisBody"]["eventList"]
		.as_array()
		.unwrap()
		.iter()
		.map(|e| {
			e["bizStep"]
				.as_str()
				.unwrap()
				.trim_start_matches("https://ref.gs1.org/cbv/BizStep-")
				.to_string()
		})
		.collect();
	assert_eq!(
		steps,
		[
			"commissioning",
			"packing",
			"shipping",
			"receiving",
			"unpacking",
			"shipping",
			"receiving",
			"dispensing",
			"inspecting",
			"holding"
		]
	);
	assert_eq!(doc["epcisBody"]["eventList"][1]["type"], "AggregationEvent");
	assert_eq!(
		doc["epcisBody"]["eventList"][9]["disposition"],
		"https://ref.gs1.org/cbv/Disp-recalled"
	);

	// Malformed input gets a clear JSON-RPC error; the node keeps serving.
	for (params, expected) in [
		(json!(["(01)09501101530004(21)X"]), "wrong check digit"),
		(json!([format!("(01){GTIN_DIGITS}(10){LOT}")]), "(21) is missing"),
		(json!([format!("(01){GTIN_DIGITS}(21)S1(17)301340")]), "not a valid YYMMDD date"),
		(json!([{ "gtin": GTIN_DIGITS, "serial": "has space" }]), "GS1 character set"),
	] {
		let err = node.rpc("healthchain_verifyPack", params.clone()).expect_err("refused");
		assert_eq!(err.code, -32602, "{params}");
		assert!(err.message.contains(expected), "{params}: {}", err.message);
	}
	let err = node.rpc("healthchain_pack", json!(["123", "S1"])).expect_err("refused");
	assert_eq!(err.code, -32602);
	assert!(node.call("healthchain_pack", json!([GTIN_DIGITS, "NOPE"])).is_null());
	assert_eq!(verify(&node, json!(scanned(2, LOT)))["verdict"], "recalled");
}
