//! Seeds from the runtime's metadata: one input per call of every pallet, so that a fuzzing run
//! starts having reached every call, whatever the scenario covers.
//!
//! Each call's arguments take the simplest value of their type (zero numbers, empty sequences,
//! an enum's first variant, `None`), except accounts, which are a development account that
//! exists at genesis (Dave, the admin of organisation 0), so that calls about an account meet a
//! real one. The call is dispatched by that same admin; the fuzzer mutates actor and arguments
//! from there.

use codec::{Compact, Decode, Encode};
use frame_metadata::{RuntimeMetadata, RuntimeMetadataPrefixed};
use scale_info::{PortableRegistry, TypeDef, TypeDefPrimitive};

use healthchain_runtime::{Runtime, RuntimeCall};

use crate::{Actor, Advance, Step};

/// One call of the runtime, as the metadata names it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RuntimeCallName {
	/// The pallet's name in the runtime (`Consent`).
	pub pallet: String,
	/// The call's name (`grant`).
	pub call: String,
	/// The pallet's index.
	pub pallet_index: u8,
	/// The call's index in its pallet.
	pub call_index: u8,
}

/// The runtime's metadata (version 14, which carries every call's type).
fn metadata() -> frame_metadata::v14::RuntimeMetadataV14 {
	// Some constants of the metadata are read from storage: any state will do.
	let prefixed: RuntimeMetadataPrefixed =
		sp_io::TestExternalities::default().execute_with(Runtime::metadata);
	match prefixed.1 {
		RuntimeMetadata::V14(m) => m,
		_ => panic!("the runtime's default metadata is version 14"),
	}
}

/// Every call of every pallet of the runtime, in metadata order.
pub fn runtime_calls() -> Vec<RuntimeCallName> {
	let metadata = metadata();
	let mut out = Vec::new();
	for pallet in &metadata.pallets {
		let Some(calls) = &pallet.calls else { continue };
		let Some(ty) = metadata.types.resolve(calls.ty.id) else { continue };
		let TypeDef::Variant(variants) = &ty.type_def else { continue };
		for variant in &variants.variants {
			out.push(RuntimeCallName {
				pallet: pallet.name.clone(),
				call: variant.name.clone(),
				pallet_index: pallet.index,
				call_index: variant.index,
			});
		}
	}
	out
}

/// One seed per call of the runtime: its name (`Pallet.call`) and the input bytes. A call whose
/// simplest arguments do not decode (a type with a lower bound) is left out and named in the
/// second list.
pub fn metadata_seeds() -> (Vec<(String, Vec<u8>)>, Vec<String>) {
	let metadata = metadata();
	let dave = Actor::Dave.account().expect("Dave is a signed actor").encode();
	let mut seeds = Vec::new();
	let mut undecodable = Vec::new();
	for pallet in &metadata.pallets {
		let Some(calls) = &pallet.calls else { continue };
		let Some(ty) = metadata.types.resolve(calls.ty.id) else { continue };
		let TypeDef::Variant(variants) = &ty.type_def else { continue };
		for variant in &variants.variants {
			let name = format!("{}.{}", pallet.name, variant.name);
			let mut bytes = vec![pallet.index, variant.index];
			for field in &variant.fields {
				simplest(&metadata.types, field.ty.id, &dave, &mut bytes);
			}
			match RuntimeCall::decode(&mut &bytes[..]) {
				Ok(call) => seeds
					.push((name, crate::encode(&[Step::new(Advance::None, Actor::Dave, call)]))),
				Err(_) => undecodable.push(name),
			}
		}
	}
	(seeds, undecodable)
}

/// Appends the simplest value of type `id` to `out`.
fn simplest(types: &PortableRegistry, id: u32, account: &[u8], out: &mut Vec<u8>) {
	let ty = types.resolve(id).expect("every type of the metadata is in its registry");
	if ty.path.segments.last().is_some_and(|s| s == "AccountId32") {
		out.extend_from_slice(account);
		return;
	}
	match &ty.type_def {
		TypeDef::Composite(c) => {
			for field in &c.fields {
				simplest(types, field.ty.id, account, out);
			}
		},
		TypeDef::Variant(v) => {
			// The first variant without fields if there is one (a nested call, say, would
			// otherwise nest without end), else the first.
			let variant = v
				.variants
				.iter()
				.find(|v| v.fields.is_empty())
				.or_else(|| v.variants.first())
				.expect("an enum of the metadata has variants");
			out.push(variant.index);
			for field in &variant.fields {
				simplest(types, field.ty.id, account, out);
			}
		},
		TypeDef::Sequence(_) => Compact(0u32).encode_to(out),
		TypeDef::Array(a) => {
			for _ in 0..a.len {
				simplest(types, a.type_param.id, account, out);
			}
		},
		TypeDef::Tuple(t) => {
			for field in &t.fields {
				simplest(types, field.id, account, out);
			}
		},
		TypeDef::Primitive(p) => out.extend(std::iter::repeat_n(0u8, primitive_len(p))),
		TypeDef::Compact(_) => Compact(0u32).encode_to(out),
		TypeDef::BitSequence(_) => Compact(0u32).encode_to(out),
	}
}

/// The encoded length of a primitive's simplest value (a string's is its empty length prefix).
fn primitive_len(p: &TypeDefPrimitive) -> usize {
	use TypeDefPrimitive::*;
	match p {
		Bool | U8 | I8 | Str => 1,
		U16 | I16 => 2,
		Char | U32 | I32 => 4,
		U64 | I64 => 8,
		U128 | I128 => 16,
		U256 | I256 => 32,
	}
}
