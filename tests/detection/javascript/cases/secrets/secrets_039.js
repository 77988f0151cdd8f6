'use strict';

const axios = require('axios');

const PARTNER_API_KEY = 'c6de41b002fead6ac81dd620bc9a04c13ea4a364';

async function quote(sku) {
  const response = await axios.get('https://api.partner.example/quotes/' + encodeURIComponent(sku), { headers: { 'x-api-key': PARTNER_API_KEY } });
  return response.data;
}

module.exports = { quote };
