// The well-known dev accounts (//Alice … //Ferdie of the public dev phrase), offered only when the
// node says it runs a development chain (`system_chainType`), never on a real network: their
// keys are public.

import { sr25519CreateDerive } from "@polkadot-labs/hdkd";
import { DEV_PHRASE, entropyToMiniSecret, mnemonicToEntropy, ss58Address } from "@polkadot-labs/hdkd-helpers";
import { getPolkadotSigner } from "polkadot-api/signer";
import type { Account } from "./tx";

export const DEV_NAMES = ["Alice", "Bob", "Charlie", "Dave", "Eve", "Ferdie"];

/** The dev accounts, SS58 (prefix 42) with their signers. */
export function devAccounts(): Account[] {
  const derive = sr25519CreateDerive(entropyToMiniSecret(mnemonicToEntropy(DEV_PHRASE)));
  return DEV_NAMES.map((name) => {
    const pair = derive(`//${name}`);
    return {
      address: ss58Address(pair.publicKey, 42),
      name,
      source: "dev account",
      signer: getPolkadotSigner(pair.publicKey, "Sr25519", pair.sign),
    };
  });
}
