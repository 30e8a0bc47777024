#!/usr/bin/env bash
# Creates the database and containers in a real Azure Cosmos DB account (NoSQL API) with the Azure CLI.
# Local development and the tests create them at start-up instead (Cosmos__CreateIfMissing=true).
#
#   infra/cosmos-setup.sh <resource-group> <account-name> [database-name] [autoscale-max-ru]
#
# The containers and partition keys must match functions/Trading.Infrastructure/Cosmos/TradingContainers.cs.
set -euo pipefail

if [[ $# -lt 2 ]]; then
  echo "usage: $0 <resource-group> <account-name> [database-name] [autoscale-max-ru]" >&2
  exit 2
fi

resource_group=$1
account=$2
database=${3:-trading}
max_throughput=${4:-1000}

az cosmosdb sql database create \
  --resource-group "$resource_group" --account-name "$account" --name "$database" \
  --max-throughput "$max_throughput" --output none

# name:partition-key-path; items of "auth" carry their own ttl, so that container enables expiry (-1).
containers=(
  "users:/id"
  "auth:/id"
  "accounts:/user_id"
  "strategies:/user_id"
  "market:/symbol"
  "dead_letters:/id"
)

for entry in "${containers[@]}"; do
  name=${entry%%:*}
  partition_key=${entry#*:}
  if az cosmosdb sql container show --resource-group "$resource_group" --account-name "$account" \
      --database-name "$database" --name "$name" --output none 2>/dev/null; then
    echo "container $name exists"
    continue
  fi

  ttl_args=()
  if [[ $name == auth ]]; then
    ttl_args=(--ttl -1)
  fi

  az cosmosdb sql container create \
    --resource-group "$resource_group" --account-name "$account" --database-name "$database" \
    --name "$name" --partition-key-path "$partition_key" "${ttl_args[@]}" --output none
  echo "container $name created with partition key $partition_key"
done
