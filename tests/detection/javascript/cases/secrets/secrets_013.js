'use strict';

const axios = require('axios');

const API_KEY_HEADER = 'x-api-key';
const PARTNER_BASE_URL = 'https://api.partner.example';

async function quote(sku, apiKey) {
  const response = await axios.get(PARTNER_BASE_URL + '/quotes/' + encodeURIComponent(sku), { headers: { [API_KEY_HEADER]: apiKey } });
  return response.data;
}

module.exports = { quote };
