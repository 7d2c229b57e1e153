#!/usr/bin/env bash
# Refreshes the AWS service specification that the resource-model generator reads.
#
# The build never needs npm: the compact data is committed. Run this script (it needs npm and node)
# to move to a newer release of the CDK's service database, then regenerate the model:
#   scripts/refresh-service-spec.sh [VERSION]
#   scripts/generate-model.sh
#
# Output, next to the data it describes:
#   model-codegen/src/main/resources/org/llmgateway/cfn/codegen/aws-service-spec.ndjson.gz
#     one line per resource type of every service, sorted by type name:
#     {"type":"AWS::EC2::VPC","name":"VPC","documentation":...,"properties":{...},
#      "attributes":{...},"types":{"<nested type name>":{"documentation":...,"properties":{...}}}}
#     documentation is cut to its first paragraph (what the javadoc shows); type references are by
#     nested type name instead of database id; what the generator never reads is left out.
#   model-codegen/src/main/resources/org/llmgateway/cfn/codegen/SOURCE.properties
#     the npm package, its version and integrity, and the number of types.
set -euo pipefail

PACKAGE="@aws-cdk/aws-service-spec"
VERSION="${1:-0.1.216}"
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
OUT="$ROOT/model-codegen/src/main/resources/org/llmgateway/cfn/codegen"
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT

cd "$WORK"
npm pack --silent "$PACKAGE@$VERSION" >/dev/null
tar xzf ./*.tgz
INTEGRITY="$(npm view "$PACKAGE@$VERSION" dist.integrity)"

node - "$WORK/package/db.json.gz" "$OUT" "$PACKAGE" "$VERSION" "$INTEGRITY" <<'NODE'
const fs = require('fs');
const path = require('path');
const zlib = require('zlib');
const [dbFile, out, pkg, version, integrity] = process.argv.slice(2);
const db = JSON.parse(zlib.gunzipSync(fs.readFileSync(dbFile))).schema;

const typeDefinitions = new Map(db.typeDefinition.entities.map(t => [t.$id, t]));
const usesType = db.usesType.forward;

function firstParagraph(text) {
  return (text || '').split(/\n\s*\n/)[0].trim();
}

function sorted(object, convert) {
  const result = {};
  for (const key of Object.keys(object || {}).sort()) result[key] = convert(object[key], key);
  return result;
}

function type(t) {
  switch (t.type) {
    case 'ref': return { type: 'ref', name: typeDefinitions.get(t.reference.$ref).name };
    case 'array': case 'map': return { type: t.type, element: type(t.element) };
    case 'union': return { type: 'union', types: t.types.map(type) };
    default: return { type: t.type };
  }
}

function property(p) {
  const result = { type: type(p.type) };
  if (p.required) result.required = true;
  if (p.deprecated) result.deprecated = true;
  const doc = firstParagraph(p.documentation);
  if (doc) result.documentation = doc;
  return result;
}

const lines = [];
for (const resource of db.resource.entities) {
  const types = {};
  for (const use of usesType[resource.$id] || []) {
    const t = typeDefinitions.get(use.$id);
    types[t.name] = { documentation: firstParagraph(t.documentation), properties: sorted(t.properties, property) };
  }
  const entry = {
    type: resource.cloudFormationType,
    name: resource.name,
    documentation: firstParagraph(resource.documentation),
    properties: sorted(resource.properties, property),
    attributes: sorted(resource.attributes, a => ({ type: type(a.type), documentation: firstParagraph(a.documentation) })),
    types: sorted(types, t => t),
  };
  lines.push([entry.type, JSON.stringify(entry)]);
}
lines.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
const body = lines.map(l => l[1]).join('\n') + '\n';
// level 9, no file name and mtime 0 in the header: the same input gives the same bytes.
fs.writeFileSync(path.join(out, 'aws-service-spec.ndjson.gz'), zlib.gzipSync(body, { level: 9 }));
fs.writeFileSync(path.join(out, 'SOURCE.properties'),
  '# Written by scripts/refresh-service-spec.sh; do not edit.\n' +
  `package=${pkg}\nversion=${version}\nintegrity=${integrity}\ntypes=${lines.length}\n`);
console.log(`${lines.length} resource types from ${pkg}@${version}`);
NODE
ls -l "$OUT"
