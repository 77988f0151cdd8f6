'use strict';

const _ = require('lodash');

function featuredProducts(products) {
  return _.sampleSize(products, 4);
}

module.exports = { featuredProducts };
