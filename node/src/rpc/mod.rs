//! JSON-RPC: the standard Substrate methods plus HealthChain's own.
//!
//! - `system_*` account nonce / dry-run and `payment_*` fee queries, as every Substrate chain has;
//! - `healthchain_version`: runtime spec name and version, node version;
//! - the consortium registry ([`organizations`]): `healthchain_organization`,
//!   `healthchain_organizationsOf`, `healthchain_mayAct`;
//! - consent ([`consent`]): `healthchain_decide`, `healthchain_consent` (FHIR Consent),
//!   `healthchain_consentsOf`, `healthchain_proxiesOf`, `healthchain_breakGlassSessions`;
//! - records ([`records`]): `healthchain_verifyRecord`, `healthchain_recordHistory`,
//!   `healthchain_recordProvenance` (FHIR Provenance), `healthchain_batch`,
//!   `healthchain_verifyBatchProof`, `healthchain_accessLog`;
//! - trials ([`trials`]): `healthchain_trial`, `healthchain_trialFlags`,
//!   `healthchain_trialAmendments`, `healthchain_trials`, `healthchain_researchStudy` (FHIR);
//! - provenance ([`provenance`]): `healthchain_verifyPack` (also from a GS1 element string),
//!   `healthchain_pack`, `healthchain_packEvents` (EPCIS 2.0), `healthchain_product`,
//!   `healthchain_drugBatch`, `healthchain_shippingCase`, `healthchain_stockOf`,
//!   `healthchain_flaggedPacks`;
//! - claims ([`claims`]): `healthchain_claim` (FHIR ClaimResponse), `healthchain_claimsOf`,
//!   `healthchain_eligibility` (FHIR CoverageEligibilityResponse),
//!   `healthchain_explanationOfBenefit` (FHIR), `healthchain_policy`,
//!   `healthchain_claimsFlagged`;
//! - dev mode only: `healthchain_devAdvanceTime` (move the chain's clock forward and seal a block)
//!   and the manual-seal `engine_createBlock` / `engine_finalizeBlock`.
//!
//! Methods take and return JSON. Bad parameters are refused with JSON-RPC error `-32602`
//! (invalid params) and a message that says what is wrong; the node keeps serving.

pub mod claims;
// `healthchain_decide` takes the five parts of the question, a time and a block.
#[allow(clippy::too_many_arguments)]
pub mod consent;
pub mod organizations;
pub mod params;
pub mod provenance;
pub mod records;
pub mod trials;

use std::sync::Arc;

use claims::{ClaimsRpcImpl, ClaimsRpcServer};
use consent::{ConsentRpcImpl, ConsentRpcServer};
use futures::{channel::mpsc, SinkExt};
pub use healthchain_rpc_api::{AdvanceTimeResult, DevApiServer, HealthchainApiServer, VersionInfo};
use healthchain_runtime::opaque::Hash;
use jsonrpsee::{
	core::{async_trait, RpcResult},
	RpcModule,
};
use organizations::{Organizations, OrganizationsRpcServer};
use pallet_transaction_payment_rpc::{TransactionPayment, TransactionPaymentApiServer};
use params::{internal, invalid_params};
use provenance::{ProvenanceRpcImpl, ProvenanceRpcServer};
use records::{RecordsRpcImpl, RecordsRpcServer};
use sc_client_api::HeaderBackend;
use sc_consensus_manual_seal::{
	rpc::{ManualSeal, ManualSealApiServer},
	EngineCommand,
};
use sp_api::{Core, ProvideRuntimeApi};
use substrate_frame_rpc_system::{System, SystemApiServer};
use trials::{TrialsRpcImpl, TrialsRpcServer};

use crate::{
	dev::{block_timestamp, seal_command, DevClock, MAX_DEV_TIME_OFFSET_MS},
	service::{ParachainClient, TransactionPool},
};

/// Implementation of [`HealthchainApiServer`].
pub struct Healthchain {
	client: Arc<ParachainClient>,
}

