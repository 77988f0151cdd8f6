'use strict';

const mongoose = require('mongoose');

async function connect() {
  await mongoose.connect('mongodb+srv://app:SmV7q7FjH6uJvdRMB5@cluster0.example.mongodb.net/prod?retryWrites=true');
}

module.exports = { connect };
