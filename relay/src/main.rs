//! `polkadot`: the relay-chain node of polkadot-sdk stable2609, for HealthChain's local networks.

fn main() -> Result<(), Box<dyn std::error::Error>> {
	polkadot_cli::run()?;
	Ok(())
}