impl HealthchainApiServer for Healthchain {
	fn version(&self) -> RpcResult<VersionInfo> {
		let at = self.client.info().best_hash;
		let runtime = self
			.client
			.runtime_api()
			.version(at)
			.map_err(|e| internal(format!("cannot read the runtime version: {e}")))?;
		Ok(VersionInfo {
			spec_name: runtime.spec_name.to_string(),
			spec_version: runtime.spec_version,
			impl_version: runtime.impl_version,
			transaction_version: runtime.transaction_version,
			at_block: at,
			node_name: env!("CARGO_PKG_NAME").into(),
			node_version: env!("SUBSTRATE_CLI_IMPL_VERSION").into(),
		})
	}
}

/// What the dev-only methods need.
#[derive(Clone)]
pub struct DevDeps {
	/// The dev chain's clock.
	pub clock: Arc<DevClock>,
	/// Commands to the manual-seal task.
	pub command_sink: mpsc::Sender<EngineCommand<Hash>>,
}

/// Implementation of [`DevApiServer`].
pub struct Dev {
	client: Arc<ParachainClient>,
	deps: DevDeps,
}

#[async_trait]
impl DevApiServer for Dev {
	async fn advance_time(&self, milliseconds: u64) -> RpcResult<AdvanceTimeResult> {
		if milliseconds == 0 {
			return Err(invalid_params("milliseconds must be greater than 0"));
		}
		let offset_ms = self.deps.clock.advance(milliseconds).ok_or_else(|| {
			invalid_params(format!(
				"the clock offset would exceed {MAX_DEV_TIME_OFFSET_MS} ms (100 years); it is \
				 {} ms now",
				self.deps.clock.offset_ms()
			))
		})?;
		let (sender, receiver) = futures::channel::oneshot::channel();
		self.deps
			.command_sink
			.clone()
			.send(seal_command(true, Some(sender)))
			.await
			.map_err(|e| internal(format!("block authoring has stopped: {e}")))?;
		let created = receiver
			.await
			.map_err(|_| internal("block authoring dropped the request"))?
			.map_err(|e| internal(format!("sealing the block failed: {e}")))?;
		let timestamp = block_timestamp(&self.client, created.hash)
			.map_err(|e| internal(format!("cannot read the new block's timestamp: {e}")))?;
		Ok(AdvanceTimeResult { offset_ms, block_hash: created.hash, timestamp })
	}
}

/// Everything the RPC methods need.
pub struct FullDeps {
	/// The client.
	pub client: Arc<ParachainClient>,
	/// The transaction pool.
	pub pool: Arc<TransactionPool>,
	/// Present in `--dev` mode only.
	pub dev: Option<DevDeps>,
}

/// The node's RPC extensions.
pub fn create_full(
	deps: FullDeps,
) -> Result<RpcModule<()>, Box<dyn std::error::Error + Send + Sync>> {
	let FullDeps { client, pool, dev } = deps;
	let mut module = RpcModule::new(());
	module.merge(System::new(client.clone(), pool).into_rpc())?;
	module.merge(TransactionPayment::new(client.clone()).into_rpc())?;
	module.merge(Healthchain { client: client.clone() }.into_rpc())?;
	module.merge(Organizations::new(client.clone()).into_rpc())?;
	module.merge(ConsentRpcImpl::new(client.clone()).into_rpc())?;
	module.merge(RecordsRpcImpl::new(client.clone()).into_rpc())?;
	module.merge(TrialsRpcImpl::new(client.clone()).into_rpc())?;
	module.merge(ProvenanceRpcImpl::new(client.clone()).into_rpc())?;
	module.merge(ClaimsRpcImpl::new(client.clone()).into_rpc())?;
	if let Some(dev) = dev {
		module.merge(ManualSeal::<Hash>::new(dev.command_sink.clone()).into_rpc())?;
		module.merge(Dev { client, deps: dev }.into_rpc())?;
	}
	Ok(module)
}
