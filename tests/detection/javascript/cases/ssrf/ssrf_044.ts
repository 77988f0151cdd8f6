import express, { Request, Response } from 'express';

const router = express.Router();

router.get('/fetch/:url', async (req: Request, res: Response) => {
  const url = req.params.url;
  const response = await fetch('https://api.partner.example/users/' + encodeURIComponent(url));
  res.json(await response.json());
});

export default router;
