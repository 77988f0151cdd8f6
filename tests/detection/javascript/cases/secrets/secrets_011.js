'use strict';

const sgMail = require('@sendgrid/mail');

sgMail.setApiKey('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');

module.exports = { sgMail };
