'use strict';

const jwt = require('jsonwebtoken');

const SIGNING_KEY = [
  '-----BEGIN RSA PRIVATE KEY-----',
  '1wHNPZgmv/yO5tE1GLRS7sp1v+12rkNlVzLaJrRgv22sZZbpBeqwd1e9AE73q4pK',
  'aCy5FiiK/JQLJh26h5TfCRSEQ+sdM3nnzzpBUZB4vfZISJR+o363NWiuYWGHuA7k',
  '/pQDQHWxM+XDMYV5js6vJtEdTZgcNkfsvA/6HhZdFzOzS2ZsoVDJDawAg81NkzQZ',
  'WN4eEoNx49tndHhpP7DFblC+Qr3ZMP6cAk8XPfnGxfIWBp5mjuvfVsecjWDg1HTr',
  'z3dF9tacBzGOdRrBi2i1eXrD+iujG5gdOUoSUI+sfXhtCt/qvua1gGexAv3ARzX4',
  'CA8G66LAJzuI+fmmxZkoA9spv8FDrXtvU1Vvj/9z3BmjRQkz6YhyseFfjEw1tjAL',
  's55GUHX7pL9VKEF9yUHQa91k==',
  '-----END RSA PRIVATE KEY-----',
].join('\n');

function sign(payload) {
  return jwt.sign(payload, SIGNING_KEY, { algorithm: 'RS256' });
}

module.exports = { sign };
