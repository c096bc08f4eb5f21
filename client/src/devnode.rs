//! A throw-away `healthchain-node --dev` for integration tests: an app's own, and this
//! workspace's (the CLI's and the examples').
//!
//! [`DevNode::start`] runs the binary on free ports with its state in a temporary directory,
//! waits until it serves JSON-RPC, and kills it (and removes the directory) when dropped.

use std::{
	io::{BufRead, BufReader},
	net::TcpListener,
	path::{Path, PathBuf},
	process::{Child, Command, Stdio},
	sync::{Arc, Mutex},
	time::{Duration, Instant},
};

/// How long a dev node may take to start serving.
pub const STARTUP_TIMEOUT: Duration = Duration::from_secs(240);

/// A running dev node.
pub struct DevNode {
	child: Child,
	base_path: PathBuf,
	log: Arc<Mutex<Vec<String>>>,
	/// Its WebSocket JSON-RPC address.
	pub url: String,
}

/// The ports this process has handed out: the system may give a port again once the listener
/// that found it is closed, and two nodes of one test binary (its tests run in parallel) must
/// not share one — a client of one would reach the other's peer-to-peer listener.
static HANDED_OUT: Mutex<std::collections::BTreeSet<u16>> =
	Mutex::new(std::collections::BTreeSet::new());

/// A local port that is free now and that this process has not handed out before.
fn free_port() -> std::io::Result<u16> {
	loop {
		let port = TcpListener::bind("127.0.0.1:0")?.local_addr()?.port();
		if HANDED_OUT.lock().expect("ports lock").insert(port) {
			return Ok(port);
		}
	}
}

/// The port of the first address the node says it serves JSON-RPC on (`Running JSON-RPC
/// server: addr=127.0.0.1:9944,[::1]:9944`): the one it was given, or, if another program took
/// that port first, the one the node bound instead (it then retries on a random port, and says
/// so only in this line).
fn served_port(log: &str) -> Option<u16> {
	let line = log.lines().find(|line| line.contains("Running JSON-RPC server: addr="))?;
	let addresses = &line[line.find("addr=")? + "addr=".len()..];
	let first = addresses.split(|c: char| c == ',' || c.is_whitespace()).next()?;
	first.parse::<std::net::SocketAddr>().ok().map(|address| address.port())
}

/// The node binary: `$HEALTHCHAIN_NODE` (set by `scripts/env.sh`), else `healthchain-node`
/// beside the running program's cargo profile directory (`target/<profile>/`), which is where a
/// test of this workspace runs from (`target/<profile>/deps/`).
pub fn node_binary() -> PathBuf {
	if let Ok(path) = std::env::var("HEALTHCHAIN_NODE") {
		return PathBuf::from(path);
	}
	let exe = std::env::current_exe().unwrap_or_default();
	let profile_dir = exe
		.ancestors()
		.find(|dir| dir.join("healthchain-node").is_file())
		.map(Path::to_path_buf)
		.unwrap_or_default();
	profile_dir.join("healthchain-node")
}

impl DevNode {
	/// Starts `binary --dev` and waits (up to [`STARTUP_TIMEOUT`]) until it serves JSON-RPC.
	pub fn start(binary: &Path) -> std::io::Result<DevNode> {
		let (rpc_port, p2p_port) = (free_port()?, free_port()?);
		let base_path =
			std::env::temp_dir().join(format!("healthchain-dev-{}-{rpc_port}", std::process::id()));
		let mut child = Command::new(binary)
			.args(["--dev", "--no-prometheus", "--no-telemetry", "--no-hardware-benchmarks"])
			.args(["--rpc-port", &rpc_port.to_string(), "--port", &p2p_port.to_string()])
			.arg("--base-path")
			.arg(&base_path)
			.stdin(Stdio::null())
			.stdout(Stdio::null())
			.stderr(Stdio::piped())
			.spawn()
			.map_err(|e| {
				std::io::Error::new(e.kind(), format!("cannot start {}: {e}", binary.display()))
			})?;
		let log = Arc::new(Mutex::new(Vec::new()));
		if let Some(stderr) = child.stderr.take() {
			let sink = log.clone();
			std::thread::spawn(move || {
				for line in BufReader::new(stderr).lines().map_while(Result::ok) {
					sink.lock().expect("log lock").push(line);
				}
			});
		}
		let mut node = DevNode { child, base_path, log, url: format!("ws://127.0.0.1:{rpc_port}") };
		let deadline = Instant::now() + STARTUP_TIMEOUT;
		let served = loop {
			if let Some(port) = served_port(&node.log()) {
				break port;
			}
			if Instant::now() > deadline {
				return Err(std::io::Error::other(format!(
					"the node did not serve JSON-RPC within {STARTUP_TIMEOUT:?}:\n{}",
					node.log()
				)));
			}
			std::thread::sleep(Duration::from_millis(200));
		};
		node.url = format!("ws://127.0.0.1:{served}");
		Ok(node)
	}

	/// The node's log so far (its standard error).
	pub fn log(&self) -> String {
		self.log.lock().expect("log lock").join("\n")
	}
}

impl Drop for DevNode {
	fn drop(&mut self) {
		let _ = self.child.kill();
		let _ = self.child.wait();
		let _ = std::fs::remove_dir_all(&self.base_path);
	}
}

#[cfg(test)]
mod tests {
	use super::served_port;

	#[test]
	fn the_served_port_is_read_from_the_nodes_own_line() {
		let log = "2026-12-04 16:23:03 Highest known block at #0\n\
			2026-12-04 16:23:04 Running JSON-RPC server: addr=127.0.0.1:42381,[::1]:42381    \n\
			2026-12-04 16:23:05 Idle (0 peers)";
		assert_eq!(served_port(log), Some(42381));
		// One address: a trailing comma.
		assert_eq!(served_port("Running JSON-RPC server: addr=127.0.0.1:9955,"), Some(9955));
		assert_eq!(served_port("Running JSON-RPC server: addr=nowhere"), None);
		assert_eq!(served_port("2026-12-04 16:23:03 Highest known block at #0"), None);
	}
}
