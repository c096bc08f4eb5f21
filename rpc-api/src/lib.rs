//! HealthChain's own JSON-RPC methods (`healthchain_*`), declared once and generated as both the
//! node's server traits (`…Server`, implemented in `healthchain-node`) and typed client traits
//! (`…Client`, implemented for every jsonrpsee client, used by `healthchain-client`), so the
//! two cannot disagree on a method's name, parameters or answer.
//!
//! Parameters and answers are JSON; the answers' shapes are documented on each method and in
//! `docs/pallets/*.md`. Every query method takes the block to answer at as its last, optional
//! parameter (default: the best block). Parameters may be passed by position or by name; the
//! names are the Rust parameter names (`data_class`, `at_time`), which the docs below use. This crate depends on no FRAME or `sp-*` crate: block
//! hashes are [`primitive_types::H256`], ids are plain integers.
//!
//! Modules by pallet: [`organizations`], [`consent`], [`records`], [`trials`], [`provenance`],
//! [`claims`]; [`HealthchainApi`] and [`DevApi`] here.

pub use jsonrpsee::core::RpcResult;
use jsonrpsee::proc_macros::rpc;
pub use primitive_types::H256;
use serde::{Deserialize, Serialize};

/// A block hash (32 bytes; hex in JSON).
pub type Hash = H256;
/// A block number.
pub type BlockNumber = u32;
/// An organisation of the consortium registry.
pub type OrganizationId = u32;
/// A consent.
pub type ConsentId = u64;
/// A break-glass session.
pub type SessionId = u64;
/// Milliseconds since the Unix epoch.
pub type Moment = u64;
/// A registered trial.
pub type TrialId = u32;
/// A claim (or preauthorization).
pub type ClaimId = u64;
/// An insurance policy.
pub type PolicyId = u32;

/// Versions of the runtime the node runs and of the node itself.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct VersionInfo {
	/// Runtime spec name (`healthchain`).
	pub spec_name: String,
	/// Runtime spec version; bumped by every runtime upgrade.
	pub spec_version: u32,
	/// Runtime implementation version.
	pub impl_version: u32,
	/// Version of the transaction format.
	pub transaction_version: u32,
	/// Block the runtime version was read at.
	pub at_block: Hash,
	/// Name of the node binary.
	pub node_name: String,
	/// Version of the node binary (semver and commit).
	pub node_version: String,
}

/// What `healthchain_devAdvanceTime` did.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct AdvanceTimeResult {
	/// Total offset of the dev chain's clock from the wall clock, in milliseconds.
	pub offset_ms: u64,
	/// The block sealed with the new time.
	pub block_hash: Hash,
	/// That block's timestamp (milliseconds since the Unix epoch).
	pub timestamp: u64,
}

/// HealthChain's own JSON-RPC methods.
#[rpc(server, client, namespace = "healthchain")]
pub trait HealthchainApi {
	/// The runtime's spec name and version at the best block, and the node's version.
	#[method(name = "version")]
	fn version(&self) -> RpcResult<VersionInfo>;
}

/// Dev-mode-only JSON-RPC methods.
#[rpc(server, client, namespace = "healthchain")]
pub trait DevApi {
	/// Moves the dev chain's clock forward by `milliseconds` and seals a block carrying the new
	/// time; later blocks keep the offset. Refused for 0 or when the total offset would exceed
	/// 100 years.
	#[method(name = "devAdvanceTime")]
	async fn advance_time(&self, milliseconds: u64) -> RpcResult<AdvanceTimeResult>;
}

/// The consortium registry: organisations, their roles and members.
pub mod organizations {
	use super::*;

	/// A role an organisation holds, as JSON.
	#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
	#[serde(rename_all = "camelCase")]
	pub struct RoleJson {
		/// The role's name (`"Hospital"`).
		pub role: String,
		/// `"active"` or `"suspended"`.
		pub status: String,
	}

	/// A member account, as JSON.
	#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
	#[serde(rename_all = "camelCase")]
	pub struct MemberJson {
		/// SS58 address (prefix 42).
		pub account: String,
		/// Whether it manages members and credentials.
		pub is_admin: bool,
	}

