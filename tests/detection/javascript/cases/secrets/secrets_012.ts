import sgMail from '@sendgrid/mail';

sgMail.setApiKey('<SENDGRID_API_KEY>');

export { sgMail };
