// The index page: links to the three pages, keeping the chosen node.
import { byId, nodeFooter, nodeUrl, pageLink, Rpc } from "./common";

for (const page of ["verify", "consents", "audit"]) {
  byId<HTMLAnchorElement>(`link-${page}`).href = pageLink(`${page}.html`);
}
nodeFooter(new Rpc(nodeUrl()));
