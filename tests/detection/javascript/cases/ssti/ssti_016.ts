import express, { Request, Response } from 'express';
import Handlebars from 'handlebars';

const router = express.Router();

function renderPreview(req: Request, res: Response) {
  const message = req.params.message;
  const values = new Map();
  values.set('primary', message);
  values.set('secondary', 'none');
  const item = values.get('primary');
  const render = Handlebars.compile('<h1>' + item + '</h1>');
  res.send(render({ user: 'guest' }));
}

router.get('/preview/:message', renderPreview);

export default router;