	/// An organisation, as `healthchain_organization` returns it.
	#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
	#[serde(rename_all = "camelCase")]
	pub struct OrganizationJson {
		/// Its id.
		pub id: OrganizationId,
		/// Roles and their status, ordered by role.
		pub roles: Vec<RoleJson>,
		/// The 32-byte commitment to its off-chain credentials, hex.
		pub credentials: Hash,
		/// Its member accounts.
		pub members: Vec<MemberJson>,
		/// Block number of admission.
		pub created: BlockNumber,
		/// Block number of the last change to roles or credentials.
		pub updated: BlockNumber,
	}

	/// The answer of `healthchain_mayAct`, with the reason when it is no.
	#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
	#[serde(rename_all = "camelCase")]
	pub struct MayActJson {
		/// Whether the account may act with the role now.
		pub allowed: bool,
		/// The organisation the account acts for, if it is a member of one.
		pub organization: Option<OrganizationId>,
		/// The role asked about.
		pub role: String,
		/// `"allowed"`, `"notAMember"`, `"roleNotHeld"` or `"roleSuspended"`.
		pub reason: String,
	}

	/// The registry's JSON-RPC methods.
	#[rpc(server, client, namespace = "healthchain")]
	pub trait OrganizationsRpc {
		/// The organisation `id`, or `null` if there is none.
		#[method(name = "organization")]
		fn organization(
			&self,
			id: OrganizationId,
			at: Option<Hash>,
		) -> RpcResult<Option<OrganizationJson>>;

		/// The ids of the organisations `account` (SS58 or hex) is a member of: at most one.
		#[method(name = "organizationsOf")]
		fn organizations_of(
			&self,
			account: String,
			at: Option<Hash>,
		) -> RpcResult<Vec<OrganizationId>>;

		/// Whether `account` may act with `role` (a role name) now, for which organisation, and
		/// why not when it may not.
		#[method(name = "mayAct")]
		fn may_act(&self, account: String, role: String, at: Option<Hash>)
			-> RpcResult<MayActJson>;
	}
}

/// Consent decisions, consents (FHIR Consent), proxies and break-glass sessions.
// `decide` takes the five parts of the question, a time and a block, in the server and client
// code the macro generates too.
#[allow(clippy::too_many_arguments)]
pub mod consent {
	use super::*;
	use serde_json::Value;

	/// The consent JSON-RPC methods.
	#[rpc(server, client, namespace = "healthchain")]
	pub trait ConsentRpc {
		/// Whether `actor` (account string or organisation id) may do `action` on `data_class` data of
		/// `subject` for `purpose` at `at_time` (ms; default: the block's time): `{decision: "permit" |
		/// "deny" | "notApplicable", consent, at}`.
		#[method(name = "decide")]
		fn decide(
			&self,
			subject: String,
			actor: Value,
			action: String,
			data_class: String,
			purpose: String,
			at_time: Option<Moment>,
			at: Option<Hash>,
		) -> RpcResult<Value>;

		/// Consent `id` as a FHIR Consent-shaped resource, or `null`.
		#[method(name = "consent")]
		fn consent(&self, id: ConsentId, at: Option<Hash>) -> RpcResult<Value>;

		/// The consents stored for `subject`, oldest first.
		#[method(name = "consentsOf")]
		fn consents_of(&self, subject: String, at: Option<Hash>) -> RpcResult<Value>;

		/// The proxies `subject` appointed.
		#[method(name = "proxiesOf")]
		fn proxies_of(&self, subject: String, at: Option<Hash>) -> RpcResult<Value>;

		/// Stored break-glass sessions — open, ended, overdue, or justified and not yet closed —
		/// each with its state now: on `subject` if given (string, or `null`), else all. One page of
		/// at most `limit` (default and cap 256) in storage order after session `after`; the last
		/// id of a page is the next page's `after`.
		#[method(name = "breakGlassSessions")]
		fn break_glass_sessions(
			&self,
			subject: Option<String>,
			after: Option<SessionId>,
			limit: Option<u32>,
			at: Option<Hash>,
		) -> RpcResult<Value>;
	}
}

