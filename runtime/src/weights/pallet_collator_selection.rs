//! The collator selection's weights on this runtime.
//!
//! Its benchmarks run here only for three of the calls governance sends (`set_invulnerables`,
//! `remove_invulnerable`, `set_desired_candidates`) and the block-author hook (`note_author`):
//! those weights are measured (`pallet_collator_selection_measured.rs`,
//! written by `scripts/benchmark-all.sh`). The others need candidate slots, and this runtime has
//! none (`MaxCandidates` is 0: the collators are the invulnerables governance sets), so their
//! benchmarks cannot even set up; they keep the weights the pallet ships with:
//!
//! - `register_as_candidate`, `leave_intent`, `update_bond`, `take_candidate_slot`: refused
//!   before dispatch by the base call filter (`configs::consensus::NoCandidacy`) for signed
//!   accounts, and by their origin check, before any read, for governance;
//! - `add_invulnerable`: governance's; its shipped weight charges proof;
//! - `set_candidacy_bond`: governance's, meaningless without candidates; its benchmark's
//!   components span one value here, so no slope can be fitted; its shipped weight charges no
//!   proof for the two values it reads (155 bytes measured) — left, since only a referendum
//!   can send it;
//! - `new_session`: a hook whose components count candidates, of which there are none.

use core::marker::PhantomData;

use frame_support::weights::Weight;
use pallet_collator_selection::weights::SubstrateWeight as Shipped;

use super::pallet_collator_selection_measured::Measured;

/// The collator selection's `WeightInfo` on this runtime: measured where its benchmarks run.
pub struct WeightInfo<T>(PhantomData<T>);

impl<T: frame_system::Config> pallet_collator_selection::WeightInfo for WeightInfo<T> {
	fn set_invulnerables(b: u32) -> Weight {
		Measured::<T>::set_invulnerables(b)
	}
	fn remove_invulnerable(b: u32) -> Weight {
		Measured::<T>::remove_invulnerable(b)
	}
	fn set_desired_candidates() -> Weight {
		Measured::<T>::set_desired_candidates()
	}
	fn set_candidacy_bond(c: u32, k: u32) -> Weight {
		<Shipped<T> as pallet_collator_selection::WeightInfo>::set_candidacy_bond(c, k)
	}
	fn note_author() -> Weight {
		Measured::<T>::note_author()
	}
	fn add_invulnerable(b: u32, c: u32) -> Weight {
		<Shipped<T> as pallet_collator_selection::WeightInfo>::add_invulnerable(b, c)
	}
	fn register_as_candidate(c: u32) -> Weight {
		<Shipped<T> as pallet_collator_selection::WeightInfo>::register_as_candidate(c)
	}
	fn leave_intent(c: u32) -> Weight {
		<Shipped<T> as pallet_collator_selection::WeightInfo>::leave_intent(c)
	}
	fn update_bond(c: u32) -> Weight {
		<Shipped<T> as pallet_collator_selection::WeightInfo>::update_bond(c)
	}
	fn take_candidate_slot(c: u32) -> Weight {
		<Shipped<T> as pallet_collator_selection::WeightInfo>::take_candidate_slot(c)
	}
	fn new_session(r: u32, c: u32) -> Weight {
		<Shipped<T> as pallet_collator_selection::WeightInfo>::new_session(r, c)
	}
}
