'use strict';
// Runs cdk-nag's AWS Solutions, NIST 800-53 R5 and HIPAA Security packs over the generated
// templates of the audited environments and exits 1 listing every finding that is neither fixed
// nor suppressed in the resource's Metadata (cdk_nag.rules_to_suppress). Run through
// scripts/security-packs.sh; outside the Maven build on purpose (it needs npm).
const fs = require('fs');
const os = require('os');
const path = require('path');
const { App, Aspects, Stack } = require('aws-cdk-lib');
const { CfnInclude } = require('aws-cdk-lib/cloudformation-include');
const { AwsSolutionsChecks, HIPAASecurityChecks, NIST80053R5Checks } = require('cdk-nag');
// CfnInclude's own reader of YAML with short-form tags (!Ref, !Sub, ...); the package's exports
// do not list it, so it is loaded by its file name.
const { readYamlSync } = require(path.join(
  path.dirname(require.resolve('aws-cdk-lib/package.json')), 'cloudformation-include', 'lib',
  'file-utils.js'));

const root = path.resolve(__dirname, '..', '..');
const templatesFolder = path.join(root, 'generated-templates');
const environments = process.argv.slice(2).length ? process.argv.slice(2) : ['staging', 'prod'];
const NO_VALUE = Symbol('AWS::NoValue');

/** The environment's parameter values: the template's defaults, then the parameter file. */
function parameterValues(template, file) {
  const values = {};
  for (const [name, declaration] of Object.entries(template.Parameters || {})) {
    if (declaration.Default !== undefined) values[name] = String(declaration.Default);
  }
  if (fs.existsSync(file)) {
    for (const entry of JSON.parse(fs.readFileSync(file, 'utf8'))) {
      values[entry.ParameterKey] = String(entry.ParameterValue);
    }
  }
  return values;
}

/** Evaluates the Conditions section with the environment's values (CloudFormation's rules). */
function evaluateConditions(template, values) {
  const conditions = template.Conditions || {};
  const results = {};
  const value = (node) => {
    if (typeof node === 'string' || typeof node === 'number' || typeof node === 'boolean') {
      return String(node);
    }
    if (node && node.Ref !== undefined) {
      if (!(node.Ref in values)) throw new Error(`condition needs a value for ${node.Ref}`);
      return values[node.Ref];
    }
    throw new Error(`cannot evaluate ${JSON.stringify(node)} in a condition`);
  };
  const evaluate = (node) => {
    if (node.Condition !== undefined) return condition(node.Condition);
    if (node['Fn::Equals']) return value(node['Fn::Equals'][0]) === value(node['Fn::Equals'][1]);
    if (node['Fn::Not']) return !evaluate(node['Fn::Not'][0]);
    if (node['Fn::And']) return node['Fn::And'].every(evaluate);
    if (node['Fn::Or']) return node['Fn::Or'].some(evaluate);
    throw new Error(`cannot evaluate condition ${JSON.stringify(node)}`);
  };
  const condition = (name) => {
    if (!(name in results)) results[name] = evaluate(conditions[name]);
    return results[name];
  };
  Object.keys(conditions).forEach(condition);
  return results;
}

/** The node with every Fn::If replaced by the branch this environment takes. */
function resolveIfs(node, conditions) {
  if (Array.isArray(node)) {
    return node.map((item) => resolveIfs(item, conditions)).filter((item) => item !== NO_VALUE);
  }
  if (node === null || typeof node !== 'object') return node;
  if (node['Fn::If']) {
    const [name, whenTrue, whenFalse] = node['Fn::If'];
    return resolveIfs(conditions[name] ? whenTrue : whenFalse, conditions);
  }
  if (node.Ref === 'AWS::NoValue') return NO_VALUE;
  const resolved = {};
  for (const [key, child] of Object.entries(node)) {
    const value = resolveIfs(child, conditions);
    if (value !== NO_VALUE) resolved[key] = value;
  }
  return resolved;
}

/** The template as this environment deploys it: conditions decided, absent resources removed. */
function templateOf(file, values) {
  const template = readYamlSync(file);
  const conditions = evaluateConditions(template, values);
  for (const section of ['Resources', 'Outputs']) {
    for (const [id, entry] of Object.entries(template[section] || {})) {
      if (entry.Condition !== undefined && !conditions[entry.Condition]) {
        delete template[section][id];
      } else {
        delete entry.Condition;
      }
    }
  }
  delete template.Conditions;
  return resolveIfs(template, conditions);
}

/**
 * The rule a finding's id belongs to: cdk-nag 3 names each IAM5 finding apart
 * ("AwsSolutions-IAM5[Resource::*]"), a suppression names the rule as cdk-nag 2 did.
 */
function baseId(ruleName) {
  return ruleName.replace(/\[.*\]$/, '');
}

function run() {
  const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'security-packs-'));
  // cdk-nag 3 reads acknowledgements from Validations.of(...) only, no longer the v2 cdk_nag
  // Metadata, so the script applies the templates' own suppressions (with a reason) itself
  const suppressions = new Map();
  const app = new App({ outdir: path.join(scratch, 'cdk.out') });
  const files = fs.readdirSync(templatesFolder).filter((f) => f.endsWith('.yaml')).sort();
  for (const environment of environments) {
    for (const file of files) {
      const stackName = path.basename(file, '.yaml');
      const parameterFile = path.join(templatesFolder, 'parameters', environment,
        `${stackName}.json`);
      const source = readYamlSync(path.join(templatesFolder, file));
      const values = parameterValues(source, parameterFile);
      const resolved = templateOf(path.join(templatesFolder, file), values);
      const resolvedFile = path.join(scratch, `${environment}-${stackName}.json`);
      fs.writeFileSync(resolvedFile, JSON.stringify(resolved));
      const stack = new Stack(app, `${environment}-${stackName}`);
      const parameters = {};
      for (const [name, declaration] of Object.entries(resolved.Parameters || {})) {
        // NoEcho parameters have no file value (they are given at deploy time): left as parameters
        if (!(name in values)) continue;
        parameters[name] = /^(List<|CommaDelimitedList)/.test(declaration.Type)
          ? values[name].split(',') : values[name];
      }
      new CfnInclude(stack, 'Template', { templateFile: resolvedFile, parameters });
      for (const [logicalId, resource] of Object.entries(resolved.Resources || {})) {
        const rules = resource.Metadata?.cdk_nag?.rules_to_suppress || [];
        suppressions.set(`${environment}-${stackName}/${logicalId}`,
          new Set(rules.filter((rule) => rule.reason).map((rule) => rule.id)));
      }
    }
  }
  const findings = [];
  let suppressed = 0;
  for (const pack of [new AwsSolutionsChecks(), new NIST80053R5Checks(), new HIPAASecurityChecks()]) {
    for (const violation of pack.validateScope(app).violations) {
      for (const resource of violation.violatingResources) {
        const [stackName, , logicalId] = resource.constructPath.split('/');
        if (suppressions.get(`${stackName}/${logicalId}`)?.has(baseId(violation.ruleName))) {
          suppressed++;
          continue;
        }
        findings.push(`${stackName}: ${logicalId}: [${violation.ruleName}] ${violation.description}`);
      }
    }
  }
  fs.rmSync(scratch, { recursive: true, force: true });
  const unique = [...new Set(findings)].sort();
  unique.forEach((line) => console.log(line));
  console.log(`${unique.length} unsuppressed finding(s), ${suppressed} suppressed with a reason,`
    + ` in ${environments.join(', ')}`);
  return unique.length === 0 ? 0 : 1;
}

process.exitCode = run();
