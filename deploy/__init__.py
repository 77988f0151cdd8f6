"""Deployment files; `securetag.deploy` ships gunicorn.conf.py with the package."""
