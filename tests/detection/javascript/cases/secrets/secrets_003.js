'use strict';

const tokens = new Map([
  ['github', 'YOUR_GITHUB_TOKEN_HERE'],
  ['npm', process.env.NPM_TOKEN || ''],
]);

function tokenFor(service) {
  return tokens.get(service);
}

module.exports = { tokenFor };
