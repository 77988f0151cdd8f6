'use strict';

const escape = require('escape-html');

function escapeText(value) {
  return escape(String(value));
}

function layout(title, inner) {
  return '<!doctype html><html><head><title>' + title + '</title></head><body>' + inner + '</body></html>';
}

module.exports = { escapeText, layout };
