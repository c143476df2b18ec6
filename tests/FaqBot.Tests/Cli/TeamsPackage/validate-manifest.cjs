// Validates a Teams app manifest against the JSON schema of the version it declares, taken from Microsoft's
// @microsoft/app-manifest package (build/json-schemas/teams/vX.Y), with the same validator settings that package
// uses: Ajv for JSON Schema draft-04, all errors, the uri/email/regex formats.
// Usage: node validate-manifest.cjs manifest.json; NODE_PATH must point at src/FaqBot.Server/ClientApp/node_modules.
// Prints "OK <schema path>" and exits 0, or prints each violation and exits 1.
'use strict';
const fs = require('fs');
const path = require('path');
const Ajv = require('ajv-draft-04');
const addFormats = require('ajv-formats');

const manifest = JSON.parse(fs.readFileSync(process.argv[2], 'utf8').replace(/^\uFEFF/, ''));
const match = /^https:\/\/developer\.microsoft\.com\/json-schemas\/teams\/(v[\d.]+)\/MicrosoftTeams\.schema\.json$/.exec(manifest.$schema || '');
if (!match) {
  console.log('FAIL $schema is not a Teams manifest schema URL: ' + manifest.$schema);
  process.exit(1);
}
const packageRoot = path.dirname(require.resolve('@microsoft/app-manifest/package.json'));
const schemaPath = path.join(packageRoot, 'build', 'json-schemas', 'teams', match[1], 'MicrosoftTeams.schema.json');
const schema = JSON.parse(fs.readFileSync(schemaPath, 'utf8').replace(/\\a/g, '\\u0007').replace(/\\v/g, '\\u000b'));
if (schema.properties.manifestVersion.const !== manifest.manifestVersion && schema.properties.manifestVersion.enum?.indexOf(manifest.manifestVersion) < 0) {
  console.log('FAIL manifestVersion ' + manifest.manifestVersion + ' is not the version of ' + match[1]);
  process.exit(1);
}
const ajv = new Ajv({ allErrors: true, strictTypes: false });
addFormats(ajv, ['uri', 'email', 'regex']);
const validate = ajv.compile(schema);
if (!validate(manifest)) {
  for (const error of validate.errors) {
    console.log(`FAIL ${error.instancePath || '/'} ${error.message} ${JSON.stringify(error.params)}`);
  }
  process.exit(1);
}
console.log('OK ' + path.relative(packageRoot, schemaPath));
