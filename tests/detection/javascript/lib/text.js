'use strict';

// Small string utilities shared by route modules.

function tidy(value) {
  return String(value == null ? '' : value).trim();
}

function collapseWhitespace(value) {
  return String(value).split(/\s+/).filter(Boolean).join(' ');
}

function firstOf(values) {
  return Array.isArray(values) ? values[0] : values;
}

module.exports = { tidy, collapseWhitespace, firstOf };
