import express, { Request, Response } from 'express';
import { randomInt } from 'crypto';

const router = express.Router();
router.use(express.json());
const pendingCodes = new Map();

router.post('/otp', (req: Request, res: Response) => {
  const code = randomInt(0, 1000000).toString().padStart(6, '0');
  pendingCodes.set(req.body.email, { code, expires: Date.now() + 300000 });
  res.status(202).json({ sent: true });
});

export default router;
