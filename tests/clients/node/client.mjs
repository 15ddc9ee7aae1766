// A client in another language, using only the .proto files: submit a French dispatch to the
// translation service, then poll the search service until its statement is found. Prints the
// statement as JSON and exits 0, or explains and exits 1.
import path from "node:path";
import { fileURLToPath } from "node:url";
import grpc from "@grpc/grpc-js";
import protoLoader from "@grpc/proto-loader";

const here = path.dirname(fileURLToPath(import.meta.url));
const protoRoot = path.resolve(here, "../../../protos");
const load = (file) =>
  grpc.loadPackageDefinition(protoLoader.loadSync(path.join(protoRoot, file), { includeDirs: [protoRoot], keepCase: false, longs: String, enums: String, defaults: true }));

const translationPkg = load("verbatim/translation/v1/translation.proto").verbatim.translation.v1;
const searchPkg = load("verbatim/search/v1/search.proto").verbatim.search.v1;
const credentials = grpc.credentials.createInsecure();
const translation = new translationPkg.TranslationService(process.env.TRANSLATION_ADDR, credentials);
const search = new searchPkg.StatementSearch(process.env.SEARCH_ADDR, credentials);
const metadata = new grpc.Metadata();
metadata.add("x-api-key", process.env.API_KEY ?? "");

const call = (client, method, request) =>
  new Promise((resolve, reject) => client[method](request, metadata, { deadline: Date.now() + 30000 }, (err, res) => (err ? reject(err) : resolve(res))));

const marker = process.env.MARKER ?? String(Date.now());
const text = [
  "Vignoble : les viticulteurs bordelais réclament un plan d'arrachage",
  `BORDEAUX (AFP) – Le président de l'interprofession, Jérôme Castaing, a reçu jeudi les syndicats agricoles ${marker}.`,
  "« Nous ne pouvons plus vendre à perte », a déclaré M. Castaing devant la presse.",
];

try {
  const submitted = await call(translation, "SubmitDispatch", { sourceId: `node:${marker}`, text: text.join("\n") });
  const deadline = Date.now() + 20000;
  while (Date.now() < deadline) {
    const found = await call(search, "Search", { query: "vendre", dispatchId: submitted.dispatchId, pageSize: 5 });
    if (found.hits.length > 0) {
      const s = found.hits[0].statement;
      console.log(JSON.stringify({ dispatchId: submitted.dispatchId, speaker: s.speaker.name, kind: s.kind, textFr: s.textFr, textEn: s.textEn }));
      process.exit(0);
    }
    await new Promise((r) => setTimeout(r, 300));
  }
  console.error(`statement of ${submitted.dispatchId} not found within 20 s`);
  process.exit(1);
} catch (err) {
  console.error(`call failed: ${err.code} ${err.details ?? err.message}`);
  process.exit(1);
}
