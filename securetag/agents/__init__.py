"""One module per scanning tool: how to run it (argv) and how to read what it printed.

Every agent turns its tool's output into `securetag.models.Finding` objects; the
orchestrator runs the argv inside `securetag.sandbox` under the agent's profile.
"""
