// Signing and submitting with polkadot-api, typed by descriptors generated from the committed
// metadata (metadata/healthchain.scale → .papi/descriptors), and every outcome in words: the
// runtime's own documentation of a dispatch error (src/generated/errors.json, from the same
// metadata), or what the node said when it refused the transaction.

import { hc } from "@polkadot-api/descriptors";
import { createClient, InvalidTxError, type PolkadotClient, type PolkadotSigner, type TypedApi } from "polkadot-api";
import { getWsProvider } from "polkadot-api/ws";
import { Problem } from "./common";
import errors from "./generated/errors.json";

export type Api = TypedApi<typeof hc>;

/** An account the page can sign with: from a browser wallet or, on a dev chain, a dev key. */
export type Account = { address: string; name: string; source: string; signer: PolkadotSigner };

let client: PolkadotClient | undefined;

/** The typed API on `url`, one client per page. */
export function api(url: string): Api {
  client ??= createClient(getWsProvider(url));
  return client.getTypedApi(hc);
}

type DispatchError = { type: string; value?: unknown };

/** A dispatch error as "Consent.NotAuthorized: <the runtime's documentation>". */
export function dispatchErrorText(error: DispatchError): string {
  if (error.type === "Module") {
    const pallet = error.value as { type: string; value?: { type: string } };
    const name = `${pallet.type}.${pallet.value?.type ?? "?"}`;
    const docs = (errors as Record<string, string>)[name];
    return docs ? `${name}: ${docs}` : name;
  }
  const inner = error.value as { type?: string } | undefined;
  return inner?.type ? `${error.type}.${inner.type}` : error.type;
}

const INVALID: Record<string, string> = {
  Payment: "the account cannot pay the transaction fee, and no sponsor pays for it",
  Stale: "the account's transaction counter (nonce) has moved on; try again",
  Future: "an earlier transaction of this account is still waiting; try again shortly",
  BadProof: "the signature does not match (wrong key, or the wallet signed for another chain)",
  ExhaustsResources: "the block is full; try again",
  AncientBirthBlock: "the transaction was signed too long ago; sign it again",
  Call: "the runtime refuses this call before it runs",
  BadSigner: "this account may not sign this transaction",
  MandatoryValidation: "the runtime's checks refused it",
};

/** What the node's refusal means, in words. */
export function invalidTxText(error: InvalidTxError): string {
  const e = error.error as { type?: string; value?: { type?: string; value?: unknown } };
  const reason = e.value?.type ?? "";
  const words = INVALID[reason] ?? (reason === "Custom" ? `custom reason ${String(e.value?.value)}` : reason);
  return `The node refused the transaction (${e.type ?? "Invalid"}.${reason || "?"}): ${words}.`;
}

export type Step = "signing" | "sent" | "included";

/**
 * Signs `tx` with `account`, submits it and waits until it is in a block: the block's number and
 * the transaction's hash. A transaction included but failed, or refused by the node, is a
 * {@link Problem} of kind `refused` in words; `progress` hears of each step.
 */
export function submit(
  tx: { signSubmitAndWatch: (s: PolkadotSigner) => { subscribe: (o: object) => { unsubscribe(): void } } },
  account: Account,
  progress: (step: Step, detail: string) => void,
): Promise<{ block: number; hash: string }> {
  progress("signing", `Waiting for ${account.name} to sign…`);
  return new Promise((resolve, reject) => {
    let txHash = "";
    const subscription = tx.signSubmitAndWatch(account.signer).subscribe({
      next(event: { type: string; txHash: string; found?: boolean; ok?: boolean; dispatchError?: DispatchError; block?: { number: number } }) {
        if (event.type === "signed") {
          txHash = event.txHash;
          progress("sent", `Sent (transaction ${txHash.slice(0, 10)}…); waiting for a block…`);
        }
        if (event.type === "txBestBlocksState" && event.found) {
          subscription?.unsubscribe();
          if (event.ok) {
            progress("included", `Done: in block #${event.block?.number}.`);
            resolve({ block: event.block?.number ?? 0, hash: txHash });
          } else {
            reject(
              new Problem(
                `The chain refused it: ${dispatchErrorText(event.dispatchError ?? { type: "Other" })}`,
                "refused",
              ),
            );
          }
        }
      },
      error(error: unknown) {
        if (error instanceof InvalidTxError) reject(new Problem(invalidTxText(error), "refused"));
        else if (error instanceof Error && /cancel|reject/i.test(error.message))
          reject(new Problem("Signing was cancelled in the wallet; nothing was sent.", "refused"));
        else reject(new Problem(`The transaction could not be sent: ${error instanceof Error ? error.message : error}`, "unreachable"));
      },
    });
  });
}
