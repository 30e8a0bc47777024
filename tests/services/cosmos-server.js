#!/usr/bin/env node
// Starts @vercel/cosmosdb-server 1.0.1 over HTTPS on 127.0.0.1 for the integration tests.
//
// The package's CLI sends "Connection: close" on every response, so each SDK call pays a new
// TCP and TLS handshake. Its JS API takes a keepAlive option that keeps connections open.
//
// Environment: TRADING_TEST_COSMOS_PORT (default 8081). The host is always 127.0.0.1.
"use strict";

const readDocument = require("@vercel/cosmosdb-server/lib/handler/read-document");
const trueHeader = require("@vercel/cosmosdb-server/lib/true-header").default;
const partitionHeader = require("@vercel/cosmosdb-server/lib/utils/get-partition-from-header");

const HOST = "127.0.0.1";
const DEFAULT_PORT = 8081;

// Fixes a bug of @vercel/cosmosdb-server 1.0.1: reading a missing item returns 500, not 404.
// In lib/handler/read-document.js, the branch without the cross-partition header loads the
// document and then reads `data[path]` for each partition key path without checking that
// `data` exists, so a missing id throws a TypeError that the request handler turns into a 500.
// The fix lives in the test setup, not in product code, because the product must handle the
// real service's 404. It is applied at runtime because node_modules is reinstalled by `npm ci`.
// It must run before the package's index is loaded, because lib/routes.js copies the handler
// function into its route table when it is first required.
function patchReadDocumentNotFound() {
  const original = readDocument.default;

  readDocument.default = (account, req, res, params) => {
    if (isSinglePartitionReadOfMissingItem(account, req, params)) {
      res.statusCode = 404;
      return {
        code: "NotFound",
        message: "Entity with the specified id does not exist in the system."
      };
    }

    return original(account, req, res, params);
  };
}

function isSinglePartitionReadOfMissingItem(account, req, { dbId, collId, docId }) {
  if (trueHeader(req, "x-ms-documentdb-query-enablecrosspartition")) {
    return false;
  }

  const collection = account.database(dbId).collection(collId);
  if (!collection.read()) {
    return false;
  }

  let partitionKey;
  try {
    partitionKey = partitionHeader.parsePartitionKey(partitionHeader.default(req), docId);
  } catch {
    // An invalid partition key header goes to the package's handler unchanged.
    return false;
  }

  return !collection.document(docId, partitionKey).read();
}

function readPort() {
  const text = process.env.TRADING_TEST_COSMOS_PORT;
  if (text === undefined || text === "") {
    return DEFAULT_PORT;
  }

  const port = Number(text);
  if (!Number.isInteger(port) || port < 1 || port > 65535) {
    throw new Error(`Invalid TRADING_TEST_COSMOS_PORT '${text}': expected an integer from 1 to 65535.`);
  }

  return port;
}

function main() {
  patchReadDocumentNotFound();
  const { createHttpsServer } = require("@vercel/cosmosdb-server");

  const port = readPort();
  const server = createHttpsServer({ keepAlive: true });

  // Node closes idle keep-alive connections after 5 s by default (server.keepAliveTimeout).
  // .NET 6+ SocketsHttpHandler reuses idle connections for up to 1 minute
  // (PooledConnectionIdleTimeout), so with the default a request can go out on a connection
  // that the server is closing and fail. A server timeout above the client's avoids that race.
  server.keepAliveTimeout = 10 * 60 * 1000;

  server.on("error", (err) => {
    console.error(`cosmos-server: failed on ${HOST}:${port}: ${err.message}`);
    process.exit(1);
  });

  server.listen(port, HOST, () => {
    console.log(`cosmos-server: listening on https://${HOST}:${port}/ (pid ${process.pid})`);
  });

  const stop = (signal) => {
    console.log(`cosmos-server: stopping on ${signal}`);
    server.close(() => process.exit(0));
    server.closeAllConnections();
  };
  process.on("SIGTERM", () => stop("SIGTERM"));
  process.on("SIGINT", () => stop("SIGINT"));
}

main();
