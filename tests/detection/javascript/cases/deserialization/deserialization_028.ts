import express, { Request, Response } from 'express';

const app = express();
app.use(express.json());

app.post('/session/restore', (req: Request, res: Response) => {
  const state = req.body.state;
  const restored = JSON.parse(state);
  res.json({ restored: Boolean(restored) });
});

export default app;
