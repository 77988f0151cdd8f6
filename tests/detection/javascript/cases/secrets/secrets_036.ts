import twilio from 'twilio';

const client = twilio('AC4edf3b89a024d7c2297f0649a51d2bd6', 'bea9dfab65104386c486ca934a3af618');

export { client };
