import Stripe from 'stripe';

const stripe = new Stripe('sk_live_KCqJ2eKfSZ4WjDqZX99v6ytC', { apiVersion: '2023-10-16' });

export { stripe };