/// Record verification, history (FHIR Provenance), batch proofs and the access log.
pub mod records {
	use super::*;
	use serde_json::Value;

	/// The records JSON-RPC methods.
	#[rpc(server, client, namespace = "healthchain")]
	pub trait RecordsRpc {
		/// Checks `commitment` against record `record`: `{outcome: "match" | "mismatch" | "erased"
		/// | "unknown", version, latestVersion}`.
		#[method(name = "verifyRecord")]
		fn verify_record(
			&self,
			record: String,
			commitment: String,
			at: Option<Hash>,
		) -> RpcResult<Value>;

		/// Record `record` and its versions, or `null`.
		#[method(name = "recordHistory")]
		fn record_history(&self, record: String, at: Option<Hash>) -> RpcResult<Value>;

		/// Record `record`'s history as a FHIR Bundle of Provenance resources, or `null`.
		#[method(name = "recordProvenance")]
		fn record_provenance(&self, record: String, at: Option<Hash>) -> RpcResult<Value>;

		/// Batch `batch`, or `null`.
		#[method(name = "batch")]
		fn batch(&self, batch: String, at: Option<Hash>) -> RpcResult<Value>;

		/// Whether `proof` (`{index, leafCount, siblings}`) shows `commitment` is in batch `batch`:
		/// `{outcome: "included" | "notIncluded" | "unknownBatch"}`.
		#[method(name = "verifyBatchProof")]
		fn verify_batch_proof(
			&self,
			batch: String,
			commitment: String,
			proof: Value,
			at: Option<Hash>,
		) -> RpcResult<Value>;

		/// `subject`'s access log: `{length, entries}` from position `from` (default 0), at most
		/// `limit` (default and maximum 1,000) entries.
		#[method(name = "accessLog")]
		fn access_log(
			&self,
			subject: String,
			from: Option<u32>,
			limit: Option<u32>,
			at: Option<Hash>,
		) -> RpcResult<Value>;
	}
}

/// The trial registry (FHIR ResearchStudy), amendments and flags.
pub mod trials {
	use super::*;
	use serde_json::Value;

	/// The trial registry's JSON-RPC methods.
	#[rpc(server, client, namespace = "healthchain")]
	pub trait TrialsRpc {
		/// Trial `id` with its flags now, or `null`.
		#[method(name = "trial")]
		fn trial(&self, id: TrialId, at: Option<Hash>) -> RpcResult<Value>;

		/// The flags of trial `id` that hold now: `["outcomeSwitched", …]`.
		#[method(name = "trialFlags")]
		fn trial_flags(&self, id: TrialId, at: Option<Hash>) -> RpcResult<Value>;

		/// The amendments of trial `id`, in order.
		#[method(name = "trialAmendments")]
		fn trial_amendments(&self, id: TrialId, at: Option<Hash>) -> RpcResult<Value>;

		/// Trials, optionally of `sponsor` and/or in `status` (a status name), from id `from`, at
		/// most `limit` (≤ 100).
		#[method(name = "trials")]
		fn trials(
			&self,
			sponsor: Option<u32>,
			status: Option<String>,
			from: Option<TrialId>,
			limit: Option<u32>,
			at: Option<Hash>,
		) -> RpcResult<Value>;

		/// Trial `id` as a FHIR ResearchStudy-shaped resource, or `null`.
		#[method(name = "researchStudy")]
		fn research_study(&self, id: TrialId, at: Option<Hash>) -> RpcResult<Value>;
	}
}

/// Drug provenance: pack verification (GS1), EPCIS events, products, batches, cases, stock.
pub mod provenance {
	use super::*;
	use serde_json::Value;

	/// Drug provenance's JSON-RPC methods.
	#[rpc(server, client, namespace = "healthchain")]
	pub trait ProvenanceRpc {
		/// Verifies a pack: `query` is a GS1 element string (`"(01)…(21)…(10)…(17)…"`, or raw with
		/// FNC1 separators) or `{ "gtin", "serial", "lot"?, "expiry"? }`.
		#[method(name = "verifyPack")]
		fn verify_pack(&self, query: Value, at: Option<Hash>) -> RpcResult<Value>;

