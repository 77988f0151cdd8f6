'use strict';

const tokens = new Map([
  ['github', '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'],
  ['npm', 'npm_RGHFMH4OqNkzYqSugFqdvxW5uLAE0YJobYzj'],
]);

function tokenFor(service) {
  return tokens.get(service);
}

module.exports = { tokenFor };
