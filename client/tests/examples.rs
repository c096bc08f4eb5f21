//! The library's examples, run against a dev node: they compile with the suite and must
//! succeed end to end.

use std::process::Command;

use healthchain_client::devnode::{node_binary, DevNode};

#[test]
fn anchor_and_verify_example_runs() {
	let node = DevNode::start(&node_binary()).expect("a dev node");
	let exe = std::env::current_exe().unwrap();
	let example = exe
		.ancestors()
		.map(|dir| dir.join("examples").join("anchor_and_verify"))
		.find(|path| path.is_file())
		.expect("cargo built the example beside the tests (target/<profile>/examples)");
	let output = Command::new(example).arg(&node.url).output().expect("the example runs");
	let stdout = String::from_utf8_lossy(&output.stdout);
	assert!(
		output.status.success(),
		"example failed:\n{stdout}\n{}\nnode log:\n{}",
		String::from_utf8_lossy(&output.stderr),
		node.log()
	);
	assert!(stdout.contains("re-ordered copy: \"match\""), "{stdout}");
	assert!(stdout.contains("altered copy: \"mismatch\""), "{stdout}");
	assert!(stdout.contains("finalised in block #"), "{stdout}");
}
