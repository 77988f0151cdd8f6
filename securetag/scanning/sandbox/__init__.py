"""Run one external tool under bubblewrap, rlimits, a wall-clock timeout and output caps.

How a run is put together (outermost first):

1. A *trampoline* (a few lines of stdlib Python, run with ``python -I -S``) sets the
   rlimits, and when we are root drops to an unprivileged uid (``setgroups([])``,
   ``setgid``, ``setuid``) before it execs bwrap.  The drop has to happen before bwrap
   because the kernel does not enforce RLIMIT_NPROC for a process that is really root,
   and rlimits set here bind bwrap and everything under it.
2. ``bwrap`` builds the sandbox: every namespace unshared (network shared only for a
   profile with ``network: true``; otherwise only a loopback of its own), no nested user
   namespaces, a read-only view of the system and the Python runtime, the input read-only
   at ``/input``, a size-capped tmpfs at ``/work`` (``HOME=/work/home``,
   ``TMPDIR=/work/tmp``), a cleared environment.  The only writable places are ``/work``
   and a 16 MiB ``/dev/shm`` (multiprocessing semaphores); both vanish with the run.
3. A *supervisor* (stdlib Python again) is pid 1 of the sandbox and the tool's parent.  It
   reports, over a pipe only it holds, how the tool ended (the exact signal) and which
   processes were still alive after the tool exited; it kills and reaps those, and when it
   exits the kernel ends the pid namespace.  A wall-clock timeout SIGKILLs bwrap, whose
   ``--die-with-parent`` takes the supervisor and so the whole namespace with it.

The caller prepares the input directory: it and everything in it must be readable by the
sandbox uid, and should be by nobody else (securetag.scanning.task gives the tree to the
sandbox uid's own group, directories 0750 and files 0640, inside a 0700 directory of the
worker's). Its parent directories may be private to root: when root, the trampoline
re-exposes such paths in a private mount namespace of its own, which the host never sees.
The same mechanism exposes a Python runtime installed under a private directory such as
``/root/.pyenv``.

RLIMIT_NPROC counts every process and thread of a uid on the host, so concurrent sandboxes
running as the same uid share one budget: give each concurrent sandbox its own uid
(the ``uid`` argument; ``gid`` may name a group shared with others, the one that reads
the input) so a fork bomb in one cannot starve another.  Without root the run
keeps the caller's uid, and the budget includes the caller's own processes and threads.
Call ``run_sandboxed`` from a thread that lives until it returns (it blocks anyway):
bwrap's parent-death signal follows the spawning thread.

Argument paths are sandbox paths (``/input/...``, ``/work/...``). With the sandbox disabled
(``SECURETAG_SANDBOX=off``) arguments, ``--flag=value`` values and environment values under
those two roots are mapped onto the real input directory and a temporary host work directory
(the tool's cwd; 0700, under ``host_work_parent`` when given), unless the path exists on the
host as written. The tool then runs with rlimits, timeout, output caps and a cleared
environment, but without any isolation: no uid switch, no namespaces, no tmpfs cap, and a
grandchild that starts its own session escapes the timeout kill. Every such run logs a
WARNING.

Only stdout and stderr come back from a run; the work directory is discarded.

Its parts: profile (SandboxProfile, the model of what a tool may do; each agent declares
its own, see securetag.scanning.agent), request (checking what was asked), limits
(rlimits, the uid), bwrap (the bubblewrap options), child_programs (trampoline and
supervisor), process_watch (output, wall clock, reaping), violations, host_paths
(sandbox off), and run (run_sandboxed,
SandboxResult).
"""
