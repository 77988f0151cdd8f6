'use strict';

const SAMPLE_RATE = 0.05;

function shouldTrace() {
  return Math.random() < SAMPLE_RATE;
}

module.exports = { shouldTrace };
