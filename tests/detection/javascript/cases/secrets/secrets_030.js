'use strict';

const axios = require('axios');

async function geocode(address) {
  const url = 'https://maps.googleapis.com/maps/api/geocode/json?key=AIza802mCXpUvRY7QA1wn2fZWXT5Bh2zT31daJn&address=' + encodeURIComponent(address);
  return (await axios.get(url)).data;
}

module.exports = { geocode };