		/// A pack (GTIN, serial) with its status, or `null`.
		#[method(name = "pack")]
		fn pack(&self, gtin: String, serial: String, at: Option<Hash>) -> RpcResult<Value>;

		/// A pack's history as an EPCIS 2.0 JSON-LD document, or `null`.
		#[method(name = "packEvents")]
		fn pack_events(&self, gtin: String, serial: String, at: Option<Hash>) -> RpcResult<Value>;

		/// A product, or `null`.
		#[method(name = "product")]
		fn product(&self, gtin: String, at: Option<Hash>) -> RpcResult<Value>;

		/// A batch (lot) of a product with its status, or `null`.
		#[method(name = "drugBatch")]
		fn drug_batch(&self, gtin: String, lot: String, at: Option<Hash>) -> RpcResult<Value>;

		/// A case (SSCC) and its contents, or `null`.
		#[method(name = "shippingCase")]
		fn shipping_case(&self, sscc: String, at: Option<Hash>) -> RpcResult<Value>;

		/// Packs organisation `org` holds (or has shipped, not yet received), a page of at most
		/// `limit` (≤ 1,000, default 100) after the pack `after`: `{ "items", "next" }`.
		#[method(name = "stockOf")]
		fn stock_of(
			&self,
			org: OrganizationId,
			after: Option<Value>,
			limit: Option<u32>,
			at: Option<Hash>,
		) -> RpcResult<Value>;

		/// Packs under investigation, for regulators, paged like `stockOf`.
		#[method(name = "flaggedPacks")]
		fn flagged_packs(
			&self,
			after: Option<Value>,
			limit: Option<u32>,
			at: Option<Hash>,
		) -> RpcResult<Value>;
	}
}

/// Insurance claims (FHIR ClaimResponse, ExplanationOfBenefit), eligibility, policies.
pub mod claims {
	use super::*;
	use serde_json::Value;

	/// The claims JSON-RPC methods.
	#[rpc(server, client, namespace = "healthchain")]
	pub trait ClaimsRpc {
		/// Claim `id` as a FHIR R5 ClaimResponse-shaped resource with the plain claim under
		/// `healthchain`, or `null`.
		#[method(name = "claim")]
		fn claim(&self, id: ClaimId, at: Option<Hash>) -> RpcResult<Value>;

		/// The claims `party` (`"provider"` or `"payer"`) organisation `organization` submitted or
		/// received, ids after `after`, oldest first, at most `limit` (default 20, at most 100):
		/// `{claims, next}`.
		#[method(name = "claimsOf")]
		fn claims_of(
			&self,
			party: String,
			organization: OrganizationId,
			after: Option<ClaimId>,
			limit: Option<u32>,
			at: Option<Hash>,
		) -> RpcResult<Value>;

		/// The coverages of `patient` (SS58 or hex) in force on `date` (ISO `YYYY-MM-DD`; today by
		/// the node's clock if not given), as a CoverageEligibilityResponse-shaped resource.
		#[method(name = "eligibility")]
		fn eligibility(
			&self,
			patient: String,
			date: Option<String>,
			at: Option<Hash>,
		) -> RpcResult<Value>;

		/// Claim `id` as a FHIR R5 ExplanationOfBenefit-shaped resource, or `null`.
		#[method(name = "explanationOfBenefit")]
		fn explanation_of_benefit(&self, id: ClaimId, at: Option<Hash>) -> RpcResult<Value>;

		/// Version `version` of policy `id` (the latest if not given) with its rule table, or `null`.
		#[method(name = "policy")]
		fn policy(&self, id: PolicyId, version: Option<u32>, at: Option<Hash>) -> RpcResult<Value>;

		/// Claims with fraud signals, paged like `claimsOf`.
		#[method(name = "claimsFlagged")]
		fn claims_flagged(
			&self,
			after: Option<ClaimId>,
			limit: Option<u32>,
			at: Option<Hash>,
		) -> RpcResult<Value>;
	}
}
