//! Invariants of insurance claims, checked after every unit test and under try-runtime.

use alloc::collections::BTreeMap;

use frame_support::ensure;
use healthchain_primitives::claims::{ClaimDecision, ClaimId, ClaimUse, Settlement};
use sp_runtime::TryRuntimeError;

use crate::{
	ClaimedPacks, Claims, Config, Coverages, Fingerprints, Flagged, NextClaimId, NextCoverageId,
	NextPolicyId, Pallet, PatientCoverages, PayerClaims, Policies, PolicyVersions, ProviderClaims,
};

impl<T: Config> Pallet<T> {
	/// Checks that:
	/// - policy ids are below `NextPolicyId`, every version 1..=latest is stored and none
	///   beyond, each with a valid period and valid, distinct codes;
	/// - coverage ids are below `NextCoverageId`, each coverage is listed once among its
	///   patient's coverages, each listed coverage exists for that patient, and its policy
	///   exists with the same payer;
	/// - claim ids are below `NextClaimId`; each claim is indexed under its provider and payer
	///   (and each index entry has its claim); it is flagged exactly when it has signals; no
	///   line approves more than it bills, nor a preauthorization more used than approved;
	///   a decided claim is not queued, a pending one is; only approved or partly approved
	///   claims have a settlement; only claims use prior authorisations;
	/// - the fingerprint and claimed-pack counts are exactly those of the claims that hold index
	///   entries (claims in force whose facts passed);
	/// - what claims drew on a prior authorisation, and did not give back, is what it used.
	pub fn do_try_state() -> Result<(), TryRuntimeError> {
		let next_policy = NextPolicyId::<T>::get();
		for (id, head) in Policies::<T>::iter() {
			ensure!(id < next_policy, "policy id at or above NextPolicyId");
			ensure!(head.latest >= 1, "policy without a version");
			for v in 1..=head.latest {
				let version = PolicyVersions::<T>::get(id, v).ok_or("missing policy version")?;
				ensure!(version.valid_from <= version.valid_until, "policy period reversed");
				ensure!(version.rules.iter().all(|r| r.code.is_valid()), "malformed rule code");
				let codes: alloc::vec::Vec<_> = version.rules.iter().map(|r| r.code).collect();
				ensure!(!healthchain_primitives::has_duplicates(&codes), "rule code twice");
			}
			ensure!(
				!PolicyVersions::<T>::contains_key(id, head.latest + 1),
				"policy version beyond latest"
			);
		}
		ensure!(
			PolicyVersions::<T>::iter_keys().all(|(id, _)| Policies::<T>::contains_key(id)),
			"policy version without its policy"
		);

		let next_coverage = NextCoverageId::<T>::get();
		for (id, c) in Coverages::<T>::iter() {
			ensure!(id < next_coverage, "coverage id at or above NextCoverageId");
			ensure!(c.start <= c.end, "coverage period reversed");
			let listed = PatientCoverages::<T>::get(&c.patient, c.payer);
			ensure!(listed.iter().filter(|x| **x == id).count() == 1, "coverage not listed once");
			let head = Policies::<T>::get(c.policy).ok_or("coverage of an unknown policy")?;
			ensure!(head.payer == c.payer, "coverage payer is not the policy's");
		}
		for (patient, payer, list) in PatientCoverages::<T>::iter() {
			ensure!(!list.is_empty(), "empty coverage list stored");
			for id in list {
				let c = Coverages::<T>::get(id).ok_or("listed coverage missing")?;
				ensure!(c.patient == patient, "coverage listed under another patient");
				ensure!(c.payer == payer, "coverage listed under another payer");
			}
		}

		let next_claim = NextClaimId::<T>::get();
		let mut fingerprints = BTreeMap::new();
		let mut packs = BTreeMap::new();
		let mut drawn_from: BTreeMap<ClaimId, (u32, u128)> = BTreeMap::new();
		for (id, c) in Claims::<T>::iter() {
			ensure!(id < next_claim, "claim id at or above NextClaimId");
			ensure!(!c.lines.is_empty(), "claim without lines");
			ensure!(ProviderClaims::<T>::contains_key(c.provider, id), "claim not under provider");
			ensure!(PayerClaims::<T>::contains_key(c.payer, id), "claim not under payer");
			ensure!(Flagged::<T>::contains_key(id) == (c.signals != 0), "flag and signals differ");
			for line in c.lines.iter() {
				ensure!(line.approved <= line.amount, "line approves more than it bills");
				ensure!(
					line.used.0 <= line.units && line.used.1 <= line.approved,
					"prior authorisation used beyond what it approved"
				);
			}
			ensure!(
				(c.decision == ClaimDecision::Pending)
					== (c.outcome == healthchain_primitives::claims::Outcome::Queued),
				"decision and outcome disagree"
			);
			ensure!(
				c.settlement == Settlement::None
					|| (c.use_ == ClaimUse::Claim
						&& matches!(c.decision, ClaimDecision::Approved | ClaimDecision::Partial)),
				"settlement of a claim that is not payable"
			);
			ensure!(
				c.prior_auth.is_none() || c.use_ == ClaimUse::Claim,
				"a preauthorization citing a prior authorisation"
			);
			if c.holds_index() {
				for fp in Self::fingerprints(&c) {
					*fingerprints.entry(fp).or_insert(0u32) += 1;
				}
				for pack in Self::packs(&c) {
					*packs.entry(pack).or_insert(0u32) += 1;
				}
			}
			if let Some(pa) = c.prior_auth {
				let drawn = c.lines.iter().fold((0u32, 0u128), |(u, a), l| {
					(u.saturating_add(l.drawn.0), a.saturating_add(l.drawn.1))
				});
				let entry = drawn_from.entry(pa).or_insert((0u32, 0u128));
				*entry = (entry.0.saturating_add(drawn.0), entry.1.saturating_add(drawn.1));
			}
		}
		for (org, id) in ProviderClaims::<T>::iter_keys() {
			let c = Claims::<T>::get(id).ok_or("provider index names a missing claim")?;
			ensure!(c.provider == org, "provider index under the wrong provider");
		}
		for (org, id) in PayerClaims::<T>::iter_keys() {
			let c = Claims::<T>::get(id).ok_or("payer index names a missing claim")?;
			ensure!(c.payer == org, "payer index under the wrong payer");
		}
		for id in Flagged::<T>::iter_keys() {
			ensure!(Claims::<T>::contains_key(id), "flag of a missing claim");
		}
		let stored: BTreeMap<_, _> = Fingerprints::<T>::iter().collect();
		ensure!(stored == fingerprints, "fingerprint counts are not the claims' in force");
		let stored: BTreeMap<_, _> = ClaimedPacks::<T>::iter().collect();
		ensure!(stored == packs, "claimed pack counts are not the claims' in force");
		for (pa, (units, amount)) in drawn_from {
			// What claims drew, and did not give back, is what the preauthorization has used
			// (unless it was removed after its retention).
			if let Some(pa) = Claims::<T>::get(pa) {
				let used = pa.lines.iter().fold((0u32, 0u128), |(u, a), l| {
					(u.saturating_add(l.used.0), a.saturating_add(l.used.1))
				});
				ensure!(used == (units, amount), "prior authorisation used is not what was drawn");
			}
		}
		Ok(())
	}
}
