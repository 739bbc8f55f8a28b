// Minimal Core Services stand-in for the client benchmark, run in its own process so the
// clients' CPU is measured apart from the server's. It does not verify signatures (the same for
// every client) and answers every POST as CreateVolumeGroupBackup, every GET as GetVolumeGroupBackup.
import { createServer } from "node:http";

const body = JSON.stringify({
  id: "ocid1.volumegroupbackup.oc1.iad.bench",
  compartmentId: "ocid1.compartment.oc1..bench",
  displayName: "bench",
  lifecycleState: "CREATING",
  timeCreated: "2026-11-27T10:00:00.000Z",
  type: "INCREMENTAL",
  volumeBackupIds: [],
  volumeGroupId: "ocid1.volumegroup.oc1.iad.bench",
});

const server = createServer((req, res) => {
  req.resume();
  req.on("end", () => {
    res.writeHead(200, {
      "content-type": "application/json",
      "content-length": Buffer.byteLength(body),
      etag: "bench-etag",
      "opc-request-id": req.headers["opc-request-id"] ?? "bench",
    });
    res.end(body);
  });
});
server.keepAliveTimeout = 60_000;
server.listen(0, "127.0.0.1", () => {
  process.stdout.write(`listening on http://127.0.0.1:${server.address().port}\n`);
});
process.on("message", (message) => {
  if (message === "stop") server.close(() => process.exit(0));
});
process.on("disconnect", () => process.exit(0));
