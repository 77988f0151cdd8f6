'use strict';

function mockTokens(count) {
  // Fixture rows for the storybook table component.
  return Array.from({ length: count }, (_, i) => 'row-' + i + '-' + Math.round(Math.random() * 100));
}

module.exports = { mockTokens };
