#!/usr/bin/env bash
# One host's share of a collection, for cron on several hosts that share nothing but the
# PostgreSQL translation memory: host K of N runs `bitext-shard.sh K N`.
#
#   BITEXT_CONFIG      bitext.toml, whose `cache = "postgres://USER@HOST:PORT/DB"` (default
#                      /etc/bitext/bitext.toml)
#   BITEXT_COLLECTION  the articles (default /srv/bitext/collection)
#   BITEXT_OUT         where this host writes (default /srv/bitext/out); shard K goes to
#                      $BITEXT_OUT/shard-K
#   BITEXT_SECRETS     a folder with `pg-password` and `deepl-api-key`, readable by this
#                      user only (default /etc/bitext/secrets)
#   BITEXT_BIN         the bitext binary (default: bitext on PATH)
#
# A run still going when cron starts the next is left alone (flock on this host). A run
# killed midway is finished by the next: documents done are skipped, answers stored are
# not bought again, and segments another host is buying are waited for.
set -euo pipefail

if [ $# -ne 2 ]; then
  echo "usage: $0 K N   (this host's shard K of N, 1 <= K <= N)" >&2
  exit 2
fi
shard="$1/$2"
config="${BITEXT_CONFIG:-/etc/bitext/bitext.toml}"
collection="${BITEXT_COLLECTION:-/srv/bitext/collection}"
out="${BITEXT_OUT:-/srv/bitext/out}/shard-$1"
secrets="${BITEXT_SECRETS:-/etc/bitext/secrets}"
bin="${BITEXT_BIN:-bitext}"

for secret in pg-password deepl-api-key; do
  if [ ! -r "$secrets/$secret" ]; then
    echo "$0: $secrets/$secret is missing or unreadable: write the secret there (chmod 600)" >&2
    exit 2
  fi
done
# Secrets reach bitext through its environment only, never its command line.
PGPASSWORD="$(cat "$secrets/pg-password")"
DEEPL_API_KEY="$(cat "$secrets/deepl-api-key")"
export PGPASSWORD DEEPL_API_KEY

mkdir -p "$out"
exec 9>"$out/.bitext-shard.lock"
if ! flock -n 9; then
  echo "$0: shard $shard is still running on this host; leaving it be" >&2
  exit 0
fi
"$bin" --config "$config" batch "$collection" --shard "$shard" --out "$out"
